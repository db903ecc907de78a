/**
 * Reading the library, for the popup, the reader page and the library page (which read the
 * database directly; only the background writes). Listing reads metadata only, never bodies.
 */
import { toMeta, type LibraryDB } from './schema';
import type { ArticleMeta, LibraryFilter, LibraryItem, SavedRef } from './types';

const INDEX_OF: Record<LibraryFilter, 'live' | 'unread'> = { all: 'live', unread: 'unread' };

/**
 * The ids in a list, newest first. Keys only (a few bytes each), so 20,000 articles cost one
 * small read; rows fetch their metadata as they scroll into view.
 */
export async function listIds(db: LibraryDB, filter: LibraryFilter, tag: string | null = null): Promise<number[]> {
  const ids = (await db.getAllKeysFromIndex('meta', INDEX_OF[filter])).reverse();
  if (tag === null) return ids;
  // The tag index holds live articles only (liveTags), so a deleted one never shows under its tag.
  const tagged = new Set(await db.getAllKeysFromIndex('meta', 'tag', tag));
  return ids.filter((id) => tagged.has(id));
}

/** Every tag of the articles in the library (deleted ones excluded), sorted for the UI language, with how many carry it. */
export async function listTags(db: LibraryDB, uiLang = 'en'): Promise<{ tag: string; count: number }[]> {
  const counts = new Map<string, number>();
  let cursor = await db.transaction('meta').store.index('tag').openKeyCursor();
  while (cursor) {
    counts.set(cursor.key, (counts.get(cursor.key) ?? 0) + 1);
    cursor = await cursor.continue();
  }
  const collator = new Intl.Collator(uiLang, { sensitivity: 'base', numeric: true });
  return [...counts].map(([tag, count]) => ({ tag, count })).sort((a, b) => collator.compare(a.tag, b.tag));
}

/** The first `count` articles of a list, newest first: enough to paint the list before anything else is read. */
export async function firstPage(db: LibraryDB, filter: LibraryFilter, count: number): Promise<ArticleMeta[]> {
  const out: ArticleMeta[] = [];
  let cursor = await db.transaction('meta').store.index(INDEX_OF[filter]).openCursor(null, 'prev');
  while (cursor && out.length < count) {
    out.push(toMeta(cursor.value));
    cursor = await cursor.continue();
  }
  return out;
}

/** Metadata of `ids`, in the same order; undefined where an id is gone. */
export async function getMetas(db: LibraryDB, ids: readonly number[]): Promise<(ArticleMeta | undefined)[]> {
  const store = db.transaction('meta').store;
  const records = await Promise.all(ids.map((id) => store.get(id)));
  return records.map((record) => (record && record.deletedAt === undefined ? toMeta(record) : undefined));
}

/** A saved article with its body, or null when it is not in the library. */
export async function getArticle(db: LibraryDB, id: number): Promise<(LibraryItem & { id: number }) | null> {
  const tx = db.transaction(['meta', 'bodies']);
  const [record, body] = await Promise.all([tx.objectStore('meta').get(id), tx.objectStore('bodies').get(id)]);
  if (!record || !body || record.deletedAt !== undefined) return null;
  return { ...toMeta(record), html: body.html, text: body.text };
}

/** The saved article with this canonical URL, or null. */
export async function lookupSaved(db: LibraryDB, canonicalUrl: string): Promise<SavedRef | null> {
  const record = await db.getFromIndex('meta', 'canonicalUrl', canonicalUrl);
  return record && record.deletedAt === undefined ? { id: record.id, savedAt: record.savedAt } : null;
}

/** How many of `canonicalUrls` are saved (deleted ones excluded): the import preview's "already in your library". */
export async function countSaved(db: LibraryDB, canonicalUrls: readonly string[]): Promise<number> {
  const index = db.transaction('meta').store.index('canonicalUrl');
  const records = await Promise.all([...new Set(canonicalUrls)].map((url) => index.get(url)));
  return records.filter((record) => record !== undefined && record.deletedAt === undefined).length;
}
