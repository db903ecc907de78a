/**
 * The library against a real IndexedDB implementation (fake-indexeddb): saving, updating by
 * canonical URL, list pages, search in several scripts, delete/undo, read state, and that a full
 * disk leaves nothing half-written.
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { firstPage, getArticle, getMetas, listIds, lookupSaved } from '../read';
import { deleteArticles, purgeDeleted, undoDelete } from '../remove';
import { itemFromArticle } from '../item';
import { writeArticles } from '../save';
import { openLibrary } from '../open';
import type { LibraryDB } from '../schema';
import { inListOrder, searchIds } from '../search';
import { setProgress, setRead } from '../state';
import { freshIndexedDB, makeArticle, makeItem, SCRIPTS } from './fixtures';

let db: LibraryDB;

beforeEach(async () => {
  freshIndexedDB();
  db = await openLibrary();
});
afterEach(() => db.close());

/** Search, in list order, as the popup does it. */
async function search(query: string, filter: 'all' | 'unread' = 'all'): Promise<number[]> {
  const matches = await searchIds(db, query);
  const ordered = await listIds(db, filter);
  return matches ? inListOrder(ordered, matches) : ordered;
}

async function saveAll(): Promise<Record<keyof typeof SCRIPTS, number>> {
  const ids: Record<string, number> = {};
  let now = 1_000;
  for (const [name, article] of Object.entries(SCRIPTS)) {
    const [outcome] = await writeArticles(db, [itemFromArticle(article, (now += 1000))], 'save');
    ids[name] = outcome!.id;
  }
  return ids as Record<keyof typeof SCRIPTS, number>;
}

describe('saving', () => {
  it('stores metadata and body apart, and finds the article by canonical URL', async () => {
    const [outcome] = await writeArticles(db, [itemFromArticle(SCRIPTS.english, 5_000)], 'save');
    expect(outcome).toEqual({ id: 1, savedAt: 5_000, added: true });
    const [meta] = await getMetas(db, [1]);
    expect(meta).toMatchObject({ title: 'The Café Society of Zürich', read: false, progress: 0, savedAt: 5_000 });
    expect(meta).not.toHaveProperty('html');
    expect(meta).not.toHaveProperty('text');
    expect((await getArticle(db, 1))?.html).toBe(SCRIPTS.english.html);
    expect(await lookupSaved(db, SCRIPTS.english.canonicalUrl)).toEqual({ id: 1, savedAt: 5_000 });
    expect(await lookupSaved(db, 'https://elsewhere.example/')).toBeNull();
  });

  it('updates the same canonical URL in place, keeping savedAt, read state and position, and re-indexing', async () => {
    const first = makeArticle({ canonicalUrl: 'https://x.example/a', title: 'Old headline', text: 'apples and pears' });
    const { id } = (await writeArticles(db, [itemFromArticle(first, 1_000)], 'save'))[0]!;
    await setRead(db, [id], true, 1_500);
    await setProgress(db, id, 0.4);
    const second = { ...first, title: 'New headline', text: 'oranges and pears', url: 'https://x.example/a?ref=2' };
    const [outcome] = await writeArticles(db, [itemFromArticle(second, 2_000)], 'save');
    expect(outcome).toEqual({ id, savedAt: 1_000, added: false });
    expect(await listIds(db, 'all')).toHaveLength(1);
    const [meta] = await getMetas(db, [id]);
    expect(meta).toMatchObject({ title: 'New headline', savedAt: 1_000, updatedAt: 2_000, read: true, progress: 0.4, url: second.url });
    expect(await search('apples')).toEqual([]);
    expect(await search('oranges')).toEqual([id]);
    expect(await search('pears')).toEqual([id]);
  });

  it('writes nothing when storage is full, and says so', async () => {
    // fake-indexeddb's IDBObjectStore refuses body writes as a full disk would (the meta write comes first).
    const put = IDBObjectStore.prototype.put;
    const spy = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
      if (this.name === 'bodies') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    });
    await expect(writeArticles(db, [itemFromArticle(SCRIPTS.hindi, 1)], 'save')).rejects.toMatchObject({ name: 'QuotaExceededError' });
    spy.mockRestore();
    expect(await listIds(db, 'all')).toHaveLength(0);
    expect(await db.count('segments')).toBe(0);
    expect(await db.get('state', 'segments')).toBeUndefined();
    expect(await db.count('bodies')).toBe(0);
  });
});

describe('listing', () => {
  it('lists newest first, in pages, with an unread filter, without reading bodies', async () => {
    await writeArticles(
      db,
      Array.from({ length: 30 }, (_, i) => makeItem(i)),
      'import',
    );
    const all = await listIds(db, 'all');
    expect(all).toHaveLength(30);
    const metas = await getMetas(db, all);
    const savedAts = metas.map((m) => m!.savedAt);
    expect(savedAts).toEqual([...savedAts].sort((a, b) => b - a));
    const page = await firstPage(db, 'all', 10);
    expect(page.map((m) => m.id)).toEqual(all.slice(0, 10));
    const unread = await listIds(db, 'unread');
    expect(unread).toHaveLength(20); // makeItem marks every third read
    expect((await getMetas(db, unread)).every((m) => m && !m.read)).toBe(true);
    expect((await firstPage(db, 'unread', 5)).map((m) => m.id)).toEqual(unread.slice(0, 5));
  });

  it('moves an article between the unread and all lists as it is marked read and unread', async () => {
    const { id } = (await writeArticles(db, [makeItem(1, { read: false, readAt: null })], 'import'))[0]!;
    expect(await setRead(db, [id], true, 9_000)).toEqual([id]);
    expect(await listIds(db, 'unread')).toEqual([]);
    expect((await getMetas(db, [id]))[0]).toMatchObject({ read: true, readAt: 9_000 });
    expect(await setRead(db, [id], true, 9_500)).toEqual([]);
    await setRead(db, [id], false, 10_000);
    expect(await listIds(db, 'unread')).toEqual([id]);
  });
});

describe('search', () => {
  it('finds articles in Hindi, Arabic, Chinese, Japanese, Thai and English with diacritics', async () => {
    const ids = await saveAll();
    expect(await search('किताबें')).toEqual([ids.hindi]);
    expect(await search('पुस्तक मेले')).toEqual([ids.hindi]);
    expect(await search('दैनिक')).toEqual([ids.hindi]); // the site name
    expect(await search('الكتاب')).toEqual([ids.arabic]); // tashkeel in the text, none in the query
    expect(await search('أطفال')).toEqual([ids.arabic]);
    expect(await search('图书')).toEqual([ids.chinese]);
    expect(await search('读者')).toEqual([ids.chinese]);
    expect(await search('古書')).toEqual([ids.japanese]);
    expect(await search('神保町')).toEqual([ids.japanese]);
    expect(await search('หนังสือ')).toEqual([ids.thai]);
    expect(await search('ZURICH cafe')).toEqual([ids.english]);
    expect(await search('résumé')).toEqual([ids.english]);
    expect(await search('cooperative')).toEqual([ids.english]);
  });

  it('does not fold away a Devanagari vowel sign', async () => {
    await saveAll();
    expect(await search('कताब')).toEqual([]);
  });

  it('matches the last word as a prefix, every word required', async () => {
    const ids = await saveAll();
    expect(await search('zür')).toEqual([ids.english]);
    expect(await search('pâtis')).toEqual([ids.english]);
    expect(await search('naive zur')).toEqual([ids.english]);
    expect(await search('naive zurx')).toEqual([]);
    expect(await search('zur ')).toEqual([]); // typed on: "zur" is a whole word now
    expect(await search('पुस्त')).toEqual([ids.hindi]);
  });

  it('orders matches newest first and respects the unread filter', async () => {
    const items = [makeItem(1), makeItem(2), makeItem(4)]; // all mention "gardens"; 3 is read in makeItem
    const outcomes = await writeArticles(db, items, 'import');
    expect(await search('gardens')).toEqual(outcomes.map((o) => o.id).reverse());
    await setRead(db, [outcomes[2]!.id], true, 1);
    expect(await search('gardens', 'unread')).toEqual([outcomes[1]!.id, outcomes[0]!.id]);
  });

  it('looks a one-character word up whole while it is typed', async () => {
    const ids = await saveAll();
    expect(await search('本')).toEqual([ids.japanese]);
    expect(await search('z')).toEqual([]);
  });

  it('answers null for a query without words', async () => {
    expect(await searchIds(db, ' ,. ')).toBeNull();
  });
});

describe('delete and undo', () => {
  it('takes articles out of lists and search at once, and brings them back on undo', async () => {
    const ids = await saveAll();
    expect(await deleteArticles(db, [ids.chinese, ids.hindi], 50_000)).toEqual([ids.chinese, ids.hindi]);
    expect(await listIds(db, 'all')).not.toContain(ids.chinese);
    expect(await search('图书')).toEqual([]);
    expect(await getArticle(db, ids.hindi)).toBeNull();
    expect(await lookupSaved(db, SCRIPTS.hindi.canonicalUrl)).toBeNull();

    expect(await undoDelete(db, [ids.chinese, ids.hindi])).toEqual([ids.chinese, ids.hindi]);
    expect(await search('图书')).toEqual([ids.chinese]);
    expect((await getArticle(db, ids.hindi))?.title).toBe(SCRIPTS.hindi.title);
  });

  it('purges the previous delete on the next one: body, metadata and index entries go for good', async () => {
    const ids = await saveAll();
    await deleteArticles(db, [ids.japanese], 50_000);
    await deleteArticles(db, [ids.thai], 60_000);
    expect(await undoDelete(db, [ids.japanese])).toEqual([]);
    expect(await db.get('bodies', ids.japanese)).toBeUndefined();
    expect(await db.get('meta', ids.japanese)).toBeUndefined();
    expect(await search('神保町')).toEqual([]);
    // The later delete is still undoable.
    expect(await undoDelete(db, [ids.thai])).toEqual([ids.thai]);
    expect(await purgeDeleted(db, 100_000)).toBe(0);
  });

  it('saving a deleted article again brings it back as the same article', async () => {
    const ids = await saveAll();
    await deleteArticles(db, [ids.english], 50_000);
    const [outcome] = await writeArticles(db, [itemFromArticle(SCRIPTS.english, 70_000)], 'save');
    expect(outcome?.id).toBe(ids.english);
    expect(await search('zurich')).toEqual([ids.english]);
  });
});

describe('reading position', () => {
  it('stores a clamped position and ignores unknown articles', async () => {
    const { id } = (await writeArticles(db, [makeItem(1)], 'import'))[0]!;
    expect(await setProgress(db, id, 1.7)).toBe(true);
    expect((await getMetas(db, [id]))[0]?.progress).toBe(1);
    expect(await setProgress(db, 999, 0.5)).toBe(false);
  });
});

describe('index segments and merging', () => {
  it('merges segments as saves accumulate, and search still finds each article by its newest words', async () => {
    const { compactOnce, MERGE_FANOUT } = await import('../compact');
    const ids: number[] = [];
    for (let n = 0; n < MERGE_FANOUT * 2 + 3; n++) {
      const [outcome] = await writeArticles(db, [makeItem(n, { text: `common word${n} ${n % 2 ? 'odd' : 'even'}` })], 'import');
      ids.push(outcome!.id);
      while (await compactOnce(db));
    }
    const state = await db.get('state', 'segments');
    // 19 one-article saves: two merged segments of 8, and 3 single ones.
    expect(state?.list.map((segment) => segment.ids.length)).toEqual([8, 8, 1, 1, 1]);
    expect(await search('word5')).toEqual([ids[5]]);
    expect((await search('odd')).length).toBe(9);
    expect((await search('common')).length).toBe(19);

    // Re-saving article 3 with new words: its old words stop matching, before and after merging.
    await writeArticles(db, [makeItem(3, { text: 'replaced entirely' })], 'import');
    expect(await search('word3')).toEqual([]);
    expect(await search('replaced')).toEqual([ids[3]]);
    for (let n = 100; n < 100 + MERGE_FANOUT; n++) await writeArticles(db, [makeItem(n)], 'import');
    while (await compactOnce(db));
    expect(await search('word3')).toEqual([]);
    expect(await search('replaced')).toEqual([ids[3]]);
    expect((await search('common')).length).toBe(18);
  });

  it('drops purged articles from merged segments', async () => {
    const { compactOnce, MERGE_FANOUT } = await import('../compact');
    const outcomes = await writeArticles(db, [makeItem(1, { text: 'vanishing' })], 'import');
    await deleteArticles(db, [outcomes[0]!.id], 1);
    await purgeDeleted(db, 2);
    // Seven more one-article segments: with the purged one's, a group of eight to merge.
    for (let n = 10; n < 10 + MERGE_FANOUT - 1; n++) await writeArticles(db, [makeItem(n)], 'import');
    while (await compactOnce(db));
    const state = await db.get('state', 'segments');
    expect(state?.list).toHaveLength(1);
    expect(state?.list.flatMap((segment) => [...segment.ids])).not.toContain(outcomes[0]!.id);
    expect(await searchIds(db, 'vanishing')).toEqual(new Uint32Array(0));
  });
});
