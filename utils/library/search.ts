/**
 * Full-text search over the persisted index (segments.ts): the segment list is one read; then for
 * each bucket the query's words fall in, one read per segment. An article re-indexed by a newer
 * segment counts only there (newest wins). The matches for each word are intersected and put in
 * list order. Nothing else is read, so the cost follows the query and the number of segments
 * (which grows with the logarithm of the library), and no body is ever in memory.
 */
import { intersect } from './postings';
import type { LibraryDB } from './schema';
import { bucketOf, lookupPrefix, lookupWord, MIN_PREFIX_CHARS, type BucketRecord } from './segments';
import { parseQuery } from './tokenize';

/**
 * At most this many words per segment are read for the prefix being typed. A one-letter prefix
 * of a big library begins thousands of words; each further letter narrows the range until it is
 * complete, and the answer stays fast meanwhile.
 */
export const PREFIX_WORD_LIMIT = 400;

/** The ids of the articles matching `query` (sorted), or null when the query has no words. */
export async function searchIds(db: LibraryDB, query: string): Promise<Uint32Array | null> {
  const parsed = parseQuery(query);
  if (parsed.exact.length === 0 && parsed.prefix === null) return null;
  // A one-character word being typed is looked up whole (a prefix needs two: see bucketOf).
  const short = parsed.prefix !== null && [...parsed.prefix].length < MIN_PREFIX_CHARS;
  const exact = short ? [...parsed.exact, parsed.prefix!] : parsed.exact;
  const prefix = short ? null : parsed.prefix;
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
  // The ids of a word (or prefix) across segments, each counted only in its article's newest segment:
  // marked in a bitmap, then read back in order (no sorting, however many runs a prefix has).
  const hits = new Uint8Array(maxId + 1);
  const collect = (runsOf: (record: BucketRecord | undefined) => Uint32Array[], bucket: number): Uint32Array => {
    hits.fill(0);
    let any = false;
    records.forEach((byBucket, k) => {
      for (const run of runsOf(byBucket.get(bucket))) {
        for (const id of run) {
          if (owner[id] === k) {
            hits[id] = 1;
            any = true;
          }
        }
      }
    });
    if (!any) return new Uint32Array(0);
    const out: number[] = [];
    for (let id = 0; id <= maxId; id++) if (hits[id]) out.push(id);
    return Uint32Array.from(out);
  };

  const lists: Uint32Array[] = [];
  for (const word of exact) {
    const ids = collect((record) => [lookupWord(record, word)], bucketOf(word));
    if (ids.length === 0) return new Uint32Array(0);
    lists.push(ids);
  }
  if (prefix !== null) {
    const ids = collect((record) => lookupPrefix(record, prefix, PREFIX_WORD_LIMIT), bucketOf(prefix));
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
