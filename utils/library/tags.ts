/**
 * Adding and removing tags by hand (the library page's selection). Tags are searchable, so an
 * article whose tags change is indexed again, in the same transaction, in one new segment for the
 * batch (its body is read for that: the index holds the article's words, not a diff).
 */
import { PostingChanges } from './index-write';
import { abortQuietly, tokensOf } from './save';
import { toMeta, withIndexKeys, type LibraryDB } from './schema';
import { MAX_TAG, MAX_TAGS } from './validate-item';

/** A tag as typed, cleaned as stored: trimmed, within the bound; null when nothing is left. */
export function cleanTag(raw: unknown): string | null {
  if (typeof raw !== 'string') return null;
  const tag = raw.trim().slice(0, MAX_TAG).trim();
  return tag === '' ? null : tag;
}

/** Adds `add` to and removes `remove` from the tags of `ids`. Returns the ids whose tags changed. */
export async function editTags(
  db: LibraryDB,
  ids: readonly number[],
  add: readonly string[],
  remove: readonly string[],
): Promise<number[]> {
  const tx = db.transaction(['meta', 'bodies', 'segments', 'state'], 'readwrite');
  const writes: Promise<unknown>[] = [];
  try {
    const meta = tx.objectStore('meta');
    const bodies = tx.objectStore('bodies');
    const records = await Promise.all([...new Set(ids)].map((id) => meta.get(id)));
    const changes = new PostingChanges();
    const changed: number[] = [];
    const gone = new Set(remove);
    for (const record of records) {
      if (!record || record.deletedAt !== undefined) continue;
      const tags = [...new Set([...record.tags.filter((tag) => !gone.has(tag)), ...add])].slice(0, MAX_TAGS);
      if (tags.length === record.tags.length && tags.every((tag, i) => tag === record.tags[i])) continue;
      const next = { ...toMeta(record), tags };
      writes.push(meta.put(withIndexKeys(next)));
      const body = await bodies.get(record.id);
      changes.add(record.id, tokensOf({ ...next, text: body?.text ?? '' }));
      changed.push(record.id);
    }
    await changes.apply(tx);
    await Promise.all(writes);
    await tx.done;
    return changed;
  } catch (error) {
    abortQuietly(tx, writes);
    throw error;
  }
}
