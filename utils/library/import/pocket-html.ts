/**
 * Pocket's legacy export (ril_export.html): one `<a href time_added tags>` per article, under the
 * "Unread" and "Read Archive" headings, which give the read state.
 */
import type { ParseOutput } from './candidate';
import { candidatesFromLinks } from './html-links';

/** Whether the text looks like Pocket's legacy HTML export. */
export function looksLikePocketHtml(text: string): boolean {
  return /<title>\s*Pocket Export\s*<\/title>/i.test(text) || (/time_added=/i.test(text) && /Read Archive/i.test(text));
}

/** Parses a ril_export.html. */
export function parsePocketHtml(text: string): ParseOutput {
  return candidatesFromLinks(text, (link) => ({
    savedAt: link.attrs.time_added,
    read: /archive|read/i.test(link.heading ?? '') && !/unread/i.test(link.heading ?? ''),
    tags: (link.attrs.tags ?? '').split(','),
  }));
}
