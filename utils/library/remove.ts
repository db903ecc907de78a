/**
 * Deleting with undo. A delete only takes articles out of every list (their index keys go, a
 * `deletedAt` mark comes), which is one small write per article even for thousands at once; undo
 * puts the keys back. The next delete purges what the previous one left undoable: bodies and
 * metadata go for good, and the next index merge drops their words (compact.ts); until then no
 * search can show them, since results are always taken from the live list. A purged article's
 * highlights go with it (until then they wait, so undo brings them back).
 */
import { abortQuietly } from './save';
import { toMeta, withIndexKeys, type LibraryDB } from './schema';

/** Marks `ids` deleted (undoable). Returns the ids that were in the library. */
export async function deleteArticles(db: LibraryDB, ids: readonly number[], now: number): Promise<number[]> {
  await purgeDeleted(db, now);
  const tx = db.transaction('meta', 'readwrite');
  const store = tx.objectStore('meta');
  const records = await Promise.all(ids.map((id) => store.get(id)));
  const deleted: number[] = [];
  const writes: Promise<unknown>[] = [];
  for (const record of records) {
    if (!record || record.deletedAt !== undefined) continue;
    writes.push(store.put(withIndexKeys(toMeta(record), now)));
    deleted.push(record.id);
  }
  await Promise.all(writes);
  await tx.done;
  return deleted;
}

/** Brings back deleted articles that have not been purged yet. Returns the ids restored. */
export async function undoDelete(db: LibraryDB, ids: readonly number[]): Promise<number[]> {
  const tx = db.transaction('meta', 'readwrite');
  const store = tx.objectStore('meta');
  const records = await Promise.all(ids.map((id) => store.get(id)));
  const restored: number[] = [];
  const writes: Promise<unknown>[] = [];
  for (const record of records) {
    if (!record || record.deletedAt === undefined) continue;
    writes.push(store.put(withIndexKeys(toMeta(record))));
    restored.push(record.id);
  }
  await Promise.all(writes);
  await tx.done;
  return restored;
}

/** Permanently removes articles deleted before `before` (epoch ms). Returns how many. */
export async function purgeDeleted(db: LibraryDB, before: number): Promise<number> {
  const tx = db.transaction(['meta', 'bodies', 'highlights'], 'readwrite');
  try {
    const meta = tx.objectStore('meta');
    const bodies = tx.objectStore('bodies');
    const highlights = tx.objectStore('highlights');
    const doomed = await meta.index('deletedAt').getAll(IDBKeyRange.upperBound(before, true));
    if (doomed.length === 0) {
      await tx.done;
      return 0;
    }
    const writes: Promise<unknown>[] = [];
    for (const record of doomed) writes.push(meta.delete(record.id), bodies.delete(record.id));
    const highlightKeys = await Promise.all(doomed.map((record) => highlights.index('articleId').getAllKeys(record.id)));
    for (const key of highlightKeys.flat()) writes.push(highlights.delete(key));
    await Promise.all(writes);
    await tx.done;
    return doomed.length;
  } catch (error) {
    abortQuietly(tx);
    throw error;
  }
}
