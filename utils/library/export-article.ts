/**
 * One article as a file of its own: Markdown (for notes apps) and a standalone HTML page (opens
 * anywhere, offline, with no script and a content security policy that allows none). The body
 * must already be sanitized: the caller passes it through sanitizeHtml first.
 */
import TurndownService from 'turndown';
import type { SanitizedHtml } from '../extract/types';
import type { ArticleMeta } from './types';

/** Text safe inside HTML element content and attribute values. */
function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** Text safe as Markdown inline text (no accidental emphasis, links or headings). */
function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]<>#|])/g, '\\$1');
}

/** The article as Markdown: a title, a line of who/where/when, a link to the original, then the body. */
export function articleToMarkdown(meta: ArticleMeta, html: SanitizedHtml): string {
  const turndown = new TurndownService({ headingStyle: 'atx', codeBlockStyle: 'fenced', bulletListMarker: '-', emDelimiter: '*' });
  const about = [meta.byline, meta.siteName, meta.publishedTime?.slice(0, 10)].filter(Boolean).map((s) => escapeMarkdown(s!));
  const head = [`# ${escapeMarkdown(meta.title)}`, about.length ? `*${about.join(' · ')}*` : null, `<${meta.url}>`].filter(Boolean);
  return `${head.join('\n\n')}\n\n${turndown.turndown(html).trim()}\n`;
}

/** The article as a complete HTML document that needs nothing else to open. */
export function articleToHtml(meta: ArticleMeta, html: SanitizedHtml): string {
  const lang = meta.lang === 'und' ? '' : ` lang="${escapeHtml(meta.lang)}"`;
  const about = [meta.byline, meta.siteName, meta.publishedTime?.slice(0, 10)].filter(Boolean).map((s) => escapeHtml(s!));
  return `<!doctype html>
<html${lang} dir="${meta.dir}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src https: http: data:; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(meta.title)}</title>
<style>body{max-width:42em;margin:2em auto;padding:0 1em;font:1.1em/1.6 Georgia,'Noto Serif','Noto Serif Devanagari','Noto Naskh Arabic',serif;color:#1f1d1a;background:#fbf7ee}img{max-width:100%;height:auto}.about{color:#5e5850}</style>
</head>
<body>
<article>
<h1>${escapeHtml(meta.title)}</h1>
${about.length ? `<p class="about">${about.join(' · ')}</p>\n` : ''}${html}
<footer><p><a href="${escapeHtml(meta.url)}">${escapeHtml(meta.url)}</a></p></footer>
</article>
</body>
</html>
`;
}
