/**
 * A link to the highlighted words on the original page, as a URL text fragment
 * (`#:~:text=start,end`, which Chromium, Safari and Firefox 131+ scroll to and mark; other browsers
 * just open the page). The original page is not the stored article, so this is best effort: the
 * directive names whole words only (browsers match text fragments at word boundaries, so a quote
 * that starts or ends inside a word drops that part word), collapses whitespace, and names a long
 * quote or one across lines by its first and last few words.
 */

/** A quote up to this long (after whitespace is collapsed) is named whole. */
const WHOLE_QUOTE = 80;
/** Otherwise its first and last words, at least this many characters of each. */
const EDGE = 24;

let words: Intl.Segmenter | null | undefined;

/** The word segmenter (word boundaries for every script, including those written without spaces), or null where there is none. */
function wordSegmenter(): Intl.Segmenter | null {
  if (words === undefined) words = typeof Intl.Segmenter === 'function' ? new Intl.Segmenter(undefined, { granularity: 'word' }) : null;
  return words;
}

/** A letter, mark or digit: the stuff of words (a quote edge between two of them is inside a word). */
const WORDY = /[\p{L}\p{M}\p{N}]/u;

/** Percent-encoding for a text directive's terms: `-`, `,` and `&` separate its parts, so they are encoded too. */
function encodeTerm(text: string): string {
  return encodeURIComponent(text).replace(/-/g, '%2D');
}

/**
 * The quote reduced to whole words: a part word at either edge (the prefix or suffix continues it)
 * is dropped. Without a word segmenter the quote is kept as it is.
 */
function wholeWords(exact: string, prefix: string, suffix: string): string {
  const seg = wordSegmenter();
  const text = exact
    .replace(/[\r\u2028\u2029]/g, '\n')
    .replace(/[^\S\n]+/g, ' ')
    .replace(/ ?\n[\s]*/g, '\n')
    .trim();
  if (!seg || !text) return text;
  const parts = [...seg.segment(text)];
  const cutStart = WORDY.test(prefix.slice(-1)) && WORDY.test(exact.slice(0, 1)) && parts[0]?.isWordLike;
  const cutEnd = WORDY.test(suffix.slice(0, 1)) && WORDY.test(exact.slice(-1)) && parts[parts.length - 1]?.isWordLike;
  // Chinese and Japanese segments are words of one to a few characters: dropping one loses little.
  const kept = parts.slice(cutStart ? 1 : 0, cutEnd ? parts.length - 1 : parts.length);
  return kept
    .map((part) => part.segment)
    .join('')
    .trim();
}

/** The first (or last) whole words of `text` making at least EDGE characters, beginning (or ending) on a word, not punctuation. */
function edgeWords(text: string, from: 'start' | 'end'): string {
  const seg = wordSegmenter();
  if (!seg) return from === 'start' ? text.slice(0, EDGE) : text.slice(-EDGE);
  const parts = [...seg.segment(text)];
  if (from === 'end') parts.reverse();
  let taken = '';
  for (const part of parts) {
    taken = from === 'start' ? taken + part.segment : part.segment + taken;
    if (part.isWordLike && taken.trim().length >= EDGE) break;
  }
  return taken.trim();
}

/** Whether a term has a letter or digit to match (a lone full stop is no place to end). */
const MEANINGFUL = /[\p{L}\p{N}]/u;

/** The text directive for a quote (`text=…`), or null when no whole word is left to name. */
export function textDirective(exact: string, prefix: string, suffix: string): string | null {
  const text = wholeWords(exact, prefix, suffix);
  if (!text) return null;
  const lines = text.split('\n');
  if (lines.length === 1 && text.length <= WHOLE_QUOTE) return `text=${encodeTerm(text)}`;
  // Browsers match a whole term within one block, so a quote across lines (paragraphs) is named by its first and last line.
  const first = lines[0]!;
  const start = edgeWords(first, 'start');
  const end = edgeWords(lines.length > 1 ? lines[lines.length - 1]! : first.slice(start.length), 'end');
  return MEANINGFUL.test(end) ? `text=${encodeTerm(start)},${encodeTerm(end)}` : `text=${encodeTerm(start)}`;
}

/**
 * `url` with a text fragment for the quote, keeping any fragment it has (`#part:~:text=…`). Null
 * for a URL that is not http(s) or file (the schemes the library saves): a link back must never be
 * `javascript:` or `data:`, whatever a stored item says.
 */
export function linkToQuote(url: string, quote: { exact: string; prefix: string; suffix: string } | null): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (!['https:', 'http:', 'file:'].includes(parsed.protocol)) return null;
  const directive = quote ? textDirective(quote.exact, quote.prefix, quote.suffix) : null;
  if (!directive) return parsed.href;
  // A URL may already carry a fragment directive: a second one would be ignored, so it is replaced.
  const base = parsed.href.replace(/:~:.*$/, '');
  return `${base}${base.includes('#') ? '' : '#'}:~:${directive}`;
}
