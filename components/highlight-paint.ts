/**
 * Painting the reader's highlights and finding the one under a click, without touching the
 * article's DOM: the sanitized body stays exactly as ArticleBody rendered it (no <mark> is ever
 * injected into it). The CSS Custom Highlight API paints ranges: one registry entry per colour, styled
 * by `::highlight(broadsheet-hl-<colour>)` rules in reader.css, which the overlay inlines in its
 * closed shadow root (a rule only in the page's stylesheet does not reach into the root in Firefox).
 * Where `CSS.highlights` is missing the highlights are kept and listed but not painted: marking up
 * the body instead would mean writing page HTML outside ArticleBody.
 */
import { HIGHLIGHT_COLOURS, type HighlightColour } from '../utils/annotations/types';

/** The registry name of a colour's highlights (prefixed: the registry is the whole document's, the page's too). */
export const paintName = (colour: HighlightColour): string => `broadsheet-hl-${colour}`;

interface HighlightRegistry {
  set(name: string, highlight: unknown): void;
  delete(name: string): void;
}
type HighlightCtor = new (...ranges: Range[]) => unknown;

function registry(win: Window | null): { highlights: HighlightRegistry; Highlight: HighlightCtor } | null {
  const scope = win as unknown as { CSS?: { highlights?: HighlightRegistry }; Highlight?: HighlightCtor } | null;
  return scope?.CSS?.highlights && scope.Highlight ? { highlights: scope.CSS.highlights, Highlight: scope.Highlight } : null;
}

/** Whether this window can paint highlights (the reader says nothing when it cannot: they are still listed). */
export function canPaint(win: Window | null): boolean {
  return registry(win) !== null;
}

/** A highlight found in the current text: its id, colour and range. */
export interface PaintedRange {
  id: string;
  colour: HighlightColour;
  range: Range;
}

/** Paints `ranges` (replacing what was painted), one registry entry per colour. */
export function paint(win: Window | null, ranges: readonly PaintedRange[]): void {
  const reg = registry(win);
  if (!reg) return;
  for (const colour of HIGHLIGHT_COLOURS) {
    const mine = ranges.filter((entry) => entry.colour === colour).map((entry) => entry.range);
    if (mine.length) reg.highlights.set(paintName(colour), new reg.Highlight(...mine));
    else reg.highlights.delete(paintName(colour));
  }
}

/** Removes every colour's entry (the reader closes). */
export function clearPaint(win: Window | null): void {
  const reg = registry(win);
  if (reg) for (const colour of HIGHLIGHT_COLOURS) reg.highlights.delete(paintName(colour));
}

interface CaretDocument {
  caretPositionFromPoint?: (x: number, y: number, options?: { shadowRoots?: ShadowRoot[] }) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
}

/** The text point under (x, y), looked up inside `root` when it is a (closed) shadow root, or null. */
function caretAt(doc: Document, root: Node, x: number, y: number): { node: Node; offset: number } | null {
  const caret = doc as unknown as CaretDocument;
  const shadowRoots = root instanceof ShadowRoot ? [root] : [];
  if (caret.caretPositionFromPoint) {
    const position = caret.caretPositionFromPoint(x, y, { shadowRoots });
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  const range = caret.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

/** Whether (x, y) is inside one of the range's line boxes (the fallback when the caret lands outside the root). */
function underPoint(range: Range, x: number, y: number): boolean {
  for (const rect of range.getClientRects()) if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) return true;
  return false;
}

/**
 * The id of the painted highlight under (x, y), or null. The caret position says where in the text
 * the point is; the last highlight made wins where two overlap. Where the caret cannot be read in
 * the root (a browser that retargets it to the shadow host) the ranges' boxes are compared instead.
 */
export function highlightAt(body: Element, ranges: readonly PaintedRange[], x: number, y: number): string | null {
  if (ranges.length === 0) return null;
  const root = body.getRootNode();
  const caret = caretAt(body.ownerDocument, root, x, y);
  const inBody = caret !== null && body.contains(caret.node);
  for (let i = ranges.length - 1; i >= 0; i--) {
    const { id, range } = ranges[i]!;
    if (inBody ? range.isPointInRange(caret.node, caret.offset) && underPoint(range, x, y) : underPoint(range, x, y)) return id;
  }
  return null;
}
