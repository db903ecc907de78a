/**
 * Highlights in the library: one record per highlight (schema v4), written by the background only.
 * Deleting one is undoable the way deleting articles is (remove.ts): the record keeps its place with
 * a `deletedAt` mark and loses its search words, and the next highlight delete purges what the
 * previous one left. An article's highlights go with it when the article is purged (remove.ts), so
 * undoing an article's delete brings them back too.
 *
 * Search: the words of a highlight's quote and note (the library's own tokenizer) are the `word`
 * index of the store itself, not the segment index, so adding a note never re-indexes the article's
 * body, and a search can say that it matched a highlight.
 */
import type { Highlight, HighlightColour } from '../annotations/types';
import { abortQuietly } from './save';
import type { HighlightRecord, LibraryDB } from './schema';
import { MAX_TOKEN_LENGTH, indexTokens, parseQuery } from './tokenize';

/** Why a highlight write did nothing. */
export type HighlightWriteError = 'no-article' | 'no-highlight';

/** The record for `highlight` in its live state: its search words on, no delete mark. */
function liveRecord(highlight: Highlight): HighlightRecord {
  return { ...highlight, words: [...indexTokens(highlight.target.quote.exact, highlight.note)] };
}

/** The public highlight of a stored record (index keys dropped). */
function toHighlight(record: HighlightRecord): Highlight {
  const { words: _words, deletedAt: _deletedAt, ...highlight } = record;
  return highlight;
}

/** The highlights of article `articleId` (deleted ones left out), in the order they stand in the text. */
export async function listHighlights(db: LibraryDB, articleId: number): Promise<Highlight[]> {
  const records = await db.getAllFromIndex('highlights', 'articleId', articleId);
  return records
    .filter((record) => record.deletedAt === undefined)
    .map(toHighlight)
    .sort((a, b) => a.target.position.start - b.target.position.start || a.createdAt - b.createdAt);
}

/**
 * Stores a new highlight (or replaces one with the same id) on a saved article. Refused with
 * `no-article` when the article is not in the library (or deleted): a highlight always belongs to one.
 */
export async function addHighlight(db: LibraryDB, highlight: Highlight): Promise<HighlightWriteError | null> {
  const tx = db.transaction(['meta', 'highlights'], 'readwrite');
  try {
    const article = await tx.objectStore('meta').get(highlight.articleId);
    if (!article || article.deletedAt !== undefined) {
      await tx.done;
      return 'no-article';
    }
    await tx.objectStore('highlights').put(liveRecord(highlight));
    await tx.done;
    return null;
  } catch (error) {
    abortQuietly(tx);
    throw error;
  }
}

/** What may change on a highlight after it is made. */
export interface HighlightChange {
  colour?: HighlightColour;
  note?: string;
}

/** Changes a live highlight's colour or note. Answers the highlight as stored, or `no-highlight`. */
export async function updateHighlight(
  db: LibraryDB,
  id: string,
  change: HighlightChange,
  now: number,
): Promise<Highlight | HighlightWriteError> {
  const tx = db.transaction('highlights', 'readwrite');
  const record = await tx.store.get(id);
  if (!record || record.deletedAt !== undefined) {
    await tx.done;
    return 'no-highlight';
  }
  const next: Highlight = {
    ...toHighlight(record),
    ...(change.colour !== undefined ? { colour: change.colour } : {}),
    ...(change.note !== undefined ? { note: change.note } : {}),
    updatedAt: now,
  };
  await tx.store.put(liveRecord(next));
  await tx.done;
  return next;
}

/** Marks highlights deleted (undoable until the next delete), purging the previous delete first. Answers the ids deleted. */
export async function deleteHighlights(db: LibraryDB, ids: readonly string[], now: number): Promise<string[]> {
  const tx = db.transaction('highlights', 'readwrite');
  const doomed = await tx.store.index('deletedAt').getAllKeys(IDBKeyRange.upperBound(now, true));
  const purges = doomed.map((key) => tx.store.delete(key));
  const records = await Promise.all([...new Set(ids)].map((id) => tx.store.get(id)));
  const deleted: string[] = [];
  const writes: Promise<unknown>[] = [...purges];
  for (const record of records) {
    if (!record || record.deletedAt !== undefined) continue;
    const { words: _words, ...rest } = record;
    writes.push(tx.store.put({ ...rest, deletedAt: now }));
    deleted.push(record.id);
  }
  await Promise.all(writes);
  await tx.done;
  return deleted;
}

/** Brings back highlights of the last delete. Answers the highlights restored. */
export async function undoDeleteHighlights(db: LibraryDB, ids: readonly string[]): Promise<Highlight[]> {
  const tx = db.transaction('highlights', 'readwrite');
  const records = await Promise.all([...new Set(ids)].map((id) => tx.store.get(id)));
  const restored: Highlight[] = [];
  const writes: Promise<unknown>[] = [];
  for (const record of records) {
    if (!record || record.deletedAt === undefined) continue;
    const highlight = toHighlight(record);
    writes.push(tx.store.put(liveRecord(highlight)));
    restored.push(highlight);
  }
  await Promise.all(writes);
  await tx.done;
  return restored;
}

/**
 * Every live highlight, newest first (the library page's highlights view). Highlights of articles
 * deleted but still undoable are included; callers keep those of articles they can show.
 */
export async function allHighlights(db: LibraryDB): Promise<Highlight[]> {
  const records = await db.getAll('highlights');
  return records
    .filter((record) => record.deletedAt === undefined)
    .map(toHighlight)
    .sort((a, b) => b.createdAt - a.createdAt);
}

/**
 * The articles (sorted ids) with a highlight whose quote and note together hold every word of
 * `query` (the last one as a prefix, as the article search reads it), or null when the query has
 * no words. Index reads only: one per word.
 */
export async function searchHighlightArticles(db: LibraryDB, query: string): Promise<Uint32Array | null> {
  const { exact, prefix } = parseQuery(query);
  if (exact.length === 0 && prefix === null) return null;
  const index = db.transaction('highlights').store.index('word');
  const ranges = [
    ...exact.map((word) => IDBKeyRange.only(word)),
    // A prefix longer than the longest stored word still matches the words it was cut to.
    ...(prefix === null ? [] : [IDBKeyRange.bound(prefix.slice(0, MAX_TOKEN_LENGTH), `${prefix.slice(0, MAX_TOKEN_LENGTH)}\uffff`)]),
  ];
  const perWord = await Promise.all(ranges.map((range) => index.getAll(range)));
  // A highlight matches when every word found it (a prefix range finds a highlight once per word it begins).
  const found = new Map<string, { articleId: number; words: number }>();
  perWord.forEach((records, k) => {
    for (const record of records) {
      const entry = found.get(record.id) ?? { articleId: record.articleId, words: 0 };
      if (entry.words === k) entry.words = k + 1;
      found.set(record.id, entry);
    }
  });
  const articles = new Set([...found.values()].filter((entry) => entry.words === ranges.length).map((entry) => entry.articleId));
  return Uint32Array.from(articles).sort();
}

/**
 * Stores highlights an import brought, in one transaction (their articles were just written: the
 * caller checked each one and set its `articleId`). A highlight whose id is already stored on the
 * same article is replaced, so importing the same file twice does not repeat it; one whose id is
 * taken by another article's highlight is not written (a file never moves a highlight between
 * articles). Answers the positions in `highlights` of those not written.
 */
export async function putHighlights(db: LibraryDB, highlights: readonly Highlight[]): Promise<Set<number>> {
  const taken = new Set<number>();
  if (highlights.length === 0) return taken;
  const tx = db.transaction('highlights', 'readwrite');
  try {
    const stored = await Promise.all(highlights.map((highlight) => tx.store.get(highlight.id)));
    // Whose each id is, counting this batch's own writes (a file may repeat an id on two articles).
    const owner = new Map<string, number>();
    const writes: Promise<unknown>[] = [];
    highlights.forEach((highlight, i) => {
      const holder = owner.get(highlight.id) ?? stored[i]?.articleId;
      if (holder !== undefined && holder !== highlight.articleId) taken.add(i);
      else {
        owner.set(highlight.id, highlight.articleId);
        writes.push(tx.store.put(liveRecord(highlight)));
      }
    });
    await Promise.all(writes);
    await tx.done;
    return taken;
  } catch (error) {
    abortQuietly(tx);
    throw error;
  }
}

/** Every live highlight grouped by article id (the export reads them once, not once per article). */
export async function highlightsByArticle(db: LibraryDB): Promise<Map<number, Highlight[]>> {
  const byArticle = new Map<number, Highlight[]>();
  for (const record of await db.getAll('highlights')) {
    if (record.deletedAt !== undefined) continue;
    const list = byArticle.get(record.articleId) ?? [];
    list.push(toHighlight(record));
    byArticle.set(record.articleId, list);
  }
  return byArticle;
}
