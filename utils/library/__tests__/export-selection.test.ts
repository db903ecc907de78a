/**
 * Which articles an export holds: the whole library, or the page's selection, in the export order
 * either way, never a deleted article (a selection can outlive a delete for a moment).
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { exportLibrary, exportMetas } from '../export-library';
import { openLibrary } from '../open';
import { deleteArticles } from '../remove';
import { writeArticles } from '../save';
import type { LibraryDB } from '../schema';
import { freshIndexedDB, makeItem } from './fixtures';

let db: LibraryDB;
beforeEach(async () => {
  freshIndexedDB();
  db = await openLibrary('a');
});
afterEach(() => db.close());

it('holds every live article, or only the selected ones, newest first', async () => {
  const written = await writeArticles(
    db,
    [1, 2, 3, 4].map((n) => makeItem(n)),
    'import',
  );
  const [one, two, three, four] = written.map((outcome) => outcome.id);
  await deleteArticles(db, [four!], 99_999);

  expect((await exportMetas(db)).map((meta) => meta.title)).toEqual(['Story number 3', 'Story number 2', 'Story number 1']);
  // Selection order does not matter; a deleted or unknown id is left out.
  expect((await exportMetas(db, [one!, three!, four!, 12345])).map((meta) => meta.title)).toEqual(['Story number 3', 'Story number 1']);

  const file = JSON.parse((await exportLibrary(db, [two!])).join('')) as { count: number; articles: { title: string; text: string }[] };
  expect(file.count).toBe(1);
  expect(file.articles).toMatchObject([{ title: 'Story number 2', text: makeItem(2).text }]);
});
