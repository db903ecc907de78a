/**
 * The root's text as selectors count it: its text nodes, in document order, concatenated (what
 * `textContent` gives), with where each node starts, so an offset finds its node by binary search and
 * a DOM boundary point finds its offset.
 *
 * A reader page anchors every highlight of an article at once, so the index is kept per root and
 * reused until the root's subtree changes. The DOM stays the truth: a MutationObserver marks the
 * index stale at the first change, and `takeRecords()` catches a change made since the last call
 * in the same task, before the observer's callback has run.
 */

const TEXT_NODE = 3;

/** The text nodes under a root and the text they make. */
export interface TextIndex {
  /** All text, concatenated. */
  text: string;
  /** The non-empty text nodes, in document order (empty ones can hold no highlight). */
  nodes: Text[];
  /** `starts[i]`: offset in `text` of the first code unit of `nodes[i]`. */
  starts: number[];
}

/** The node after `node` in document order within `root`, or null at the end. */
function following(node: Node, root: Node): Node | null {
  if (node.firstChild) return node.firstChild;
  for (let at: Node | null = node; at && at !== root; at = at.parentNode) {
    if (at.nextSibling) return at.nextSibling;
  }
  return null;
}

/** Indexes the text nodes under `root` (a plain walk: no TreeWalker, so no `NodeFilter` global is needed). */
export function indexText(root: Element): TextIndex {
  const nodes: Text[] = [];
  const starts: number[] = [];
  const parts: string[] = [];
  let length = 0;
  for (let node: Node | null = root.firstChild; node; node = following(node, root)) {
    if (node.nodeType !== TEXT_NODE) continue;
    const data = (node as Text).data;
    if (!data) continue;
    nodes.push(node as Text);
    starts.push(length);
    parts.push(data);
    length += data.length;
  }
  return { text: parts.join(''), nodes, starts };
}

/**
 * The text offset of a DOM boundary point: the number of code units of `root`'s text before it. A
 * point inside a text node counts within it; a point in an element (where the offset counts child
 * nodes) or in a comment counts the text before it. Points before the root give 0, after it the
 * whole length. Found by binary search for the last text node that starts at or before the point.
 */
export function offsetOfPoint(index: TextIndex, root: Element, container: Node, offset: number): number {
  const { nodes, starts } = index;
  if (nodes.length === 0) return 0;
  if (container.nodeType === TEXT_NODE) {
    const at = nodes.indexOf(container as Text);
    if (at >= 0) return starts[at]! + Math.min(offset, (container as Text).length);
  }
  const probe = root.ownerDocument.createRange();
  probe.setStart(container, offset);
  probe.collapse(true);
  let lo = 0;
  let hi = nodes.length - 1;
  let last = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    // comparePoint: -1 when (node, 0) is before the collapsed probe, 0 when it is the probe itself.
    if (probe.comparePoint(nodes[mid]!, 0) <= 0) {
      last = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  if (last < 0) return 0;
  const node = nodes[last]!;
  // The point is at or after the start of `node` and not inside it (text nodes have no children), so after all of it.
  return node === container ? starts[last]! + offset : starts[last]! + node.length;
}

/** Where an offset falls: the text node and the offset inside it. */
export interface TextPoint {
  node: Text;
  offset: number;
}

/**
 * The DOM point for a text offset. A start takes the node the next character is in (not the end of
 * the node before), an end the node the previous character is in, so a range never begins or ends
 * in a node it highlights nothing of. Null when the root has no text.
 */
export function pointAtOffset(index: TextIndex, offset: number, side: 'start' | 'end'): TextPoint | null {
  const { nodes, starts, text } = index;
  if (nodes.length === 0) return null;
  const target = Math.max(0, Math.min(offset, text.length));
  // Last node whose start is ≤ target (a start) or < target (an end), else the first.
  let lo = 0;
  let hi = nodes.length - 1;
  let found = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const before = side === 'start' ? starts[mid]! <= target : starts[mid]! < target;
    if (before) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  const node = nodes[found]!;
  return { node, offset: Math.min(Math.max(0, target - starts[found]!), node.length) };
}

/** An index kept for a root, and the observer that tells when it is out of date. */
interface CachedIndex {
  index: TextIndex;
  observer: MutationObserver;
  stale: boolean;
}

const cache = new WeakMap<Element, CachedIndex>();

/**
 * The index of `root`'s text as it is now: the kept one when nothing under `root` has changed since
 * it was built, else a new one. Where the document has no MutationObserver (a DOM library without
 * a window) nothing is kept and every call builds afresh.
 */
export function currentTextIndex(root: Element): TextIndex {
  const kept = cache.get(root);
  if (kept) {
    if (!kept.stale && kept.observer.takeRecords().length === 0) return kept.index;
    kept.observer.disconnect();
    cache.delete(root);
  }
  const index = indexText(root);
  const Observer = root.ownerDocument.defaultView?.MutationObserver;
  if (Observer) {
    const entry: CachedIndex = { index, stale: false, observer: new Observer(() => markStale(entry)) };
    entry.observer.observe(root, { subtree: true, childList: true, characterData: true });
    cache.set(root, entry);
  }
  return index;
}

/** The first change under the root: the index is out of date, and no further records are needed. */
function markStale(entry: CachedIndex): void {
  entry.stale = true;
  entry.observer.disconnect();
}
