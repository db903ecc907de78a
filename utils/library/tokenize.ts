/**
 * Words for the search index and for queries. `Intl.Segmenter` finds word boundaries in every
 * script, including those written without spaces (Chinese, Japanese, Thai), with the ICU
 * dictionaries both browsers ship; the text is folded first (fold.ts) so case and optional
 * diacritics never matter.
 */
import { foldForSearch } from './fold';

/** Longer "words" (URLs, base64, hashes) are cut here: they still match by prefix, and the index stays small. */
export const MAX_TOKEN_LENGTH = 40;

/** A segment that holds a letter or a digit is a word; spaces and punctuation are not. */
const WORDISH = /[\p{L}\p{N}]/u;

let segmenter: Intl.Segmenter | null = null;

/**
 * One segmenter for all text. The locale is fixed so the index does not depend on the UI
 * language: ICU's word rules are the same for all locales, and its CJK and Thai dictionaries are
 * used whatever the locale.
 */
function wordSegmenter(): Intl.Segmenter {
  segmenter ??= new Intl.Segmenter('en', { granularity: 'word' });
  return segmenter;
}

/** The folded words of `text`, in order, with repeats. */
export function words(text: string): string[] {
  const out: string[] = [];
  for (const segment of wordSegmenter().segment(foldForSearch(text))) {
    // Not `isWordLike`: Firefox 153 reports false for words ending in a combining vowel sign
    // ("सीटों", "में") and for some CJK words, so a word is any segment with a letter or digit.
    if (!WORDISH.test(segment.segment)) continue;
    out.push(segment.segment.length > MAX_TOKEN_LENGTH ? segment.segment.slice(0, MAX_TOKEN_LENGTH) : segment.segment);
  }
  return out;
}

/** The distinct folded words of all `parts` (title, site, body…): what the index stores for one article. */
export function indexTokens(...parts: (string | null | undefined)[]): Set<string> {
  const tokens = new Set<string>();
  for (const part of parts) {
    if (part) for (const word of words(part)) tokens.add(word);
  }
  return tokens;
}

/** A parsed search query: every word must match; the last one may match as a prefix. */
export interface ParsedQuery {
  /** Words that must match exactly. */
  exact: string[];
  /** The word being typed (matched as a prefix), or null when the query ends with a space or punctuation. */
  prefix: string | null;
}

/** Parses what the user typed in the search box. */
export function parseQuery(query: string): ParsedQuery {
  const all = words(query);
  const typingLastWord = all.length > 0 && !/[\s\p{P}]$/u.test(query);
  const prefix = typingLastWord ? (all.pop() ?? null) : null;
  const exact = [...new Set(all)];
  // "tree tre": the exact word already requires what the prefix would.
  return prefix !== null && exact.some((word) => word.startsWith(prefix)) ? { exact, prefix: null } : { exact, prefix };
}
