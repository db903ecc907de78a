/**
 * Bounds on what the extractor reads, so a hostile or broken page cannot hang or crash the tab.
 * Cloning recurses per nesting level (10,000 levels overflow the stack) and Readability's scoring
 * grows faster than linearly with the element count, so both are measured first, with one
 * iterative walk that stops as soon as a limit is passed.
 */
import { descendants } from './signals';

/** More elements than any real article page we have measured (the largest, a long Wikipedia page, has ~10,000). */
export const MAX_ELEMENTS = 30_000;
/** Deeper than real pages nest (the deepest we have measured: under 40 levels). */
export const MAX_DEPTH = 500;

/** What the walk found: counts are exact up to the limits, then the walk stops. */
export interface DocumentShape {
  elements: number;
  depth: number;
  tooMany: boolean;
  tooDeep: boolean;
}

/** Walks `root` without recursion, stopping at the first limit passed. */
export function measure(root: Element, maxElements = MAX_ELEMENTS, maxDepth = MAX_DEPTH): DocumentShape {
  let elements = 0;
  let depth = 0;
  let maxSeen = 0;
  let node: Element | null = root;
  while (node) {
    elements++;
    if (depth > maxSeen) maxSeen = depth;
    if (elements > maxElements || depth > maxDepth) break;
    const child: Element | null = node.firstElementChild;
    if (child) {
      node = child;
      depth++;
      continue;
    }
    while (node && node !== root && !node.nextElementSibling) {
      node = node.parentElement;
      depth--;
    }
    node = node && node !== root ? node.nextElementSibling : null;
  }
  return { elements, depth: maxSeen, tooMany: elements > maxElements, tooDeep: maxSeen > maxDepth };
}

/**
 * For a page over the element limit: the one subtree worth reading, so extraction stays bounded
 * instead of failing outright. The <article>/<main> (or the parent of the most <p> text) if it is
 * itself under the limit, else null.
 */
export function boundedSubtree(doc: Document, maxElements = MAX_ELEMENTS): Element | null {
  const all = descendants(doc.documentElement);
  const candidates = all.filter((el) => el.tagName === 'ARTICLE' || el.tagName === 'MAIN' || el.getAttribute('role') === 'main');
  if (!candidates.length) {
    // The parent holding the most paragraph text; bounded work: one pass over the <p> elements.
    const weight = new Map<Element, number>();
    for (const p of all) {
      if (p.tagName !== 'P') continue;
      const parent = p.parentElement;
      if (parent) weight.set(parent, (weight.get(parent) ?? 0) + (p.textContent?.length ?? 0));
    }
    let best: Element | null = null;
    let bestWeight = 0;
    for (const [el, w] of weight) if (w > bestWeight) [best, bestWeight] = [el, w];
    if (best) candidates.push(best);
  }
  for (const el of candidates) {
    if (!measure(el, maxElements).tooMany) return el;
  }
  return null;
}
