/**
 * Upgrading a library written by the first release (schema v1: each article whole in one store)
 * to the current schema: every article survives with the same id, bodies move out of the list
 * metadata, the search index is built, and the old store is gone.
 */
import 'fake-indexeddb/auto';
import { openDB, type IDBPDatabase } from 'idb';
import { beforeEach, describe, expect, it } from 'vitest';
import { getArticle, getMetas, listIds } from '../read';
import { openLibrary } from '../open';
import { metaOf } from '../item';
import {
  createTagIndex,
  createV1,
  createV2Stores,
  LIBRARY_DB_VERSION,
  withIndexKeys,
  type ArticleRecordV1,
  type LibrarySchema,
  type LibrarySchemaV1,
} from '../schema';
import { inListOrder, searchIds } from '../search';
import { freshIndexedDB, makeItem, SCRIPTS } from './fixtures';

const NAME = 'migration-test';

async function writeV1(records: ArticleRecordV1[]): Promise<void> {
  const v1: IDBPDatabase<LibrarySchemaV1> = await openDB<LibrarySchemaV1>(NAME, 1, { upgrade: (db) => createV1(db) });
  for (const record of records) await v1.add('articles', record);
  v1.close();
}

describe('schema migration v1 → current', () => {
  beforeEach(freshIndexedDB);

  it('moves every article into metadata + body with the same id and builds the search index', async () => {
    const { html: hindiHtml, ...hindi } = SCRIPTS.hindi;
    const { html: zhHtml, ...chinese } = SCRIPTS.chinese;
    await writeV1([
      { ...hindi, html: hindiHtml, savedAt: 1_000, read: true },
      { ...chinese, html: zhHtml, savedAt: 2_000, read: false },
    ]);

    const db = await openLibrary(NAME);
    expect(db.version).toBe(LIBRARY_DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(['bodies', 'highlights', 'meta', 'segments', 'state']);
    expect(await listIds(db, 'all')).toEqual([2, 1]);
    expect(await listIds(db, 'unread')).toEqual([2]);
    const [zh, hi] = await getMetas(db, [2, 1]);
    expect(hi).toMatchObject({
      id: 1,
      title: SCRIPTS.hindi.title,
      read: true,
      savedAt: 1_000,
      updatedAt: 1_000,
      progress: 0,
      readAt: null,
    });
    expect(zh).not.toHaveProperty('html');
    expect(zh?.tags).toEqual([]);
    expect((await getArticle(db, 1))?.text).toBe(SCRIPTS.hindi.text);
    expect(inListOrder(await listIds(db, 'all'), (await searchIds(db, '图书'))!)).toEqual([2]);
    expect(inListOrder(await listIds(db, 'all'), (await searchIds(db, 'किताबें'))!)).toEqual([1]);
    db.close();
  });

  it('opens an empty v1 library', async () => {
    await writeV1([]);
    const db = await openLibrary(NAME);
    expect(await listIds(db, 'all')).toEqual([]);
    db.close();
  });
});

describe('schema migration v2 → v3 (tags)', () => {
  beforeEach(freshIndexedDB);

  it('gives every article an empty tag list and an empty tag index, and keeps the rest', async () => {
    const v2 = await openDB<LibrarySchema>(NAME, 2, { upgrade: (db) => createV2Stores(db) });
    const { tags: _tags, ...meta } = { ...metaOf(makeItem(1), 1) };
    await v2.put('meta', withIndexKeys({ ...meta, tags: [] }));
    // What v2 wrote had no tags field at all.
    const record = (await v2.get('meta', 1))!;
    delete (record as Partial<typeof record>).tags;
    await v2.put('meta', record);
    await v2.put('bodies', { id: 1, html: '<p>x</p>', text: 'x' });
    v2.close();

    const db = await openLibrary(NAME);
    expect(db.version).toBe(LIBRARY_DB_VERSION);
    expect((await getMetas(db, [1]))[0]).toMatchObject({ id: 1, title: 'Story number 1', tags: [] });
    expect(await listIds(db, 'all', 'anything')).toEqual([]);
    expect(await listIds(db, 'all')).toEqual([1]);
    db.close();
  });
});

describe('schema migration v3 → v4 (highlights)', () => {
  beforeEach(freshIndexedDB);

  it('keeps every article of a v3 library, with its body, tags and search words, and adds an empty highlights store', async () => {
    const v3 = await openDB<LibrarySchema>(NAME, 3, {
      upgrade(db, _old, _new, tx) {
        createV2Stores(db);
        createTagIndex(tx.objectStore('meta'));
      },
    });
    v3.close();
    // Written through the current code at v3's shape: then only the store is new.
    const before = await openDB<LibrarySchema>(NAME, 3);
    for (const n of [1, 2, 3]) {
      await before.put('meta', withIndexKeys({ ...metaOf(makeItem(n, { tags: n === 2 ? ['garden'] : [] }), n) }));
      await before.put('bodies', { id: n, html: `<p>word${n}</p>`, text: `word${n}` });
    }
    before.close();

    const db = await openLibrary(NAME);
    expect(db.version).toBe(LIBRARY_DB_VERSION);
    expect([...db.objectStoreNames]).toContain('highlights');
    expect(await db.count('highlights')).toBe(0);
    expect(await listIds(db, 'all')).toEqual([3, 2, 1]);
    expect(await listIds(db, 'all', 'garden')).toEqual([2]);
    expect((await getArticle(db, 2))?.text).toBe('word2');
    expect([...db.transaction('highlights').store.indexNames].sort()).toEqual(['articleId', 'deletedAt', 'word']);
    db.close();
  });
});
