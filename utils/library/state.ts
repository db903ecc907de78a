/**
 * Per-article reading state: read/unread (which moves the article in and out of the "unread"
 * list) and the reading position the reader page restores.
 */
import { toMeta, withIndexKeys, type LibraryDB } from './schema';

/** Marks `ids` read or unread. Returns the ids changed. */
export async function setRead(db: LibraryDB, ids: readonly number[], read: boolean, now: number): Promise<number[]> {
  const tx = db.transaction('meta', 'readwrite');
  const store = tx.objectStore('meta');
  const records = await Promise.all(ids.map((id) => store.get(id)));
  const changed: number[] = [];
  const writes: Promise<unknown>[] = [];
  for (const record of records) {
    if (!record || record.deletedAt !== undefined || record.read === read) continue;
    writes.push(store.put(withIndexKeys({ ...toMeta(record), read, readAt: read ? now : null })));
    changed.push(record.id);
  }
  await Promise.all(writes);
  await tx.done;
  return changed;
}

/** Stores the reading position (0..1) of article `id`. False when it is not in the library. */
export async function setProgress(db: LibraryDB, id: number, progress: number): Promise<boolean> {
  const tx = db.transaction('meta', 'readwrite');
  const store = tx.objectStore('meta');
  const record = await store.get(id);
  if (!record || record.deletedAt !== undefined) {
    await tx.done;
    return false;
  }
  const clamped = Math.min(1, Math.max(0, Number.isFinite(progress) ? progress : 0));
  await store.put({ ...record, progress: Math.round(clamped * 10_000) / 10_000 });
  await tx.done;
  return true;
}
