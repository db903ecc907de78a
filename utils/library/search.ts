/**
 * Full-text search over the persisted index (segments.ts): the segment list is one read; then for
 * each bucket the query's words fall in, one read per segment. An article re-indexed by a newer
 * segment counts only there (newest wins). The matches for each word are intersected and put in
 * list order. Nothing else is read, so the cost follows the query and the number of segments
 * (which grows with the logarithm of the library), and no body is ever in memory.
 */
import { intersect, union } from './postings';
import type { LibraryDB } from './schema';
import { bucketOf, lookupPrefix, lookupWord, type BucketRecord } from './segments';
import { parseQuery } from './tokenize';

/**
 * At most this many words per segment are read for the prefix being typed. A one-letter prefix
 * of a big library begins thousands of words; each further letter narrows the range until it is
 * complete, and the answer stays fast meanwhile.
 */
export const PREFIX_WORD_LIMIT = 400;

/** The ids of the articles matching `query` (sorted), or null when the query has no words. */
export async function searchIds(db: LibraryDB, query: string): Promise<Uint32Array | null> {
  const { exact, prefix } = parseQuery(query);
  if (exact.length === 0 && prefix === null) return null;
  const tx = db.transaction(['state', 'segments']);
  const state = await tx.objectStore('state').get('segments');
  if (!state || state.list.length === 0) return new Uint32Array(0);
  const segments = tx.objectStore('segments');
  const buckets = [...new Set([...exact, ...(prefix === null ? [] : [prefix])].map(bucketOf))];
  // records[k][bucket] for segment k (oldest first).
  const records = await Promise.all(
    state.list.map(async (segment) => {
      const byBucket = new Map<number, BucketRecord | undefined>();
      await Promise.all(buckets.map(async (b) => byBucket.set(b, await segments.get([segment.no, b]))));
      return byBucket;
    }),
  );
  // Which segment holds each article's newest version.
  let maxId = 0;
  for (const segment of state.list) if (segment.ids.length) maxId = Math.max(maxId, segment.ids[segment.ids.length - 1]!);
  const owner = new Int32Array(maxId + 1).fill(-1);
  state.list.forEach((segment, k) => {
    for (const id of segment.ids) owner[id] = k;
  });
  const current = (runs: Uint32Array[], k: number) => runs.map((run) => run.filter((id) => owner[id] === k));

  const lists: Uint32Array[] = [];
  for (const word of exact) {
    const runs = records.flatMap((byBucket, k) => current([lookupWord(byBucket.get(bucketOf(word)), word)], k));
    const ids = union(runs.filter((run) => run.length > 0));
    if (ids.length === 0) return new Uint32Array(0);
    lists.push(ids);
  }
  if (prefix !== null) {
    const runs = records.flatMap((byBucket, k) => current(lookupPrefix(byBucket.get(bucketOf(prefix)), prefix, PREFIX_WORD_LIMIT), k));
    const ids = union(runs.filter((run) => run.length > 0));
    if (ids.length === 0) return new Uint32Array(0);
    lists.push(ids);
  }
  lists.sort((a, b) => a.length - b.length);
  let matches = lists[0]!;
  for (const list of lists.slice(1)) {
    if (matches.length === 0) break;
    matches = intersect(matches, list);
  }
  return matches;
}

/**
 * The ids of `ordered` (a list, newest first) that are in `matches`, keeping the list's order.
 * Deleted articles are not in any list, so a match left behind by one never shows.
 */
export function inListOrder(ordered: readonly number[], matches: Uint32Array): number[] {
  if (matches.length === 0) return [];
  const max = matches[matches.length - 1]!;
  const hit = new Uint8Array(max + 1);
  for (const id of matches) hit[id] = 1;
  return ordered.filter((id) => id <= max && hit[id] === 1);
}
