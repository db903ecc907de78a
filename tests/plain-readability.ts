/**
 * The baseline the page fixtures are measured against: plain Readability on a clone, its body
 * sanitized and turned into text exactly as the pipeline does, its title/byline/site/date taken as
 * Readability gives them. This is what `extractArticle` was before any cleanup steps existed, kept
 * here so tests/pages/STATUS.md can show, per page, what Readability alone gets wrong next to what
 * the current pipeline still gets wrong. Only the status script uses it; no test depends on it.
 */
import { Readability } from '@mozilla/readability';
import { dirForLang, resolveLanguage } from '../utils/extract/language';
import { sanitizeHtml } from '../utils/extract/sanitize';
import { blockText } from '../utils/extract/text';
import type { ExtractResult, TextDirection } from '../utils/extract/types';

/** Readability's answer for `doc`, shaped like `extractArticle`'s (fields the fixtures check are real; counts are not computed). */
export function plainReadability(doc: Document, url: string): ExtractResult {
  const win = doc.defaultView;
  if (!win || !doc.body) return { ok: false, error: 'unsupported-document', message: 'Not an HTML document with a window' };
  const parsed = new Readability(doc.cloneNode(true) as Document, { charThreshold: 500 }).parse();
  if (!parsed?.content) return { ok: false, error: 'not-article', message: 'Readability found no main block' };
  const html = sanitizeHtml(parsed.content, win);
  const box = doc.implementation.createHTMLDocument('').createElement('div');
  box.innerHTML = html;
  const text = blockText(box);
  if (text.length < 200) return { ok: false, error: 'not-article', message: `Only ${text.length} characters of text` };
  const lang = resolveLanguage(parsed.lang ?? doc.documentElement.getAttribute('lang'), text);
  const pageDir = (parsed.dir ?? doc.documentElement.getAttribute('dir') ?? '').toLowerCase();
  const dir: TextDirection = pageDir === 'rtl' || pageDir === 'ltr' ? pageDir : dirForLang(lang);
  const published = parsed.publishedTime ?? doc.querySelector('meta[property="article:published_time"]')?.getAttribute('content');
  const time = published ? Date.parse(published) : Number.NaN;
  return {
    ok: true,
    value: {
      article: {
        title: parsed.title?.trim() || doc.title.trim() || url,
        byline: parsed.byline?.trim() || null,
        siteName: parsed.siteName?.trim() || null,
        publishedTime: Number.isNaN(time) ? null : new Date(time).toISOString(),
        lang,
        dir,
        excerpt: parsed.excerpt?.trim() || null,
        leadImage: null,
        html,
        text,
        wordCount: 0,
        readingMinutes: 0,
        url,
        canonicalUrl: url,
      },
      removed: { blocks: [], steps: [], guard: [] },
    },
  };
}
