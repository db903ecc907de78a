/**
 * Adding articles to the search index inside a write transaction: all the words of the batch
 * become ONE new segment (at most BUCKETS records), whatever the number of words, and the
 * segment list in `state` gains it. An article saved again is simply indexed again in the newer
 * segment; search and merges let the newest segment win (segments.ts), so nothing is read here.
 */
import type { IDBPTransaction } from 'idb';
import type { LibrarySchema, SegmentsState } from './schema';
import { buildBuckets } from './segments';

/** The segment list when the library has none yet. */
export const NO_SEGMENTS: SegmentsState = { next: 0, list: [] };

type IndexTx = IDBPTransaction<LibrarySchema, ('meta' | 'bodies' | 'segments' | 'state' | 'highlights')[], 'readwrite' | 'versionchange'>;

/** The words of articles being written in one transaction. */
export class PostingChanges {
  private readonly postings = new Map<string, number[]>();
  private readonly ids = new Set<number>();

  /** Records that article `id` (in its current version) contains each of `tokens`. */
  add(id: number, tokens: Iterable<string>): void {
    this.ids.add(id);
    for (const token of tokens) {
      const list = this.postings.get(token);
      if (list) list.push(id);
      else this.postings.set(token, [id]);
    }
  }

  /** Writes the batch as a new segment through `tx` (which must include `segments` and `state`, read-write). */
  async apply(tx: IndexTx): Promise<void> {
    if (this.ids.size === 0) return;
    const stateStore = tx.objectStore('state');
    const state = (await stateStore.get('segments')) ?? NO_SEGMENTS;
    const no = state.next;
    const segments = tx.objectStore('segments');
    const writes: Promise<unknown>[] = [];
    for (const [bucket, record] of buildBuckets(this.postings)) writes.push(segments.put(record, [no, bucket]));
    const ids = Uint32Array.from(this.ids).sort();
    writes.push(stateStore.put({ next: no + 1, list: [...state.list, { no, ids }] }, 'segments'));
    await Promise.all(writes);
  }
}
