/**
 * Pages rendered with React's streaming server rendering (Next.js's app router and others) send
 * the parts that were not ready at first at the end of the HTML, each in a hidden `<div id="S:…">`,
 * followed by a small inline script (`$RC`, `$RR`, `$RS`) that moves it into its place in the page,
 * replacing a placeholder `<template>` and the loading fallback around it. In the browser those
 * scripts have run before the reader opens. A page read without running them (the CLI, a page
 * fetched in the background) still has its story hidden at the end of the body, where Readability,
 * which skips hidden elements, never sees it: "not an article", though the story is all there.
 *
 * This step does what the page's scripts would have done, in the order they appear: each hidden
 * part's children take the place of its placeholder. It only moves the page's own content and
 * drops what the page itself drops (the placeholder and its loading fallback), so it is safe and
 * runs on the fallback reading too. On a page whose scripts have run, there is nothing to do.
 */
import type { Step } from './step';

/** `$RC("B:1","S:1")`, `$RR("B:1","S:1",[…])`: a boundary completed; `$RS("S:2","P:2")`: a segment. */
const CALL = /\$R([CRS])\(\s*"([^"\\]{1,40})"\s*,\s*"([^"\\]{1,40})"/g;
/** Enough for any real page (a few dozen parts); bounds the work on a hostile one. */
const MAX_MOVES = 2_000;

/** A boundary's placeholder sits after a `<!--$?-->` comment; its fallback runs to the matching `<!--/$-->`. */
function completeBoundary(placeholder: Element, part: Element): void {
  const start = placeholder.previousSibling;
  const parent = placeholder.parentNode;
  if (!parent) return;
  // Without its opening marker the fallback cannot be told from the page: replace the placeholder only.
  if (start?.nodeType !== 8 || (start as Comment).data !== '$?') return completeSegment(placeholder, part);
  let node: ChildNode | null = placeholder;
  let depth = 0;
  while (node) {
    if (node.nodeType === 8) {
      const data = (node as Comment).data;
      if (data === '/$') {
        if (depth === 0) break;
        depth--;
      } else if (data === '$' || data === '$?' || data === '$!') depth++;
    }
    const next: ChildNode | null = node.nextSibling;
    node.remove();
    node = next;
  }
  // No end marker: the fallback ran to the end of its parent, and the part goes there.
  while (part.firstChild) parent.insertBefore(part.firstChild, node);
  (start as Comment).data = '$';
  part.remove();
}

/** A segment's placeholder is replaced by the segment's children. */
function completeSegment(placeholder: Element, part: Element): void {
  const parent = placeholder.parentNode;
  if (!parent) return;
  while (part.firstChild) parent.insertBefore(part.firstChild, placeholder);
  placeholder.remove();
  part.remove();
}

export const revealStreamedHtml: Step = (root, ctx) => {
  const doc = ctx.doc;
  // Nothing hidden with an id, nothing to move: skip reading every inline script's text (most pages).
  if (!root.querySelector('[hidden][id]')) return;
  let moves = 0;
  for (const script of root.querySelectorAll('script')) {
    const code = script.textContent ?? '';
    if (!code.includes('$R')) continue;
    for (const [, kind, first, second] of code.matchAll(CALL)) {
      if (moves++ >= MAX_MOVES) return;
      // Boundaries name the placeholder first, segments name the hidden part first.
      const [placeholderId, partId] = kind === 'S' ? [second!, first!] : [first!, second!];
      const part = doc.getElementById(partId);
      const placeholder = doc.getElementById(placeholderId);
      if (!part || !placeholder || !part.hasAttribute('hidden') || !root.contains(part) || part.contains(placeholder)) continue;
      if (kind === 'S') completeSegment(placeholder, part);
      else completeBoundary(placeholder, part);
    }
  }
};
