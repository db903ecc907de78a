/**
 * Opening the library: creating it, or migrating an older one inside the upgrade transaction
 * (each version's step below; schema.ts has the shapes). If a step fails the database stays at
 * the version it had, untouched.
 */
import { openDB, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import { PostingChanges } from './index-write';
import {
  createHighlightStore,
  createTagIndex,
  createV2Stores,
  LIBRARY_DB,
  LIBRARY_DB_VERSION,
  withIndexKeys,
  type LibraryDB,
  type LibrarySchema,
  type LibrarySchemaV1,
} from './schema';
import { indexTokens } from './tokenize';
import type { ArticleMeta } from './types';

type UpgradeTx = IDBPTransaction<LibrarySchema, StoreNames<LibrarySchema>[], 'versionchange'>;

/**
 * v1 → v2: split each article into meta and body (same id, so reader links keep working) and
 * build the search index v1 never had. Runs inside the upgrade transaction: if anything fails,
 * the database stays at v1, untouched.
 */
async function migrateV1toV2(db: IDBPDatabase<LibrarySchema>, tx: UpgradeTx): Promise<void> {
  createV2Stores(db);
  // The old store is not in the new schema's types; the upgrade transaction still sees it.
  const oldTx = tx as unknown as IDBPTransaction<LibrarySchemaV1, ['articles'], 'versionchange'>;
  const old = await oldTx.objectStore('articles').getAll();
  const changes = new PostingChanges();
  const meta = tx.objectStore('meta');
  const bodies = tx.objectStore('bodies');
  old.sort((a, b) => (a.id ?? 0) - (b.id ?? 0));
  for (const article of old) {
    const id = article.id!;
    const { html, text, ...fields } = article;
    // Written in the current record shape (tags included): the v2 → v3 step then has nothing to add.
    const record: ArticleMeta = { ...fields, id, updatedAt: article.savedAt, readAt: null, progress: 0, tags: [] };
    void meta.put(withIndexKeys(record));
    void bodies.put({ id, html, text });
    changes.add(id, indexTokens(article.title, article.siteName, article.byline, article.text));
  }
  await changes.apply(tx);
  db.deleteObjectStore('articles' as never);
}

/**
 * v2 → v3: tags. Every record gets an empty tag list (nothing had tags before), and the `tag`
 * index is created; it indexes `liveTags`, which an untagged article does not have, so it starts empty.
 */
async function migrateV2toV3(tx: UpgradeTx): Promise<void> {
  const meta = tx.objectStore('meta');
  createTagIndex(meta);
  let cursor = await meta.openCursor();
  while (cursor) {
    if (!Array.isArray(cursor.value.tags)) void cursor.update({ ...cursor.value, tags: [] });
    cursor = await cursor.continue();
  }
}

/**
 * Opens the library, creating or migrating it as needed. `name` is for tests (a fresh database
 * each); the extension always uses LIBRARY_DB.
 */
export function openLibrary(name: string = LIBRARY_DB, onClosed?: () => void): Promise<LibraryDB> {
  return openDB<LibrarySchema>(name, LIBRARY_DB_VERSION, {
    async upgrade(db, oldVersion, _newVersion, tx) {
      if (oldVersion < 1) {
        createV2Stores(db);
        createTagIndex(tx.objectStore('meta'));
        createHighlightStore(db);
        return;
      }
      if (oldVersion < 2) await migrateV1toV2(db, tx);
      if (oldVersion < 3) await migrateV2toV3(tx);
      // v3 → v4: an empty highlights store; no article changes.
      if (oldVersion < 4) createHighlightStore(db);
    },
    blocking(_current, _next, event) {
      // A newer version (an updated extension) wants the database: let it, and reopen on next use.
      (event.target as IDBDatabase).close();
      onClosed?.();
    },
    terminated() {
      onClosed?.();
    },
  });
}
