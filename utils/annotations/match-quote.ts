/**
 * Finds a stored quote again in a text that may have changed since it was highlighted: a pure
 * string search, so every strategy is tested without a DOM. Tried in order, cheapest and surest
 * first, stopping at the first that finds it:
 *
 * 1. **position**: the quote is still exactly at its stored offsets (the article is unchanged);
 * 2. **exact**: the quote occurs elsewhere; of several, the one whose prefix and suffix differ
 *    least from the stored ones, then the one nearest the stored position (text added above moves
 *    it; context tells a repeated phrase apart);
 * 3. **whitespace**: as 2, ignoring whitespace, soft hyphens and zero-width spaces (re-extraction
 *    often changes line breaks and spacing, never words);
 * 4. **fuzzy**: the closest approximate match (Myers' bit-parallel search from approx-string-match,
 *    as Hypothesis uses), at most a quarter of the quote's length in edits, scored with its context.
 *
 * The result is widened to whole grapheme clusters, so it never splits a Devanagari conjunct or an
 * accent from its letter, whichever strategy found it.
 */
import search from 'approx-string-match';
import { snapToGraphemes } from './graphemes';

/** Which strategy found the quote. */
export type MatchMethod = 'position' | 'exact' | 'whitespace' | 'fuzzy';

/** Where the quote was found, as offsets into the text. */
export interface QuoteMatch {
  start: number;
  end: number;
  method: MatchMethod;
}

/** The quote to find: the text and its stored context. */
export interface QuoteToFind {
  exact: string;
  prefix: string;
  suffix: string;
}

/** The stored position, a first guess that is checked, never trusted. */
export interface PositionHint {
  start: number;
  end: number;
}

/** A fuzzy match may differ from the quote by at most this share of the quote's length (insertions, deletions, substitutions). */
export const MAX_ERROR_RATIO = 0.25;

/**
 * Fuzzy search (over the text and quote without whitespace) is skipped past these bounds, because
 * its cost grows with the text's length times the number of 32-character blocks the allowed errors
 * span: a 2,000-character quote (500 errors, 17 blocks) over 600,000 characters is about 10 million
 * block steps, a quarter of a second here. A longer quote, or a quote in a longer text, is found
 * exactly (or ignoring whitespace) or not at all, and is listed as a highlight that could not be placed.
 */
export const MAX_FUZZY_QUOTE = 2_000;
const MAX_FUZZY_WORK = 10_000_000;

/**
 * The most occurrences of the quote that are scored by their context (the nearest the stored
 * position are kept): a one-letter quote in a long text can occur a hundred thousand times, and
 * context this far from the stored position would not win anyway.
 */
const MAX_CANDIDATES = 1_000;

/** A place the quote (or an approximation of it) occurs, and how many edits it is from the quote. */
interface Candidate {
  start: number;
  end: number;
  errors: number;
}

/** Fewest edits between `expected` and the best-matching part of `actual` (all of `expected` when `actual` is empty). */
function editsWithin(actual: string, expected: string): number {
  if (!expected) return 0;
  const matches = search(actual, expected, expected.length);
  return matches.length ? Math.min(...matches.map((m) => m.errors)) : expected.length;
}

/**
 * The candidate with the fewest edits across quote, prefix and suffix together, then the one
 * nearest the stored start, then the first. Edits are counted in characters so the three add up.
 */
function best(text: string, candidates: readonly Candidate[], quote: QuoteToFind, hint: number | null): Candidate | null {
  let chosen: Candidate | null = null;
  let chosenCost = Infinity;
  let chosenDistance = Infinity;
  for (const candidate of candidates) {
    const before = text.slice(Math.max(0, candidate.start - quote.prefix.length), candidate.start);
    const after = text.slice(candidate.end, candidate.end + quote.suffix.length);
    const cost = candidate.errors + editsWithin(before, quote.prefix) + editsWithin(after, quote.suffix);
    const distance = hint === null ? 0 : Math.abs(candidate.start - hint);
    if (cost < chosenCost || (cost === chosenCost && distance < chosenDistance)) {
      chosen = candidate;
      chosenCost = cost;
      chosenDistance = distance;
    }
  }
  return chosen;
}

/** Every exact occurrence of `needle`, at most MAX_CANDIDATES of them, the nearest `hint` kept. */
function occurrences(text: string, needle: string, hint: number | null): Candidate[] {
  const found: Candidate[] = [];
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
    found.push({ start: at, end: at + needle.length, errors: 0 });
  }
  if (found.length <= MAX_CANDIDATES) return found;
  if (hint !== null) found.sort((a, b) => Math.abs(a.start - hint) - Math.abs(b.start - hint));
  return found.slice(0, MAX_CANDIDATES);
}

/** Code units ignored by the whitespace-insensitive and fuzzy strategies: what `\s` matches, soft hyphen, zero-width space. */
function isIgnorable(code: number): boolean {
  return (
    (code >= 0x09 && code <= 0x0d) ||
    code === 0x20 ||
    code === 0xa0 ||
    code === 0xad ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200b) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** `text` without ignorable code units, and for each code unit kept its offset in `text`. */
interface Squeezed {
  text: string;
  origin: Int32Array;
}

function squeeze(text: string): Squeezed {
  const origin = new Int32Array(text.length);
  const parts: string[] = [];
  let kept = 0;
  let runStart = -1;
  for (let i = 0; i < text.length; i += 1) {
    if (isIgnorable(text.charCodeAt(i))) {
      if (runStart >= 0) parts.push(text.slice(runStart, i));
      runStart = -1;
      continue;
    }
    if (runStart < 0) runStart = i;
    origin[kept] = i;
    kept += 1;
  }
  if (runStart >= 0) parts.push(text.slice(runStart));
  return { text: parts.join(''), origin: origin.subarray(0, kept) };
}

/** A string without ignorable code units (for the quote and its context). */
function squeezeString(text: string): string {
  return squeeze(text).text;
}

/** How many kept code units come before `offset` of the original text (its offset in the squeezed text). */
function squeezedOffset(squeezed: Squeezed, offset: number): number {
  let lo = 0;
  let hi = squeezed.origin.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (squeezed.origin[mid]! < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A match in the squeezed text as offsets in the original: from its first kept code unit to just past its last. */
function unsqueeze(squeezed: Squeezed, match: Candidate): Candidate {
  return { start: squeezed.origin[match.start]!, end: squeezed.origin[match.end - 1]! + 1, errors: match.errors };
}

/** Whether a fuzzy search of this size stays within the time bound (see MAX_FUZZY_WORK). */
export function fuzzyAffordable(textLength: number, quoteLength: number, maxErrors: number): boolean {
  return quoteLength <= MAX_FUZZY_QUOTE && textLength * (Math.ceil(maxErrors / 32) + 1) <= MAX_FUZZY_WORK;
}

/**
 * Finds `quote` in `text`, starting from the stored `position` when there is one. Null when no
 * strategy finds it within its bounds (or the quote is empty): the highlight is then orphaned,
 * and the caller keeps it to show in a list rather than painting it in the wrong place.
 */
export function matchQuote(text: string, quote: QuoteToFind, position?: PositionHint | null): QuoteMatch | null {
  if (!quote.exact) return null;
  const found = (match: Candidate, method: MatchMethod): QuoteMatch => ({ ...snapToGraphemes(text, match.start, match.end), method });
  const validPosition =
    position && Number.isInteger(position.start) && Number.isInteger(position.end) && position.start >= 0 && position.start <= text.length;
  const hint = validPosition ? position.start : null;

  if (validPosition && text.startsWith(quote.exact, position.start) && position.end === position.start + quote.exact.length) {
    return found({ start: position.start, end: position.end, errors: 0 }, 'position');
  }

  const exact = best(text, occurrences(text, quote.exact, hint), quote, hint);
  if (exact) return found(exact, 'exact');

  const squeezed = squeeze(text);
  const squeezedQuote = { exact: squeezeString(quote.exact), prefix: squeezeString(quote.prefix), suffix: squeezeString(quote.suffix) };
  if (!squeezedQuote.exact) return null;
  const squeezedHint = hint === null ? null : squeezedOffset(squeezed, hint);
  const loose = best(squeezed.text, occurrences(squeezed.text, squeezedQuote.exact, squeezedHint), squeezedQuote, squeezedHint);
  if (loose) return found(unsqueeze(squeezed, loose), 'whitespace');

  const maxErrors = Math.floor(squeezedQuote.exact.length * MAX_ERROR_RATIO);
  if (maxErrors < 1 || !fuzzyAffordable(squeezed.text.length, squeezedQuote.exact.length, maxErrors)) return null;
  const approximate = search(squeezed.text, squeezedQuote.exact, maxErrors).filter((m) => m.end > m.start);
  const fuzzy = best(squeezed.text, approximate, squeezedQuote, squeezedHint);
  return fuzzy ? found(unsqueeze(squeezed, fuzzy), 'fuzzy') : null;
}
