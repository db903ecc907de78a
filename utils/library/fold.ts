/**
 * Search folding: the same text typed with or without capitals and accents finds the same
 * article. Only marks that are optional in their script are removed — Latin, Greek and Cyrillic
 * combining diacritics and Arabic tashkeel. Devanagari vowel signs and viramas, Thai vowels, Hebrew
 * letters and Arabic letters are part of the word and stay, or "किताब" would match "कतब".
 */

/** Generic combining diacritics (used by Latin, Greek and Cyrillic) after compatibility decomposition. */
// Marks written as escapes on purpose: the class lists lone combining marks, which is what the lint rule warns about.
// eslint-disable-next-line no-misleading-character-class
const COMBINING_DIACRITICS = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/g;

/**
 * Arabic harakat/tashkeel (fathatan…sukun, superscript alef, Quranic annotation marks) and the
 * tatweel (a justification stretch, not a letter). The hamza and madda marks U+0653–U+0655 are
 * not here: they only occur inside letters, which NFC keeps precomposed.
 */
const ARABIC_MARKS = /[\u0610-\u061a\u064b-\u0652\u0656-\u065f\u0670\u06d6-\u06dc\u06df-\u06e4\u06e7\u06e8\u06ea-\u06ed\u0640]/g;

/** Alef with madda, hamza above/below, and wasla are searched as a plain alef, as Arabic search engines do. */
const ARABIC_ALEF_FORMS = /[\u0622\u0623\u0625\u0671]/g;

/** True when `text` has anything beyond ASCII (the common English case skips the Unicode work). */
const NON_ASCII = /[\u0080-\uffff]/;

/**
 * Folds `text` for indexing and querying: lower case, compatibility forms (full-width Latin,
 * ligatures) to their plain forms, optional diacritics removed. Deterministic and pure; both the
 * index and the query go through it, so they always agree.
 */
export function foldForSearch(text: string): string {
  const lower = text.toLowerCase();
  if (!NON_ASCII.test(lower)) return lower;
  return lower
    .replace(/ß/g, 'ss')
    .replace(/ς/g, 'σ')
    .normalize('NFKD')
    .replace(COMBINING_DIACRITICS, '')
    .normalize('NFC')
    .replace(ARABIC_MARKS, '')
    .replace(ARABIC_ALEF_FORMS, '\u0627');
}
