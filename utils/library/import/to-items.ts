/**
 * Import candidates (any tool's entries, merged by canonical URL) as library items, ready for the
 * background to write: the fields a row shows (title, link, site, saved date, read state, tags)
 * and, where the tool kept the article, its body through the one HTML gate (`body`, which the
 * caller passes: sanitize-body.ts with the page's window). Pure: the clock and the gate are parameters.
 */
import { countText, readingMinutes, wordCount } from '../../extract/reading-time';
import type { TextDirection } from '../../extract/types';
import type { LibraryItem } from '../types';
import { MAX_TAG, MAX_TAGS } from '../validate-item';
import type { ImportCandidate } from './candidate';
import type { ImportedBody } from './sanitize-body';

/** The longest excerpt kept (a row shows one line of it). */
const EXCERPT_CHARS = 280;

/** A right-to-left script's first strong letter (Hebrew, Arabic, Syriac, Thaana, N'Ko…). */
const RTL_FIRST = /^[^\p{L}]*[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/u;

/** The site's name as the row shows it when a file names none: the host without `www.`. */
export function siteOf(url: string): string | null {
  try {
    return new URL(url).hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}

/** Tags as the library keeps them: cut to the bounds validate-item checks, each once. */
export function boundedTags(tags: readonly string[]): string[] {
  const cut = tags.map((tag) => tag.slice(0, MAX_TAG).trim()).filter((tag) => tag !== '');
  return [...new Set(cut)].slice(0, MAX_TAGS);
}

/** The row's excerpt: the text's start, without the title a saved page repeats as its first line. */
export function excerptOf(text: string, title: string): string | null {
  const body = text.startsWith(title) ? text.slice(title.length).trimStart() : text;
  return body ? body.slice(0, EXCERPT_CHARS) : null;
}

/** One candidate as a library item; `now` stands in for dates the file does not give. */
export function candidateToItem(candidate: ImportCandidate, body: (c: ImportCandidate) => ImportedBody, now: number): LibraryItem {
  const { html, text } = candidate.text !== undefined || candidate.untrustedHtml !== undefined ? body(candidate) : { html: '', text: '' };
  const counts = countText(text);
  const savedAt = Math.min(candidate.savedAt ?? now, now);
  const dir: TextDirection = RTL_FIRST.test(candidate.title) ? 'rtl' : 'ltr';
  return {
    canonicalUrl: candidate.canonicalUrl,
    url: candidate.url,
    title: candidate.title,
    byline: null,
    siteName: siteOf(candidate.url),
    publishedTime: null,
    // The file does not say; "und" keeps the browser from guessing a language for hyphenation or voice.
    lang: 'und',
    dir,
    excerpt: excerptOf(text, candidate.title),
    leadImage: null,
    wordCount: wordCount(counts),
    readingMinutes: text ? readingMinutes(counts) : 0,
    savedAt,
    updatedAt: now,
    read: candidate.read,
    // When it was read is not in any of these files: the import is when the library learnt it.
    readAt: candidate.read ? now : null,
    progress: 0,
    tags: boundedTags(candidate.tags),
    html,
    text,
  };
}
