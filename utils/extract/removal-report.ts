/**
 * Turns the steps' raw removals into the record `extractArticle` returns, and sanitizes the article
 * block in the same pass: each removal gets its text, its sanitized markup and its place in the
 * article (the index of the block it sat before, in `leafBlocks()` of the article's HTML), so a
 * reader can show it and put it back where it was.
 *
 * A removal's place is where it sat when it was taken out. Later steps may take out that neighbour
 * too; the place then follows the neighbour's own removal, until it reaches a node still in the
 * article. Places are counted on the block before sanitizing and carried through DOMPurify on a
 * marker attribute, so a block the sanitizer drops (a form) does not shift the indexes.
 */
import type { Place, RawRemoval } from './record';
import { removalReason } from './removal-reason';
import { sanitizeElement } from './sanitize';
import { leafBlocks } from './signals';
import { blockText } from './text';
import type { Removal, RemovalReason, SanitizedHtml } from './types';

/** Longest text kept per removal (its `chars` says how long it was). */
export const MAX_REMOVED_TEXT = 1000;
/** Largest markup kept per removal: past this, a block is too big to offer back whole. */
export const MAX_REMOVED_HTML = 20_000;
/** Most removals listed per page (the step reports count them all). */
export const MAX_REMOVALS = 200;

const MARK = 'data-broadsheet-leaf';
/** Steps whose reason the removed element's own names can make more specific. */
const BY_NAMES = new Set<RemovalReason>(['widget', 'edge', 'label']);

/** The node still in `block` that a removal at `place` came just before ('end' after the last; null when outside). */
function anchorOf(place: Place, block: Element, places: Map<Node, Place>): Node | 'end' | null {
  let { parent, next } = place;
  for (let hops = 0; hops < 10_000; hops++) {
    if (next) {
      if (next !== block && block.contains(next)) return next;
      const moved = places.get(next);
      if (!moved) return null;
      ({ parent, next } = moved);
      continue;
    }
    if (parent === block) return 'end';
    if (block.contains(parent)) {
      next = parent.nextSibling;
      parent = parent.parentNode!;
      continue;
    }
    const moved = places.get(parent);
    if (!moved) return null;
    ({ parent, next } = moved);
  }
  return null;
}

/** Index of the first leaf at or after `anchor`, and whether the anchor sits inside that leaf. */
function leafIndex(anchor: Node, leaves: Element[]): { index: number; within: boolean } {
  // Leaves are in document order: binary search for the first one not before the anchor.
  let lo = 0;
  let hi = leaves.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const leaf = leaves[mid]!;
    const pos = leaf.compareDocumentPosition(anchor);
    // The leaf precedes the anchor (and does not contain it): look further on.
    if (leaf !== anchor && pos & 4 && !(pos & 16)) lo = mid + 1;
    else hi = mid;
  }
  const leaf = leaves[lo];
  return { index: lo, within: !!leaf && leaf !== anchor && leaf.contains(anchor) };
}

/** The article block sanitized, and the record of what was taken out of it and of the page. */
export interface FinishedBlock {
  html: SanitizedHtml;
  root: Element;
  removals: Removal[];
}

/**
 * Sanitizes `block` into the article's markup and makes `raws` into removals placed in it.
 * @param places where every removed node sat, across all steps (for following chains of removals).
 */
export function finishBlock(block: Element, win: Window, raws: RawRemoval[], places: Map<Node, Place>): FinishedBlock {
  const listed = raws.slice(0, MAX_REMOVALS);
  const anchors = listed.map((r) => (r.cut ? (block.contains(r.cut.from) ? r.cut.from : null) : anchorOf(r.place, block, places)));
  const placed = anchors.some((a) => a !== null);
  let indexes: { index: number; within: boolean }[] = [];
  let sanitized;
  if (!placed) sanitized = sanitizeElement(block, win);
  else {
    const leaves = leafBlocks(block);
    for (const el of block.querySelectorAll(`[${MARK}]`)) el.removeAttribute(MARK);
    leaves.forEach((leaf, i) => leaf.setAttribute(MARK, String(i)));
    const before = anchors.map((a) => (a === null ? null : a === 'end' ? { index: leaves.length, within: false } : leafIndex(a, leaves)));
    let map: number[] = [];
    sanitized = sanitizeElement(block, win, MARK, (root) => {
      // For each leaf before sanitizing, the index of the first leaf after sanitizing that is not before it.
      const kept = leafBlocks(root);
      let last = -1;
      const marks = kept.map((el) => {
        const m = Number(el.getAttribute(MARK));
        last = Number.isFinite(m) && el.hasAttribute(MARK) ? m : last;
        return last;
      });
      for (const el of root.querySelectorAll(`[${MARK}]`)) el.removeAttribute(MARK);
      map = Array.from({ length: leaves.length + 1 }, () => 0);
      let j = 0;
      for (let i = 0; i <= leaves.length; i++) {
        while (j < marks.length && marks[j]! < i) j++;
        map[i] = j;
      }
    });
    for (const leaf of leaves) leaf.removeAttribute(MARK);
    indexes = before.map((b) => (b ? { index: map[b.index] ?? map.at(-1) ?? 0, within: b.within } : { index: -1, within: false }));
  }
  // The removed blocks that sat in the article, sanitized together in one pass, each in a wrapper.
  const doc = block.ownerDocument;
  const holder = doc.createElement('div');
  const wrapped: (Element | null)[] = listed.map((r, i) => {
    if (anchors[i] === null || r.cut || r.node.nodeType !== 1) return null;
    const wrap = doc.createElement('div');
    wrap.appendChild(r.node.cloneNode(true));
    holder.appendChild(wrap);
    return wrap;
  });
  const cleanHolder = holder.childElementCount ? sanitizeElement(holder, win).root : null;
  const cleanWraps = cleanHolder ? Array.from(cleanHolder.children) : [];
  let w = 0;
  const removals = listed.map((r, i): Removal => {
    const text = r.cut ? r.cut.text.trim() : r.node.nodeType === 3 ? (r.node.nodeValue ?? '').trim() : blockText(r.node);
    let html = '';
    if (wrapped[i]) {
      const markup = cleanWraps[w++]?.innerHTML ?? '';
      html = markup.length <= MAX_REMOVED_HTML ? markup : '';
    } else if (anchors[i] !== null) html = escapeText(text);
    const at = indexes[i] && indexes[i].index >= 0 ? indexes[i] : null;
    return {
      step: r.step.name,
      reason: BY_NAMES.has(r.step.reason) ? removalReason(r.node, r.step.reason) : r.step.reason,
      text: text.length > MAX_REMOVED_TEXT ? `${text.slice(0, MAX_REMOVED_TEXT - 1)}…` : text,
      chars: r.chars,
      html: html as SanitizedHtml,
      at: at ? at.index : null,
      within: at ? at.within : false,
    };
  });
  return { html: sanitized.html, root: sanitized.root, removals };
}

/** Plain text as markup (a cut piece of a caption has no markup of its own). */
function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
