/**
 * An imported article's body through the one HTML gate: another tool's saved page is untrusted
 * markup (an export file can carry anything), so it becomes `SanitizedHtml` only through
 * `sanitizeHtml` (utils/extract/sanitize.ts, DOMPurify), and its plain text is read from what the
 * gate let through, never from the raw file. Plain text a tool kept (no HTML) is escaped into
 * paragraphs and passes the same gate. `win` is a window to parse in: the library page's, or a DOM
 * library's in tests (DOMPurify needs a DOM, which Chromium's background service worker lacks).
 */
import { sanitizeHtml } from '../../extract/sanitize';
import type { SanitizedHtml } from '../../extract/types';

/** A body as the library stores it: sanitized HTML and the text it shows. */
export interface ImportedBody {
  html: SanitizedHtml;
  text: string;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Plain text as paragraphs of markup, every character escaped. */
function paragraphs(text: string): string {
  return text
    .split(/\n\s*\n|\r\n\s*\r\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .map((p) => `<p>${p.replace(/[&<>"]/g, (c) => ESCAPES[c]!)}</p>`)
    .join('');
}

/** The text of sanitized markup, block by block (parsed inert: a template's content runs nothing). */
function textOf(html: SanitizedHtml, win: Window): string {
  const template = win.document.createElement('template');
  template.innerHTML = html;
  const blocks = template.content.querySelectorAll('p, li, h1, h2, h3, h4, h5, h6, blockquote, pre, td, figcaption');
  const text =
    blocks.length > 0
      ? Array.from(blocks, (el) => el.textContent?.trim() ?? '').filter((t) => t !== '')
      : [template.content.textContent ?? ''];
  return text
    .join('\n')
    .replace(/[ \t]+/g, ' ')
    .trim();
}

/** The stored body for a tool's HTML and/or text; both empty when the file kept neither (a link only). */
export function importedBody(input: { untrustedHtml?: string; text?: string }, win: Window): ImportedBody {
  const raw = input.untrustedHtml ?? (input.text ? paragraphs(input.text) : '');
  if (raw.trim() === '') return { html: '' as SanitizedHtml, text: '' };
  const html = sanitizeHtml(raw, win);
  const text = textOf(html, win);
  return { html: text === '' ? ('' as SanitizedHtml) : html, text: text === '' && input.text ? input.text.trim() : text };
}
