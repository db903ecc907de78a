/**
 * Word counts and reading time that are fair to every script. Alphabetic and abugida scripts
 * (Latin, Cyrillic, Devanagari, Arabic, Hebrew, Korean Hangul) are read in words; Chinese and
 * Japanese have no spaces and are read in characters.
 */

/** Words per minute for scripts read word by word (a common estimate for adult silent reading). */
export const WORDS_PER_MINUTE = 230;
/** Characters per minute for Chinese and Japanese (measured reading rates cluster around 350–500). */
export const CJK_CHARS_PER_MINUTE = 400;

const CJK_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;
const WORD = /[\p{L}\p{N}\p{M}_'’-]+/gu;

/** Counts of what a reader reads: CJK characters and other words. */
export interface TextCounts {
  words: number;
  cjkChars: number;
}

/** Counts words outside CJK runs and characters inside them. */
export function countText(text: string): TextCounts {
  const cjkChars = text.match(CJK_CHAR)?.length ?? 0;
  const rest = cjkChars ? text.replace(CJK_CHAR, ' ') : text;
  const words = rest.match(WORD)?.length ?? 0;
  return { words, cjkChars };
}

/** The number shown as "words": words, plus CJK characters counted as words would be read. */
export function wordCount(counts: TextCounts): number {
  return counts.words + counts.cjkChars;
}

/** Estimated minutes to read, rounded up, at least 1. */
export function readingMinutes(counts: TextCounts): number {
  const minutes = counts.words / WORDS_PER_MINUTE + counts.cjkChars / CJK_CHARS_PER_MINUTE;
  return Math.max(1, Math.ceil(minutes));
}
