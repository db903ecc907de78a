/**
 * Saving articles: from the reader (a new save, or an update of the same canonical URL that keeps
 * when it was first saved and whether it was read), from an import (merged with the saved one:
 * see `mergeInto`), and a plain replace (tests and tools that set a library up as given). One
 * transaction per call: the metadata, the body and the search index (one new segment for the
 * whole batch) are written together or not at all, so a full disk never leaves half an article behind.
 */
import { PostingChanges } from './index-write';
import { toMeta, withIndexKeys, type LibraryDB, type MetaRecord } from './schema';
import { metaOf } from './item';
import { indexTokens } from './tokenize';
import type { LibraryItem } from './types';
import { MAX_TAGS } from './validate-item';

/** How a write treats an article that is already saved. */
export type WriteMode =
  /** From the reader: refresh the content, keep savedAt, read state and reading position. */
  | 'save'
  /** The item replaces everything (setting a library up exactly as given). */
  | 'import'
  /** From an import file: merged with the saved article (mergeInto). */
  | 'merge';

/** What happened to one item. */
export interface WriteOutcome {
  id: number;
  savedAt: number;
  added: boolean;
}

/** The words an article is found by: its title, tags, site, byline and text. */
export function tokensOf(
  item: Pick<LibraryItem, 'title' | 'siteName' | 'byline' | 'text'> & Partial<Pick<LibraryItem, 'tags'>>,
): Set<string> {
  return indexTokens(item.title, ...(item.tags ?? []), item.siteName, item.byline, item.text);
}

/**
 * An imported item merged with the article already saved under its canonical URL, so importing
 * never loses what the library knew: the earlier save date, read if either says read (the earlier
 * read time), the further reading position, the tags of both. The saved article's content stays
 * when it has text (it was read from the page itself); a saved link with no text takes the file's.
 */
export function mergeInto(saved: LibraryItem, item: LibraryItem): LibraryItem {
  const content = saved.text.trim() !== '' || item.text.trim() === '' ? saved : item;
  const readAts = [saved.read ? saved.readAt : null, item.read ? item.readAt : null].filter((t): t is number => t !== null);
  const read = saved.read || item.read;
  return {
    ...content,
    savedAt: Math.min(saved.savedAt, item.savedAt),
    updatedAt: Math.max(saved.updatedAt, item.updatedAt),
    read,
    readAt: read ? (readAts.length ? Math.min(...readAts) : null) : null,
    progress: Math.max(saved.progress, item.progress),
    tags: [...new Set([...saved.tags, ...item.tags])].slice(0, MAX_TAGS),
  };
}

/**
 * Writes `items` in one transaction and returns one outcome per item, in order. Items with the
 * same canonical URL as a saved article (deleted-but-undoable ones included) update it in place.
 * Rejects (and writes nothing) if any write fails, e.g. with a QuotaExceededError.
 */
export async function writeArticles(db: LibraryDB, items: readonly LibraryItem[], mode: WriteMode): Promise<WriteOutcome[]> {
  const tx = db.transaction(['meta', 'bodies', 'segments', 'state'], 'readwrite');
  const writes: Promise<unknown>[] = [];
  try {
    const meta = tx.objectStore('meta');
    const bodies = tx.objectStore('bodies');
    const byUrl = meta.index('canonicalUrl');
    const changes = new PostingChanges();
    const outcomes: WriteOutcome[] = [];
    // Within a batch, a URL seen twice updates the record written a moment ago.
    const written = new Map<string, MetaRecord>();
    const existing = await Promise.all(items.map((item) => byUrl.get(item.canonicalUrl)));
    // A merge needs the saved body (the merged article may keep it); a batch's own earlier write is in `bodyOf`.
    const bodyOf = new Map<number, { html: string; text: string }>();
    if (mode === 'merge') {
      const live = existing.filter((record): record is MetaRecord => record !== undefined && record.deletedAt === undefined);
      const saved = await Promise.all(live.map((record) => bodies.get(record.id)));
      live.forEach((record, k) => bodyOf.set(record.id, saved[k] ?? { html: '', text: '' }));
    }
    for (const [i, given] of items.entries()) {
      const before = written.get(given.canonicalUrl) ?? existing[i];
      // A deleted (still undoable) article is not merged with: the import brings back the file's version.
      // A save from the reader keeps the tags (they are found by search, so they are indexed again too).
      const item =
        mode === 'merge' && before && before.deletedAt === undefined
          ? mergeInto({ ...toMeta(before), ...bodyOf.get(before.id)! }, given)
          : mode === 'save' && before
            ? { ...given, tags: before.tags }
            : given;
      const tokens = tokensOf(item);
      let record: MetaRecord;
      if (before) {
        // Indexed again in this batch's segment, which supersedes the older words (segments.ts).
        changes.add(before.id, tokens);
        const next =
          mode === 'save'
            ? {
                ...metaOf(item, before.id),
                savedAt: before.savedAt,
                read: before.read,
                readAt: before.readAt,
                progress: before.progress,
              }
            : metaOf(item, before.id);
        record = withIndexKeys(next);
        writes.push(meta.put(record));
      } else {
        // autoIncrement assigns the id; the record is written without one.
        const draft = withIndexKeys(metaOf(item, 0)) as Partial<MetaRecord>;
        delete draft.id;
        const id = await meta.add(draft as MetaRecord);
        record = { ...(draft as MetaRecord), id };
        changes.add(id, tokens);
      }
      writes.push(bodies.put({ id: record.id, html: item.html, text: item.text }));
      bodyOf.set(record.id, { html: item.html, text: item.text });
      written.set(item.canonicalUrl, record);
      // Bringing back a deleted (still undoable) article counts as adding it, as the user sees it.
      outcomes.push({ id: record.id, savedAt: record.savedAt, added: !before || before.deletedAt !== undefined });
    }
    await changes.apply(tx);
    await Promise.all(writes);
    await tx.done;
    return outcomes;
  } catch (error) {
    abortQuietly(tx, writes);
    throw error;
  }
}

/** Aborts a transaction that may already be finished or aborted. */
export function abortQuietly(tx: { abort(): void; done: Promise<void> }, pending: Promise<unknown>[] = []): void {
  // Their rejections (AbortError) are expected now; the caller reports the error that caused them.
  for (const promise of [tx.done, ...pending]) promise.catch(() => {});
  try {
    tx.abort();
  } catch {
    // Already committed or aborted: nothing to undo.
  }
}
