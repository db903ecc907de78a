/**
 * Tags and the import merge against fake-indexeddb: tags are stored, searchable like titles,
 * listed and filtered by, and an import merges with the article already saved under its
 * canonical URL (earlier save date, read state and position kept, tags joined) instead of
 * duplicating it or losing what the library knew.
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { itemFromArticle } from '../item';
import { openLibrary } from '../open';
import { getArticle, getMetas, listIds, listTags } from '../read';
import { deleteArticles } from '../remove';
import { mergeInto, writeArticles } from '../save';
import type { LibraryDB } from '../schema';
import { inListOrder, searchIds } from '../search';
import { cleanTag, editTags } from '../tags';
import { validateItem } from '../validate-item';
import { freshIndexedDB, makeItem, SCRIPTS } from './fixtures';

let db: LibraryDB;
beforeEach(async () => {
  freshIndexedDB();
  db = await openLibrary();
});
afterEach(() => db.close());

async function search(query: string): Promise<number[]> {
  return inListOrder(await listIds(db, 'all'), (await searchIds(db, query)) ?? new Uint32Array());
}

describe('tags', () => {
  it('are stored, searchable like titles, listed with counts, and filter the list', async () => {
    await writeArticles(
      db,
      [
        makeItem(1, { tags: ['climate', 'long reads'] }),
        makeItem(2, { tags: ['climate'], read: false }),
        makeItem(3, { tags: ['Kochbuch'], read: true }),
      ],
      'import',
    );
    expect((await getMetas(db, [1]))[0]?.tags).toEqual(['climate', 'long reads']);
    expect(await search('climate')).toEqual([2, 1]);
    expect(await search('kochb')).toEqual([3]);
    expect(await listTags(db)).toEqual([
      { tag: 'climate', count: 2 },
      { tag: 'Kochbuch', count: 1 },
      { tag: 'long reads', count: 1 },
    ]);
    expect(await listIds(db, 'all', 'climate')).toEqual([2, 1]);
    expect(await listIds(db, 'unread', 'Kochbuch')).toEqual([]);
    await deleteArticles(db, [2], 5);
    expect(await listIds(db, 'all', 'climate')).toEqual([1]);
    expect(await listTags(db)).toContainEqual({ tag: 'climate', count: 1 });
  });

  it('survive a save from the reader, which keeps them (and keeps them searchable)', async () => {
    const [first] = await writeArticles(db, [{ ...itemFromArticle(SCRIPTS.english, 1_000), tags: ['travel'] }], 'merge');
    await writeArticles(db, [itemFromArticle(SCRIPTS.english, 2_000)], 'save');
    expect((await getMetas(db, [first!.id]))[0]?.tags).toEqual(['travel']);
    expect(await search('travel')).toEqual([first!.id]);
  });

  it('are optional in an older export file, and checked when present', () => {
    const { tags: _tags, ...old } = makeItem(1);
    expect(validateItem(old)).toMatchObject({ ok: true, value: { tags: [] } });
    expect(validateItem({ ...old, tags: ['a', 'a'] })).toMatchObject({ ok: false, error: 'bad-tags' });
    expect(validateItem({ ...old, tags: [' padded'] })).toMatchObject({ ok: false, error: 'bad-tags' });
    expect(validateItem({ ...old, tags: 'climate' })).toMatchObject({ ok: false, error: 'bad-tags' });
  });
});

describe('an import merges with a saved article', () => {
  it('keeps the earlier save date, read state and position, joins tags, and keeps the saved text', async () => {
    const saved = makeItem(1, { savedAt: 5_000, read: true, readAt: 6_000, progress: 0.6, tags: ['mine'], text: 'Read from the page.' });
    const [before] = await writeArticles(db, [saved], 'import');
    const imported = makeItem(1, { savedAt: 9_000, read: false, readAt: null, progress: 0, tags: ['pocket', 'mine'], text: '', html: '' });
    const [outcome] = await writeArticles(db, [imported], 'merge');
    expect(outcome).toMatchObject({ id: before!.id, added: false, savedAt: 5_000 });
    expect(await listIds(db, 'all')).toEqual([before!.id]);
    const article = await getArticle(db, before!.id);
    expect(article).toMatchObject({ savedAt: 5_000, read: true, readAt: 6_000, progress: 0.6, tags: ['mine', 'pocket'] });
    expect(article?.text).toBe('Read from the page.');
    expect(await search('pocket')).toEqual([before!.id]);
  });

  it('takes the file’s earlier date, its read state and its text when the saved article has no text', async () => {
    await writeArticles(db, [makeItem(2, { savedAt: 9_000, read: false, readAt: null, text: '', html: '' })], 'import');
    const [outcome] = await writeArticles(
      db,
      [makeItem(2, { savedAt: 3_000, read: true, readAt: 4_000, text: 'Kept by wallabag.' })],
      'merge',
    );
    expect(await getArticle(db, outcome!.id)).toMatchObject({ savedAt: 3_000, read: true, readAt: 4_000, text: 'Kept by wallabag.' });
    expect(await listIds(db, 'unread')).toEqual([]);
  });

  it('merges twice the same URL within one batch into one article', async () => {
    const outcomes = await writeArticles(db, [makeItem(3, { tags: ['a'] }), makeItem(3, { tags: ['b'], savedAt: 1 })], 'merge');
    expect(outcomes.map((o) => o.added)).toEqual([true, false]);
    expect((await getMetas(db, [outcomes[0]!.id]))[0]).toMatchObject({ tags: ['a', 'b'], savedAt: 1 });
  });

  it('mergeInto: read time is the earlier read one; unread on both stays unread', () => {
    const a = makeItem(4, { read: false, readAt: null });
    expect(mergeInto(a, makeItem(4, { read: false, readAt: null }))).toMatchObject({ read: false, readAt: null });
    expect(mergeInto(a, makeItem(4, { read: true, readAt: 7 }))).toMatchObject({ read: true, readAt: 7 });
  });
});

describe('tagging by hand', () => {
  it('adds and removes tags on many articles, re-indexed for search and the tag filter', async () => {
    await writeArticles(db, [makeItem(1, { tags: ['old'] }), makeItem(2), makeItem(3)], 'import');
    expect(await editTags(db, [1, 2, 99], ['reading group'], [])).toEqual([1, 2]);
    expect((await getMetas(db, [1]))[0]?.tags).toEqual(['old', 'reading group']);
    expect(await search('group')).toEqual([2, 1]);
    expect(await search('gardens')).toEqual([3, 2, 1]); // the body's words are still found
    expect(await listIds(db, 'all', 'reading group')).toEqual([2, 1]);
    expect(await editTags(db, [1, 3], [], ['old', 'reading group'])).toEqual([1]);
    expect((await getMetas(db, [1]))[0]?.tags).toEqual([]);
    expect(await search('group')).toEqual([2]);
    expect(await listTags(db)).toEqual([{ tag: 'reading group', count: 1 }]);
    expect(await editTags(db, [2], ['reading group'], [])).toEqual([]); // nothing to change
  });

  it('cleanTag trims, bounds, and refuses what is not a tag', () => {
    expect(cleanTag('  x  ')).toBe('x');
    expect(cleanTag('   ')).toBeNull();
    expect(cleanTag(3)).toBeNull();
    expect(cleanTag('y'.repeat(500))).toHaveLength(200);
  });
});
