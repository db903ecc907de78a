/**
 * The library's IndexedDB schema: its stores, records and index keys (opening and migrating it
 * is open.ts). The database lives in the extension's origin; only the background writes it
 * (pages may read). `idb` is the whole wrapper: promises over IndexedDB in about 1 kB, with typed
 * stores, and nothing between us and the real API.
 *
 * Version 1 (the first release's shape) kept each article whole in one `articles` store, so
 * listing loaded every body. Version 2 splits it:
 *   meta      list metadata only (what a row shows), with indexes for the list orders
 *   bodies    html + text, read only when an article is opened or exported
 *   segments  the search index: [segment, bucket] → words and their article ids (segments.ts)
 *   state     'segments': the list of live index segments, oldest first
 *
 * Version 3 adds tags: every meta record has `tags` (empty for articles saved before), and the
 * `tag` index (multi-entry, over `liveTags`) lists a tag's articles for the list's tag filter.
 *
 * Version 4 adds `highlights` (highlights.ts): one record per highlight, keyed by its id, indexed
 * by article (`articleId`), by the words of its quote and note while it is not deleted (`word`,
 * multi-entry: search finds highlights without reading them all) and by `deletedAt` (undo, purge).
 */
import type { DBSchema, IDBPDatabase } from 'idb';
import type { Highlight } from '../annotations/types';
import type { ArticleMeta, LibraryItem } from './types';
import type { BucketRecord } from './segments';

/** The database name in the extension's origin. */
export const LIBRARY_DB = 'broadsheet-library';
/** The current schema version. Bump it and add a step to `upgrade` when the shape changes. */
export const LIBRARY_DB_VERSION = 4;

/**
 * A stored meta record: the public metadata, plus index keys that exist only while they apply
 * (IndexedDB leaves a record out of an index when the key path is missing), so each list order is
 * one index read and deleted articles drop out of every list at once.
 */
export interface MetaRecord extends ArticleMeta {
  /** savedAt while the article is in the library (not deleted): the "all" list order. */
  live?: number;
  /** savedAt while the article is in the library and unread: the "unread" list order. */
  unread?: number;
  /** Set when deleted and still undoable: the delete batch's time. */
  deletedAt?: number;
  /** The tags while the article is in the library (not deleted): the `tag` index, one entry per tag. */
  liveTags?: string[];
}

/** A stored body. `html` was sanitized when saved, but it is sanitized again before every render (imports are untrusted). */
export interface BodyRecord {
  id: number;
  html: string;
  text: string;
}

/** One index segment: its number and the articles it indexes (sorted), for newest-wins. */
export interface SegmentInfo {
  no: number;
  ids: Uint32Array;
}

/** The index's segment list and the next segment number. */
export interface SegmentsState {
  next: number;
  list: SegmentInfo[];
}

/**
 * A stored highlight: the highlight, plus index keys that exist only while they apply, as meta
 * records have (a deleted highlight leaves the `word` index at once and waits for purge or undo).
 */
export interface HighlightRecord extends Highlight {
  /** The folded words of the quote and the note while the highlight is not deleted: the `word` index. */
  words?: string[];
  /** Set when deleted and still undoable: the time of the delete. */
  deletedAt?: number;
}

/** The current version's stores. */
export interface LibrarySchema extends DBSchema {
  meta: {
    key: number;
    value: MetaRecord;
    indexes: { canonicalUrl: string; live: number; unread: number; deletedAt: number; tag: string };
  };
  bodies: { key: number; value: BodyRecord };
  segments: { key: [number, number]; value: BucketRecord };
  state: { key: 'segments'; value: SegmentsState };
  highlights: { key: string; value: HighlightRecord; indexes: { articleId: number; word: string; deletedAt: number } };
}

/**
 * Version 1's one store: each article whole, with the library fields it had then. Frozen: it is
 * what the first release wrote, so its field list must not follow LibraryItem's.
 */
export type ArticleRecordV1 = Pick<
  LibraryItem,
  | 'title'
  | 'byline'
  | 'siteName'
  | 'publishedTime'
  | 'lang'
  | 'dir'
  | 'excerpt'
  | 'leadImage'
  | 'html'
  | 'text'
  | 'wordCount'
  | 'readingMinutes'
  | 'url'
  | 'canonicalUrl'
  | 'savedAt'
  | 'read'
> & { id?: number };

/** Version 1's schema, as the first release created it. */
export interface LibrarySchemaV1 extends DBSchema {
  articles: { key: number; value: ArticleRecordV1; indexes: { canonicalUrl: string; savedAt: number } };
}

export type LibraryDB = IDBPDatabase<LibrarySchema>;

/** Creates version 1 exactly as the first release did (used by the migration test to build an old database). */
export function createV1(db: IDBPDatabase<LibrarySchemaV1>): void {
  const articles = db.createObjectStore('articles', { keyPath: 'id', autoIncrement: true });
  articles.createIndex('canonicalUrl', 'canonicalUrl', { unique: true });
  articles.createIndex('savedAt', 'savedAt');
}

/** The index keys a meta record carries for its state. */
export function withIndexKeys(meta: ArticleMeta, deletedAt?: number): MetaRecord {
  const record: MetaRecord = { ...meta };
  delete record.live;
  delete record.unread;
  delete record.deletedAt;
  delete record.liveTags;
  if (deletedAt !== undefined) record.deletedAt = deletedAt;
  else {
    record.live = meta.savedAt;
    if (!meta.read) record.unread = meta.savedAt;
    if (meta.tags.length > 0) record.liveTags = meta.tags;
  }
  return record;
}

/** The public metadata of a stored record (index keys dropped). */
export function toMeta(record: MetaRecord): ArticleMeta {
  const { live: _live, unread: _unread, deletedAt: _deletedAt, liveTags: _liveTags, ...meta } = record;
  return meta;
}

/** Version 3's index on tags: multi-entry, so an article is listed under each of its tags. */
export function createTagIndex(meta: { createIndex(name: 'tag', keyPath: string, options: IDBIndexParameters): unknown }): void {
  meta.createIndex('tag', 'liveTags', { multiEntry: true });
}

/** Creates version 2's stores and indexes (the first step of a new library, or of the v1 migration). */
export function createV2Stores(db: IDBPDatabase<LibrarySchema>): void {
  const meta = db.createObjectStore('meta', { keyPath: 'id', autoIncrement: true });
  meta.createIndex('canonicalUrl', 'canonicalUrl', { unique: true });
  meta.createIndex('live', 'live');
  meta.createIndex('unread', 'unread');
  meta.createIndex('deletedAt', 'deletedAt');
  db.createObjectStore('bodies', { keyPath: 'id' });
  db.createObjectStore('segments');
  db.createObjectStore('state');
}

/** Version 4's store: highlights by id, with their indexes. */
export function createHighlightStore(db: IDBPDatabase<LibrarySchema>): void {
  const store = db.createObjectStore('highlights', { keyPath: 'id' });
  store.createIndex('articleId', 'articleId');
  store.createIndex('word', 'words', { multiEntry: true });
  store.createIndex('deletedAt', 'deletedAt');
}
