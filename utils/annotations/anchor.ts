/**
 * Anchoring: turning a reader's selection into selectors that survive changes to the article
 * (`describeRange`), and selectors back into a DOM range (`anchorSelectors`). Both count over the
 * root's text, the concatenation of its text nodes, so what is stored does not depend on markup:
 * a highlight across paragraphs, into a link or a list item is one stretch of text. The string
 * search itself is `match-quote.ts`; this module only maps between DOM points and text offsets.
 */
import { snapToGraphemes } from './graphemes';
import { matchQuote } from './match-quote';
import { currentTextIndex, offsetOfPoint, pointAtOffset, type TextIndex } from './text-index';
import { QUOTE_CONTEXT_LENGTH, type TextPositionSelector, type TextQuoteSelector } from './types';

/** The selectors that describe one range. */
export interface RangeSelectors {
  quote: TextQuoteSelector;
  position: TextPositionSelector;
}

/** What `anchorSelectors` needs: a quote, and the stored position when there is one (imports may lack it). */
export interface AnchorTarget {
  quote: TextQuoteSelector;
  position?: TextPositionSelector | null;
}

const isHigh = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;

/** The offset where `range`'s boundary falls in the root's text, or null when the boundary is in another tree. */
function boundaryOffset(index: TextIndex, root: Element, container: Node, offset: number): number | null {
  if (container.getRootNode() !== root.getRootNode()) return null;
  return offsetOfPoint(index, root, container, offset);
}

/**
 * Describes a range inside `root`: the quote (snapped out to whole grapheme clusters, so a
 * selection that ends inside a Devanagari cluster takes all of it) with 32 characters of context
 * on each side, and its position. The parts of a range outside `root` are left out; a range with
 * no part inside `root` (or in another document or shadow tree) gives an empty quote, which
 * callers refuse as a highlight.
 */
export function describeRange(root: Element, range: Range): RangeSelectors {
  const index = currentTextIndex(root);
  const { text } = index;
  const rawStart = boundaryOffset(index, root, range.startContainer, range.startOffset);
  const rawEnd = boundaryOffset(index, root, range.endContainer, range.endOffset);
  const { start, end } = rawStart === null || rawEnd === null ? { start: 0, end: 0 } : snapToGraphemes(text, rawStart, rawEnd);
  let prefixStart = Math.max(0, start - QUOTE_CONTEXT_LENGTH);
  let suffixEnd = Math.min(text.length, end + QUOTE_CONTEXT_LENGTH);
  // Context is cut by code units: never keep half a surrogate pair (a lone surrogate is not valid Unicode in an export file).
  if (prefixStart > 0 && isLow(text.charCodeAt(prefixStart)) && isHigh(text.charCodeAt(prefixStart - 1))) prefixStart += 1;
  if (suffixEnd < text.length && isLow(text.charCodeAt(suffixEnd)) && isHigh(text.charCodeAt(suffixEnd - 1))) suffixEnd -= 1;
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(prefixStart, start),
      suffix: text.slice(end, suffixEnd),
    },
    position: { type: 'TextPositionSelector', start, end },
  };
}

/**
 * Finds a stored highlight in `root` again: a range over the quote where it now stands (by position,
 * else exact quote with context, else ignoring whitespace, else fuzzily; see `match-quote.ts`), or
 * null when it cannot be found. Never throws: the target may come from an import file, and one bad
 * highlight must not stop the others from being painted.
 */
export function anchorSelectors(root: Element, target: AnchorTarget): Range | null {
  try {
    const { quote, position } = target;
    if (typeof quote?.exact !== 'string') return null;
    const index = currentTextIndex(root);
    const context = { exact: quote.exact, prefix: stringOr(quote.prefix), suffix: stringOr(quote.suffix) };
    const hint = position && typeof position === 'object' ? { start: position.start, end: position.end } : null;
    const match = matchQuote(index.text, context, hint);
    if (!match) return null;
    const start = pointAtOffset(index, match.start, 'start');
    const end = pointAtOffset(index, match.end, 'end');
    if (!start || !end) return null;
    const range = root.ownerDocument.createRange();
    range.setStart(start.node, start.offset);
    range.setEnd(end.node, end.offset);
    return range;
  } catch {
    // A malformed target (a getter that throws, a hostile object) is a highlight that cannot be anchored, not a crash.
    return null;
  }
}

/** The value when it is a string, else '' (context is optional in imported selectors). */
function stringOr(value: unknown): string {
  return typeof value === 'string' ? value : '';
}
