/**
 * Merging index segments in the background (the background is the only writer). Each save adds a
 * small segment; whenever the newest MERGE_FANOUT segments are of the same size tier (×8 steps),
 * they are merged into one, so a library of N articles has at most about 7·log8(N) segments and a
 * search reads a few dozen records. Merging is bucket by bucket (bounded memory), and the segment
 * list switches to the merged segment in one final transaction: a search meanwhile sees the old
 * segments, and an interrupted merge leaves only unreferenced records behind.
 */
import type { LibraryDB, SegmentInfo, SegmentsState } from './schema';
import { NO_SEGMENTS } from './index-write';
import { BUCKETS, mergeBuckets } from './segments';

/** How many segments of one tier are merged together. */
export const MERGE_FANOUT = 8;

/** A segment's size tier: 1–7 articles tier 0, 8–63 tier 1, 64–511 tier 2… */
function tier(segment: SegmentInfo): number {
  return Math.floor(Math.log(Math.max(1, segment.ids.length)) / Math.log(MERGE_FANOUT));
}

/** The newest run of MERGE_FANOUT segments of one tier, or null. */
function mergeGroup(state: SegmentsState): SegmentInfo[] | null {
  const { list } = state;
  if (list.length < MERGE_FANOUT) return null;
  const tail = list.slice(-MERGE_FANOUT);
  const t = tier(tail[tail.length - 1]!);
  return tail.every((segment) => tier(segment) === t) ? tail : null;
}

/** Merges one group of segments if one is due. Returns whether it did. */
export async function compactOnce(db: LibraryDB): Promise<boolean> {
  // Reserve the merged segment's number and pick the group.
  const reserveTx = db.transaction('state', 'readwrite');
  const state = (await reserveTx.store.get('segments')) ?? NO_SEGMENTS;
  const group = mergeGroup(state);
  if (!group) {
    await reserveTx.done;
    return false;
  }
  const no = state.next;
  await reserveTx.store.put({ ...state, next: no + 1 }, 'segments');
  await reserveTx.done;

  // Ids re-indexed by a newer segment of the group: their older words are dropped.
  const supersededIn = group.map((_, k) => new Set(group.slice(k + 1).flatMap((segment) => [...segment.ids])));
  // Purged articles (no metadata any more) leave the index here.
  const existing = new Set(await db.getAllKeys('meta'));
  const keep = (id: number) => existing.has(id);

  for (let bucket = 0; bucket < BUCKETS; bucket++) {
    const tx = db.transaction('segments', 'readwrite');
    const records = await Promise.all(group.map((segment) => tx.store.get([segment.no, bucket])));
    const merged = mergeBuckets(records, supersededIn, keep);
    if (merged) await tx.store.put(merged, [no, bucket]);
    await tx.done;
  }

  const ids = new Set<number>();
  for (const segment of group) for (const id of segment.ids) if (keep(id)) ids.add(id);
  const swapTx = db.transaction(['state', 'segments'], 'readwrite');
  const now = (await swapTx.objectStore('state').get('segments')) ?? NO_SEGMENTS;
  const groupNos = new Set(group.map((segment) => segment.no));
  const first = now.list.findIndex((segment) => groupNos.has(segment.no));
  const list: SegmentInfo[] = [
    ...now.list.slice(0, first),
    { no, ids: Uint32Array.from(ids).sort() },
    ...now.list.slice(first).filter((segment) => !groupNos.has(segment.no)),
  ];
  const writes: Promise<unknown>[] = [swapTx.objectStore('state').put({ ...now, list }, 'segments')];
  for (const segment of group)
    writes.push(swapTx.objectStore('segments').delete(IDBKeyRange.bound([segment.no, 0], [segment.no, BUCKETS])));
  await Promise.all(writes);
  await swapTx.done;
  return true;
}

let running: Promise<void> = Promise.resolve();

/** Merges until no merge is due, one run at a time per context; errors are left for the next run. */
export function scheduleCompaction(db: LibraryDB): Promise<void> {
  running = running.then(async () => {
    try {
      while (await compactOnce(db));
    } catch {
      // A failed merge changed nothing visible (the list still names the old segments); retried after the next save.
    }
  });
  return running;
}
