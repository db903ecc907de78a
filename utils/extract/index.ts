/**
 * extractArticle(): Document in, Article (or a typed failure) out. Pure: it reads the document it
 * is given, works on a clone, and never touches the live page, browser APIs, storage or UI.
 *
 * The steps, in order, and why each sits where it does:
 * 1. Refuse what is not an HTML page (XML, SVG, framesets) before any work.
 * 2. Clone the document: Readability mutates what it parses, and the page must stay as it was.
 * 3. Readability finds the main block, title, byline, excerpt and site name on the clone.
 * 4. Sanitize the block once (DOMPurify): everything after this point handles only safe HTML.
 * 5. Derive text, counts, language and direction from the sanitized body, so they describe
 *    exactly what the reader shows.
 */
import { Readability } from '@mozilla/readability';
import { resolveLanguage, dirForLang } from './language';
import { countText, readingMinutes, wordCount } from './reading-time';
import { sanitizeHtml } from './sanitize';
import { blockText } from './text';
import type { Article, ExtractResult, TextDirection } from './types';

export type { Article, ExtractResult, ExtractFailure, SanitizedHtml } from './types';

/** Below this many characters of body text a page is not treated as an article. */
const MIN_ARTICLE_CHARS = 200;

/** First content of the named meta tag, trimmed, or null. */
function meta(doc: Document, ...names: string[]): string | null {
  for (const name of names) {
    const el = doc.querySelector(`meta[property="${name}"], meta[name="${name}"], meta[itemprop="${name}"]`);
    const value = el?.getAttribute('content')?.trim();
    if (value) return value;
  }
  return null;
}

/** `value` resolved against `base`, or null when it is not a usable http(s) URL. */
function absoluteUrl(value: string | null | undefined, base: string): string | null {
  if (!value) return null;
  try {
    const url = new URL(value.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** An ISO date from `value`, or null if it does not parse. */
function isoDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const time = Date.parse(value);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}

/**
 * Extracts the main article from `doc`.
 * @param doc the page (never modified).
 * @param url the page's address, for resolving links and images and as the article's identity.
 */
export function extractArticle(doc: Document, url: string): ExtractResult {
  if (!doc.documentElement || doc.documentElement.nodeName.toLowerCase() !== 'html' || !doc.body) {
    return { ok: false, reason: 'unsupported-document', detail: 'Not an HTML document' };
  }
  const win = doc.defaultView;
  if (!win) return { ok: false, reason: 'unsupported-document', detail: 'Document has no window' };

  const clone = doc.cloneNode(true) as Document;
  const parsed = new Readability(clone, { charThreshold: 500 }).parse();
  if (!parsed?.content) {
    return { ok: false, reason: 'not-article', detail: 'No main block of prose found' };
  }

  const html = sanitizeHtml(parsed.content, win);
  // An inert document: nothing parsed into it loads or runs, even before sanitizing would matter.
  const container = doc.implementation.createHTMLDocument('').createElement('div');
  container.innerHTML = html;
  const text = blockText(container);
  if (text.length < MIN_ARTICLE_CHARS) {
    return { ok: false, reason: 'not-article', detail: `Only ${text.length} characters of text` };
  }

  const lang = resolveLanguage(parsed.lang ?? doc.documentElement.getAttribute('lang'), text);
  const pageDir = (parsed.dir ?? doc.documentElement.getAttribute('dir') ?? '').toLowerCase();
  const dir: TextDirection = pageDir === 'rtl' || pageDir === 'ltr' ? pageDir : dirForLang(lang);
  const counts = countText(text);
  const canonical = doc.querySelector('link[rel~="canonical"]')?.getAttribute('href') ?? meta(doc, 'og:url');
  const leadImage = absoluteUrl(meta(doc, 'og:image', 'twitter:image', 'twitter:image:src'), url);

  const article: Article = {
    title: parsed.title?.trim() || doc.title.trim() || url,
    byline: parsed.byline?.trim() || null,
    siteName: parsed.siteName?.trim() || null,
    publishedTime: isoDate(parsed.publishedTime ?? meta(doc, 'article:published_time')),
    lang,
    dir,
    excerpt: parsed.excerpt?.trim() || null,
    leadImage,
    html,
    text,
    wordCount: wordCount(counts),
    readingMinutes: readingMinutes(counts),
    url,
    canonicalUrl: absoluteUrl(canonical, url) ?? url,
  };
  return { ok: true, article };
}
