// The string search behind anchoring, without a DOM: each strategy in turn, and the bounds that
// keep a pathological quote or text from hanging the reader.
import { describe, expect, it } from 'vitest';
import { fuzzyAffordable, MAX_ERROR_RATIO, MAX_FUZZY_QUOTE, matchQuote, type QuoteToFind } from '../match-quote';

/** The quote at `start` in `text` with 32 characters of context, as describeRange would store it. */
function quoteAt(text: string, start: number, length: number): QuoteToFind {
  return {
    exact: text.slice(start, start + length),
    prefix: text.slice(Math.max(0, start - 32), start),
    suffix: text.slice(start + length, start + length + 32),
  };
}

const TEXT = 'The committee met on Tuesday. The committee agreed on the budget. The committee adjourned at noon.';

describe('matchQuote', () => {
  it('uses the stored position when the quote is still there', () => {
    const start = TEXT.indexOf('agreed');
    expect(matchQuote(TEXT, quoteAt(TEXT, start, 6), { start, end: start + 6 })).toEqual({ start, end: start + 6, method: 'position' });
  });

  it('does not trust a position whose text differs, nor one whose length differs from the quote', () => {
    const start = TEXT.indexOf('agreed');
    expect(matchQuote(TEXT, quoteAt(TEXT, start, 6), { start: start + 3, end: start + 9 })).toMatchObject({ start, method: 'exact' });
    expect(matchQuote(TEXT, quoteAt(TEXT, start, 6), { start, end: start + 4 })).toMatchObject({ start, end: start + 6, method: 'exact' });
  });

  it('chooses among repeated quotes by context, then by distance to the stored position', () => {
    const second = TEXT.indexOf('The committee', 1);
    const quote = quoteAt(TEXT, second, 13);
    // The stored position is off by one (text changed), and nearest the first occurrence; the context picks the second.
    expect(matchQuote(TEXT, quote, { start: 1, end: 14 })).toMatchObject({ start: second, method: 'exact' });
    expect(matchQuote(TEXT, quote)).toMatchObject({ start: second });
    // Context edited a little right next to the quote still points at the right occurrence.
    const edited = TEXT.replace('Tuesday.', 'Tuesday!');
    expect(matchQuote(edited, quote)).toMatchObject({ start: second });
    // No context at all: the nearest to the stored position, else the first.
    const bare = { exact: 'The committee', prefix: '', suffix: '' };
    expect(matchQuote(TEXT, bare, { start: 90, end: 103 })).toMatchObject({ start: TEXT.lastIndexOf('The committee') });
    expect(matchQuote(TEXT, bare)).toMatchObject({ start: 0 });
  });

  it('scores only the occurrences nearest the stored position of a quote that occurs very often', () => {
    const text = 'ab '.repeat(100_000);
    const hint = 3 * 77_777;
    expect(matchQuote(text, { exact: 'ab', prefix: '', suffix: '' }, { start: hint + 1, end: hint + 3 })).toMatchObject({ start: hint });
  });

  it('ignores whitespace, soft hyphens and zero-width spaces when the exact text is gone', () => {
    const text = 'A long\u00a0and   winding\nroad, wind\u00adswept.';
    expect(matchQuote(text, { exact: 'long and winding road', prefix: 'A ', suffix: ', ' })).toEqual({
      start: 2,
      end: text.indexOf(','),
      method: 'whitespace',
    });
    expect(matchQuote(text, { exact: 'windswept', prefix: '', suffix: '' })).toMatchObject({
      method: 'whitespace',
      start: text.indexOf('wind\u00ad'),
    });
    expect(matchQuote(text, { exact: '\t\t', prefix: '', suffix: '' })).toBeNull();
  });

  it('finds an edited quote fuzzily, within a quarter of its length', () => {
    const text = 'Officials said the bridge would reopen in the autumn after repairs.';
    const match = matchQuote(text, { exact: 'the bridge will reopen in autumn', prefix: 'Officials said ', suffix: ' after' });
    expect(match?.method).toBe('fuzzy');
    expect(text.slice(match!.start, match!.end)).toBe('the bridge would reopen in the autumn');
    expect(matchQuote(text, { exact: 'a tunnel might close by winter', prefix: '', suffix: '' })).toBeNull();
    // Short quotes allow no edits at all (a quarter of three characters is none).
    expect(matchQuote(text, { exact: 'brx', prefix: '', suffix: '' })).toBeNull();
  });

  it('uses context to choose between fuzzy matches', () => {
    const text = 'First: the red fox ran. Second: the red fox ran.';
    const match = matchQuote(text, { exact: 'the red fix ran', prefix: 'Second: ', suffix: '.' });
    expect(match).toMatchObject({ method: 'fuzzy', start: text.lastIndexOf('the red') });
  });

  it('skips fuzzy search for a quote longer than its bound, returning promptly', () => {
    const words = Array.from({ length: 2_000 }, (_, i) => `word${i}`).join(' ');
    // The bound counts the quote without its whitespace: 2,600 characters of these words are more than 2,000 without it.
    const quote = words.slice(100, 100 + MAX_FUZZY_QUOTE + 600);
    const edited = words.replace('word150 ', 'wordX ');
    expect(matchQuote(edited, { exact: quote, prefix: '', suffix: '' })).toBeNull();
    // Within the bound, the same kind of edit is found.
    const shorter = words.slice(1_000, 2_000);
    expect(matchQuote(edited, { exact: shorter, prefix: '', suffix: '' })?.method).toBe('fuzzy');
  });

  it('skips fuzzy search over a text too long for the quote’s error budget', () => {
    const text = 'lorem ipsum dolor sit amet '.repeat(200_000);
    const exact = 'x'.repeat(1_500) + 'lorem';
    // The bound is on the work (text length × error blocks), not on a clock: this size is past it…
    expect(fuzzyAffordable(text.length, exact.length, Math.floor(exact.length * MAX_ERROR_RATIO))).toBe(false);
    // …and the same quote over a short text is within it.
    expect(fuzzyAffordable(10_000, exact.length, Math.floor(exact.length * MAX_ERROR_RATIO))).toBe(true);
    expect(matchQuote(text, { exact, prefix: '', suffix: '' })).toBeNull();
  });

  it('returns null for an empty quote', () => {
    expect(matchQuote(TEXT, { exact: '', prefix: '', suffix: '' })).toBeNull();
  });

  it('widens any match to whole grapheme clusters', () => {
    // "स्त" is a conjunct followed here by the vowel sign े: a match ending on त takes the ॆ too.
    const text = 'नमस्ते दुनिया';
    expect(matchQuote(text, { exact: 'नमस्त', prefix: '', suffix: '' })).toMatchObject({ start: 0, end: 'नमस्ते'.length });
    // A match starting on a vowel sign moves back to its consonant.
    expect(matchQuote(text, { exact: 'ुनिया', prefix: '', suffix: '' })).toMatchObject({ start: text.indexOf('दुनिया') });
  });
});
