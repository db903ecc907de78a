/**
 * Netscape bookmark files, the format every browser and many read-later tools export: `<DT><A HREF
 * ADD_DATE TAGS>` inside `<H3>` folders; each folder the link sits in becomes a tag.
 */
import type { ParseOutput } from './candidate';
import { candidatesFromLinks } from './html-links';

/** Whether the text is a Netscape bookmark file. */
export function looksLikeNetscape(text: string): boolean {
  return /<!DOCTYPE\s+NETSCAPE-Bookmark-file-1>/i.test(text.slice(0, 1000));
}

/** Parses a Netscape bookmark file. */
export function parseNetscapeHtml(text: string): ParseOutput {
  return candidatesFromLinks(text, (link) => ({
    savedAt: link.attrs.add_date,
    read: link.attrs.toread === '0',
    tags: [...(link.attrs.tags ?? '').split(','), ...link.folders],
  }));
}
