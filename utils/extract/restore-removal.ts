/**
 * Puts blocks the cleanup took out back into an article, where they sat ("Not right?" in the
 * reader). A removal's place is an index into `leafBlocks()` of the article's html as extracted
 * (removal-report.ts), so every restore starts again from that html, never from one already
 * restored: each restored block would shift the indexes of the ones after it.
 *
 * The result is page markup again, so it goes through the one gate once more (`sanitizeHtml`): a
 * removal's html was sanitized when it was recorded, but markup joined from pieces is parsed anew,
 * and only the gate may mint `SanitizedHtml`.
 */
import { countText, readingMinutes, wordCount } from './reading-time';
import { MAX_REMOVALS } from './removal-report';
import { sanitizeElement } from './sanitize';
import { leafBlocks } from './signals';
import { blockText } from './text';
import type { Article, Removal, SanitizedHtml } from './types';

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
 * `MAX_REMOVALS`, and no more markup than `MAX_RESTORED_HTML` in all (a hostile or huge page's
 * record stays cheap to show and to restore).
 */
export function restorableIndexes(removals: readonly Removal[]): number[] {
  const out: number[] = [];
  let size = 0;
  for (let i = 0; i < removals.length && out.length < MAX_REMOVALS; i++) {
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

/**
 * The article's html with the removals at `restored` (indexes into `removals`) put back at their
 * places, through the sanitizer gate again. Indexes that are not restorable or whose place is out of
 * range are ignored; the restorable set is bounded (`restorableIndexes`).
 * @param html the article's html as extracted (the places count its blocks).
 * @param win a window to parse and sanitize in (the page's, or a DOM library's in tests).
 */
export function restoreRemovals(html: SanitizedHtml, removals: readonly Removal[], restored: Iterable<number>, win: Window): SanitizedHtml {
  return restoreTree(html, removals, restored, win).html;
}

function restoreTree(html: SanitizedHtml, removals: readonly Removal[], restored: Iterable<number>, win: Window) {
  const doc = win.document.implementation.createHTMLDocument('');
  const root = doc.createElement('div');
  // An inert document (no browsing context): nothing in it loads or runs while it is pieced together.
  root.innerHTML = html;
  const placed = placements(removals, restored, leafBlocks(root).length);
  insertAtPlaces(root, placed, ({ removal }) => {
    const piece = doc.createElement('template');
    piece.innerHTML = removal.within ? ` ${removal.html}` : removal.html;
    return piece.content;
  });
  return sanitizeElement(root, win);
}

/**
 * `article` (as extracted) with the removals at `restored` put back: its html through the gate
 * again, and its text, word count and reading time counted from what it now shows.
 */
export function withRestored(article: Article, removals: readonly Removal[], restored: Iterable<number>, win: Window): Article {
  const { html, root } = restoreTree(article.html, removals, restored, win);
  const text = blockText(root);
  const counts = countText(text);
  return { ...article, html, text, wordCount: wordCount(counts), readingMinutes: readingMinutes(counts) };
}
