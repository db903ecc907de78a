/**
 * The search index's on-disk pieces, as pure functions. IndexedDB charges per request (about
 * 0.1–0.2 ms each in Chromium, measured by scripts/bench-library.ts's probe), and an article has
 * thousands of distinct words, so "one record per word" makes each save thousands of requests.
 * Instead the index is a set of immutable SEGMENTS (as in Lucene or an LSM tree): a save writes one
 * small new segment; segments of similar size are merged in the background. Each segment is split
 * into BUCKETS by the word's first character, so a query word (or a prefix) reads one bucket per
 * segment: a few dozen requests for any library size.
 *
 * A bucket record holds its words sorted, and for each word a sorted run of article ids.
 */

/** Buckets per segment. More buckets: smaller reads per query word, more records per save. */
export const BUCKETS = 256;

/** One bucket of one segment. */
export interface BucketRecord {
  /** Distinct words, sorted by code unit (binary-searchable). */
  words: string[];
  /** `ids` slice of word i is [starts[i], starts[i + 1]). Length words.length + 1. */
  starts: Uint32Array;
  /** The ids of each word, ascending within each word's slice. */
  ids: Uint32Array;
}

/**
 * The bucket of a word: from its first two code points, so every word with a given prefix of two
 * or more characters is in one bucket (a one-character "prefix" is looked up as a whole word).
 */
export function bucketOf(word: string): number {
  const first = word.codePointAt(0) ?? 0;
  const second = word.codePointAt(first > 0xffff ? 2 : 1) ?? 0;
  return Math.imul(first * 31 + second, 2654435761) >>> 24; // top 8 bits of a multiplicative hash: 0..255
}

/** Code points a prefix needs before it is expanded (bucketOf reads two). */
export const MIN_PREFIX_CHARS = 2;

/** Builds the bucket records of a new segment from word → ids (ids in any order). */
export function buildBuckets(postings: ReadonlyMap<string, readonly number[]>): Map<number, BucketRecord> {
  const grouped = new Map<number, string[]>();
  for (const word of postings.keys()) {
    const b = bucketOf(word);
    const list = grouped.get(b);
    if (list) list.push(word);
    else grouped.set(b, [word]);
  }
  const out = new Map<number, BucketRecord>();
  for (const [b, words] of grouped) {
    words.sort(compareWords);
    let total = 0;
    for (const word of words) total += postings.get(word)!.length;
    const starts = new Uint32Array(words.length + 1);
    const ids = new Uint32Array(total);
    let n = 0;
    words.forEach((word, i) => {
      starts[i] = n;
      const sorted = Uint32Array.from(postings.get(word)!).sort();
      let last = -1;
      for (const id of sorted) if (id !== last) ids[n++] = last = id;
    });
    starts[words.length] = n;
    out.set(b, { words, starts, ids: n === total ? ids : ids.slice(0, n) });
  }
  return out;
}

/** Code-unit order (the order binary search and prefix runs rely on). */
export function compareWords(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Index of the first word ≥ `word`. */
function lowerBound(words: readonly string[], word: string): number {
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (words[mid]! < word) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The ids of `word` in a bucket (empty when absent). */
export function lookupWord(record: BucketRecord | undefined, word: string): Uint32Array {
  if (!record) return new Uint32Array(0);
  const i = lowerBound(record.words, word);
  if (record.words[i] !== word) return new Uint32Array(0);
  return record.ids.subarray(record.starts[i]!, record.starts[i + 1]!);
}

/** The id runs of up to `limit` words that begin with `prefix`. */
export function lookupPrefix(record: BucketRecord | undefined, prefix: string, limit: number): Uint32Array[] {
  if (!record) return [];
  const out: Uint32Array[] = [];
  for (let i = lowerBound(record.words, prefix); i < record.words.length && out.length < limit; i++) {
    if (!record.words[i]!.startsWith(prefix)) break;
    out.push(record.ids.subarray(record.starts[i]!, record.starts[i + 1]!));
  }
  return out;
}

/**
 * Merges the same bucket of several segments (oldest first) into one. An article indexed again in
 * a newer segment (an update) keeps only its newest words: `supersededIn[k]` holds the ids that a
 * segment newer than segment k re-indexed. `keep` drops ids of purged articles.
 */
export function mergeBuckets(
  records: readonly (BucketRecord | undefined)[],
  supersededIn: readonly ReadonlySet<number>[],
  keep: (id: number) => boolean,
): BucketRecord | null {
  const postings = new Map<string, number[]>();
  records.forEach((record, k) => {
    if (!record) return;
    const superseded = supersededIn[k]!;
    record.words.forEach((word, i) => {
      let list: number[] | undefined;
      for (let j = record.starts[i]!; j < record.starts[i + 1]!; j++) {
        const id = record.ids[j]!;
        if (superseded.has(id) || !keep(id)) continue;
        list ??= postings.get(word) ?? (postings.set(word, []), postings.get(word)!);
        list.push(id);
      }
    });
  });
  if (postings.size === 0) return null;
  // All words share this bucket, so buildBuckets yields exactly one record.
  return [...buildBuckets(postings).values()][0]!;
}
