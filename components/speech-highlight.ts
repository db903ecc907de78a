/**
 * Shows which sentence is being read: the CSS Custom Highlight API paints the sentence's Range
 * without touching the DOM (Chromium 105+, Firefox 140+); the sentence's block also gets a
 * `data-bs-speaking` attribute, which is the whole highlight where that API is missing.
 * Then the sentence is scrolled into view if it is not already comfortably visible.
 */
import { sentenceRange, type Sentence } from '../utils/sentences';

/** The name the stylesheet's `::highlight(bs-speaking)` rule styles. */
export const HIGHLIGHT_NAME = 'bs-speaking';
const BLOCK_ATTR = 'data-bs-speaking';

interface HighlightRegistry {
  set(name: string, highlight: unknown): void;
  delete(name: string): void;
}
type HighlightCtor = new (...ranges: Range[]) => unknown;

function registry(win: Window): { highlights: HighlightRegistry; Highlight: HighlightCtor } | null {
  const scope = win as unknown as { CSS?: { highlights?: HighlightRegistry }; Highlight?: HighlightCtor };
  return scope.CSS?.highlights && scope.Highlight ? { highlights: scope.CSS.highlights, Highlight: scope.Highlight } : null;
}

/** Removes any highlight under `root`. */
export function clearSpeaking(root: Element): void {
  const win = root.ownerDocument.defaultView;
  if (win) registry(win)?.highlights.delete(HIGHLIGHT_NAME);
  for (const el of root.querySelectorAll(`[${BLOCK_ATTR}]`)) el.removeAttribute(BLOCK_ATTR);
}

/**
 * Highlights `sentence` and keeps it in view inside `scroller` (the overlay's scrolling box, or
 * the document's scrolling element on the reader page). `topInset` is the height of the sticky
 * toolbar, which covers the top of the viewport.
 */
export function showSpeaking(root: Element, sentence: Sentence, scroller: Element, topInset: number, smooth: boolean): void {
  clearSpeaking(root);
  sentence.block.setAttribute(BLOCK_ATTR, '');
  const win = root.ownerDocument.defaultView;
  const range = sentenceRange(sentence);
  const reg = win && registry(win);
  if (reg) reg.highlights.set(HIGHLIGHT_NAME, new reg.Highlight(range));

  const rect = typeof range.getBoundingClientRect === 'function' ? range.getBoundingClientRect() : sentence.block.getBoundingClientRect();
  const isPage = scroller === root.ownerDocument.scrollingElement;
  const box = isPage ? { top: 0, bottom: win?.innerHeight ?? 0 } : scroller.getBoundingClientRect();
  const top = box.top + topInset;
  const height = box.bottom - top;
  // Comfortably visible: inside the box with a small margin. Otherwise bring it to a third down.
  if (height > 0 && (rect.top < top + 8 || rect.bottom > box.bottom - 8)) {
    scroller.scrollBy({ top: rect.top - top - height / 3, behavior: smooth ? 'smooth' : 'auto' });
  }
}
