/**
 * Language and direction. The page's own `lang`/`dir` win; when a page omits them (many do),
 * the dominant script of the text decides, so an Arabic page without `dir` still reads right to left.
 */
import type { TextDirection } from './types';

/** Languages written right to left (primary subtags). */
const RTL_LANGS = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'ha', 'he', 'iw', 'khw', 'ks', 'ku', 'ps', 'sd', 'ur', 'yi', 'ug']);

/** Scripts we can guess a language from, when the page does not say, checked on a sample of the text. */
const SCRIPT_LANGS: [RegExp, string][] = [
  [/\p{Script=Devanagari}/gu, 'hi'],
  [/\p{Script=Arabic}/gu, 'ar'],
  [/\p{Script=Hebrew}/gu, 'he'],
  [/[\p{Script=Hiragana}\p{Script=Katakana}]/gu, 'ja'],
  [/\p{Script=Han}/gu, 'zh'],
  [/\p{Script=Hangul}/gu, 'ko'],
  [/\p{Script=Cyrillic}/gu, 'ru'],
  [/\p{Script=Bengali}/gu, 'bn'],
  [/\p{Script=Thai}/gu, 'th'],
  [/\p{Script=Greek}/gu, 'el'],
  [/\p{Script=Latin}/gu, 'und-Latn'],
];

/** Normalizes a page's lang attribute ("en_US", " HI ") to a BCP 47 tag, or null if unusable. */
export function normalizeLang(value: string | null | undefined): string | null {
  const tag = value?.trim().replace(/_/g, '-');
  if (!tag || !/^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i.test(tag)) return null;
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? null;
  } catch {
    return null;
  }
}

/** Guesses a language from the dominant script of `text` (first 2,000 characters). */
export function guessLangFromText(text: string): string {
  const sample = text.slice(0, 2000);
  let best = 'und';
  let bestCount = 0;
  for (const [re, lang] of SCRIPT_LANGS) {
    const count = sample.match(re)?.length ?? 0;
    // Japanese text is full of Han; any kana at all makes it Japanese.
    if (lang === 'ja' && count > 5) return 'ja';
    if (count > bestCount) {
      best = lang;
      bestCount = count;
    }
  }
  return best === 'und-Latn' ? 'und' : best;
}

/** Direction for a language tag. */
export function dirForLang(lang: string): TextDirection {
  const primary = lang.split('-')[0]?.toLowerCase() ?? '';
  return RTL_LANGS.has(primary) ? 'rtl' : 'ltr';
}

/**
 * The article's language: the page's declared language unless the text's script contradicts it
 * (a Hindi story on a site whose template says lang="en"), else the script's language.
 */
export function resolveLanguage(declared: string | null | undefined, text: string): string {
  const normalized = normalizeLang(declared);
  const guessed = guessLangFromText(text);
  if (!normalized) return guessed;
  if (guessed === 'und') return normalized;
  const primary = normalized.split('-')[0];
  const compatible =
    primary === guessed ||
    (guessed === 'zh' && primary === 'ja') ||
    (guessed === 'hi' && ['mr', 'ne', 'sa', 'kok', 'mai', 'bho'].includes(primary ?? '')) ||
    (guessed === 'ar' && ['fa', 'ur', 'ps', 'ckb', 'sd', 'ug'].includes(primary ?? '')) ||
    (guessed === 'he' && primary === 'yi') ||
    (guessed === 'ru' && ['uk', 'be', 'bg', 'sr', 'mk', 'kk', 'ky', 'mn', 'tg'].includes(primary ?? ''));
  return compatible ? normalized : guessed;
}
