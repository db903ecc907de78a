/**
 * Where removed blocks go back in an article: which removals can be shown and put back (bounded),
 * and the one placing both the restore (restore-removal.ts) and the reader's in-place view
 * (components/RemovedBlocks.tsx) use, so a block is shown where it will be put. No sanitizer here:
 * the reader's late-loaded view imports this without DOMPurify.
 */
import { leafBlocks } from './signals';
import type { Removal } from './types';

/**
 * Most removals shown or put back: as many as a record lists (`MAX_REMOVALS` of removal-report.ts,
 * which is not imported: it would bring the sanitizer into the late-loaded view; a test keeps them equal).
 */
export const MAX_RESTORABLE = 200;

/**
 * Most markup restored into one article, in characters. A record holds at most `MAX_REMOVALS` blocks
 * of up to 20,000 characters each; restoring them all would make one article of 4 MB to parse and save.
 */
export const MAX_RESTORED_HTML = 400_000;

/** Whether the reader can show `removal` in place and put it back: it sat inside the article and kept its markup. */
export function canRestore(removal: Removal): boolean {
  return removal.at !== null && removal.html !== '';
}

/**
 * Indexes into `removals` of the blocks that can be put back, in record order, bounded: at most
 * `MAX_RESTORABLE`, and no more markup than `MAX_RESTORED_HTML` in all (a hostile or huge page's
 * record stays cheap to show and to restore).
 */
export function restorableIndexes(removals: readonly Removal[]): number[] {
  const out: number[] = [];
  let size = 0;
  for (let i = 0; i < removals.length && out.length < MAX_RESTORABLE; i++) {
    const removal = removals[i]!;
    if (!canRestore(removal)) continue;
    size += removal.html.length;
    if (size > MAX_RESTORED_HTML) break;
    out.push(i);
  }
  return out;
}

/** Where one removal goes: before the leaf at `at`, after the last leaf, or inside its leaf (`within`). */
export interface Placement {
  index: number;
  removal: Removal;
}

/**
 * The placements of `wanted` (indexes into `removals`) that are restorable and whose place exists in
 * an article of `leafCount` leaf blocks, in record order (two at one place keep the order they had).
 */
export function placements(removals: readonly Removal[], wanted: Iterable<number>, leafCount: number): Placement[] {
  const want = new Set(wanted);
  const out: Placement[] = [];
  for (const index of restorableIndexes(removals)) {
    const removal = removals[index]!;
    if (!want.has(index) || removal.at === null) continue;
    // A place past the end (a record from another version of the article) is ignored, as is a
    // "within" place with no block to be within.
    if (removal.at > leafCount || (removal.within && removal.at >= leafCount)) continue;
    out.push({ index, removal });
  }
  return out;
}

/**
 * Inserts what `make` builds for each placement into `root`, an article body in a live or inert
 * DOM: before leaf `at`, after the last leaf when `at` is the number of leaves (or into `root` when
 * it has none), and at the end of leaf `at` when the removal was cut from within it. The leaves are
 * counted once, before anything is inserted, so the indexes stay those of the article as extracted.
 * Shared by the pure restore below and the reader's in-place view, so both put a block in one place.
 */
export function insertAtPlaces(root: Element, placed: readonly Placement[], make: (p: Placement) => Node): void {
  const leaves = leafBlocks(root);
  // Blocks after the last leaf go after it (and after one another), inside the leaf's own parent.
  let endCursor: Node | null = leaves.at(-1) ?? null;
  for (const p of placed) {
    const node = make(p);
    // A fragment empties as it is inserted: its last child is what later blocks follow.
    const tail = node.nodeType === 11 ? node.lastChild : node;
    const leaf = leaves[p.removal.at!];
    if (p.removal.within && leaf) leaf.append(node);
    else if (leaf) leaf.parentNode!.insertBefore(node, leaf);
    else {
      if (endCursor) endCursor.parentNode!.insertBefore(node, endCursor.nextSibling);
      else root.append(node);
      endCursor = tail ?? endCursor;
    }
  }
}
