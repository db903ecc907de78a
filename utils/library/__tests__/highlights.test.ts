/**
 * Highlights in the library (fake-indexeddb): add, list in text order, change colour and note,
 * delete with undo (the next delete purges), search by the words of quotes and notes, and that an
 * article's highlights wait while it is deleted and go when it is purged.
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Highlight } from '../../annotations/types';
import {
  addHighlight,
  allHighlights,
  deleteHighlights,
  listHighlights,
  searchHighlightArticles,
  undoDeleteHighlights,
  updateHighlight,
} from '../highlights';
import { openLibrary } from '../open';
import { deleteArticles, purgeDeleted, undoDelete } from '../remove';
import { writeArticles } from '../save';
import type { LibraryDB } from '../schema';
import { freshIndexedDB, makeItem } from './fixtures';

let db: LibraryDB;
let articleId: number;

beforeEach(async () => {
  freshIndexedDB();
  db = await openLibrary();
  articleId = (await writeArticles(db, [makeItem(1), makeItem(2)], 'import'))[0]!.id;
});
afterEach(() => db.close());

/** A highlight on article 1 over `exact` at `start`. */
function makeHighlight(id: string, exact: string, start: number, overrides: Partial<Highlight> = {}): Highlight {
  return {
    id,
    articleId,
    target: {
      quote: { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' },
      position: { type: 'TextPositionSelector', start, end: start + exact.length },
    },
    colour: 'yellow',
    note: '',
    createdAt: 1_000 + start,
    updatedAt: 1_000 + start,
    ...overrides,
  };
}

describe('highlights store', () => {
  it('stores highlights on a saved article and lists them in text order, without index keys', async () => {
    expect(await addHighlight(db, makeHighlight('b', 'gardens', 20))).toBeNull();
    expect(await addHighlight(db, makeHighlight('a', 'Body', 0))).toBeNull();
    const listed = await listHighlights(db, articleId);
    expect(listed.map((h) => h.id)).toEqual(['a', 'b']);
    expect(listed[0]).not.toHaveProperty('words');
    expect(await listHighlights(db, articleId + 1)).toEqual([]);
  });

  it('refuses a highlight on an article that is not saved, or deleted', async () => {
    expect(await addHighlight(db, makeHighlight('x', 'Body', 0, { articleId: 999 }))).toBe('no-article');
    await deleteArticles(db, [articleId], 5);
    expect(await addHighlight(db, makeHighlight('y', 'Body', 0))).toBe('no-article');
    expect(await db.count('highlights')).toBe(0);
  });

  it('changes colour and note, and says when the highlight is gone', async () => {
    await addHighlight(db, makeHighlight('a', 'Body', 0));
    const changed = await updateHighlight(db, 'a', { colour: 'blue', note: 'Why it matters' }, 9_000);
    expect(changed).toMatchObject({ colour: 'blue', note: 'Why it matters', updatedAt: 9_000, createdAt: 1_000 });
    expect((await listHighlights(db, articleId))[0]).toMatchObject({ colour: 'blue', note: 'Why it matters' });
    expect(await updateHighlight(db, 'nope', { note: 'x' }, 1)).toBe('no-highlight');
  });

  it('deletes with undo, and the next delete purges the previous one', async () => {
    await addHighlight(db, makeHighlight('a', 'Body', 0));
    await addHighlight(db, makeHighlight('b', 'gardens', 20));
    expect(await deleteHighlights(db, ['a'], 10)).toEqual(['a']);
    expect((await listHighlights(db, articleId)).map((h) => h.id)).toEqual(['b']);
    expect(await searchHighlightArticles(db, 'body')).toEqual(new Uint32Array(0));
    expect((await undoDeleteHighlights(db, ['a'])).map((h) => h.id)).toEqual(['a']);
    expect((await listHighlights(db, articleId)).map((h) => h.id)).toEqual(['a', 'b']);
    expect(Array.from((await searchHighlightArticles(db, 'body'))!)).toEqual([articleId]);

    await deleteHighlights(db, ['a'], 20);
    await deleteHighlights(db, ['b'], 30);
    expect(await undoDeleteHighlights(db, ['a'])).toEqual([]);
    expect(await db.get('highlights', 'a')).toBeUndefined();
    expect((await undoDeleteHighlights(db, ['b'])).map((h) => h.id)).toEqual(['b']);
  });

  it('finds articles by the words of a highlight and its note, in any script, the last word as a prefix', async () => {
    await addHighlight(db, makeHighlight('a', 'café culture', 30, { note: 'Compare with पुस्तक मेले' }));
    const other = makeHighlight('c', 'Body', 0, { articleId: articleId + 1 });
    await addHighlight(db, other);
    const found = async (query: string) => Array.from((await searchHighlightArticles(db, query)) ?? []);
    expect(await found('cafe')).toEqual([articleId]);
    expect(await found('पुस्तक')).toEqual([articleId]);
    expect(await found('compare cul')).toEqual([articleId]);
    expect(await found('compare body')).toEqual([]);
    expect(await found('body')).toEqual([articleId + 1]);
    expect(await searchHighlightArticles(db, '  ')).toBeNull();
    await updateHighlight(db, 'a', { note: '' }, 5);
    expect(await found('compare')).toEqual([]);
  });

  it("keeps an article's highlights while its delete can be undone, and removes them when it is purged", async () => {
    await addHighlight(db, makeHighlight('a', 'Body', 0));
    await deleteArticles(db, [articleId], 100);
    await undoDelete(db, [articleId]);
    expect((await listHighlights(db, articleId)).map((h) => h.id)).toEqual(['a']);
    await deleteArticles(db, [articleId], 200);
    await purgeDeleted(db, 300);
    expect(await listHighlights(db, articleId)).toEqual([]);
    expect(await db.count('highlights')).toBe(0);
  });

  it('lists every highlight newest first', async () => {
    await addHighlight(db, makeHighlight('old', 'Body', 0, { createdAt: 1 }));
    await addHighlight(db, makeHighlight('new', 'gardens', 20, { createdAt: 2 }));
    expect((await allHighlights(db)).map((h) => h.id)).toEqual(['new', 'old']);
  });

  it('accepts a 50,000-character quote', async () => {
    const long = 'word '.repeat(10_000);
    expect(await addHighlight(db, makeHighlight('long', long, 0))).toBeNull();
    expect((await listHighlights(db, articleId))[0]?.target.quote.exact).toHaveLength(50_000);
  });
});
