/**
 * The library as a Netscape bookmark file, the one format every browser and most read-later tools
 * (Pinboard, Raindrop, linkding, Firefox's bookmarks with tags) import. Only links and labels travel:
 * no bodies, which a bookmark file has no place for.
 *
 * One flat list, not Unread/Archive folders: importers (ours among them, netscape-html.ts) turn each
 * folder a link sits in into a tag or a folder of their own, so folders would add a label the user
 * never gave and break the round trip. Read state travels in `TOREAD` (Pinboard's and Delicious's
 * attribute: "1" unread, "0" read), which our importer reads back. There is no `<H1>` either: the
 * importers take a heading above a list for a folder name too.
 */
import type { ArticleMeta } from './types';

/** What the file needs of a saved article (ArticleMeta and LibraryItem both fit). */
export type BookmarkedArticle = Pick<ArticleMeta, 'title' | 'url' | 'savedAt' | 'updatedAt' | 'read' | 'tags'>;

/** Text safe in element content and in a double-quoted attribute value. */
function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** Epoch milliseconds as the Unix seconds bookmark files carry; null for a time that is not one. */
function unixSeconds(ms: number): number | null {
  return Number.isFinite(ms) && ms > 0 ? Math.floor(ms / 1000) : null;
}

/**
 * One tag as it can stand in the comma-separated TAGS attribute. The format has no escape for a
 * comma, and every reader splits on it, so a comma inside a tag becomes a space ("Smith, John" is
 * "Smith John"): one tag stays one tag, under a slightly different name, rather than becoming two.
 * Line breaks go the same way (an attribute value is one line to most readers).
 */
export function bookmarkTag(tag: string): string {
  return tag
    .replace(/[,\r\n\t]+/g, ' ')
    .replace(/ {2,}/g, ' ')
    .trim();
}

/** One `<DT><A …>` line. */
function bookmarkLine(item: BookmarkedArticle): string {
  const attrs = [`HREF="${escapeHtml(item.url)}"`];
  const added = unixSeconds(item.savedAt);
  if (added !== null) attrs.push(`ADD_DATE="${added}"`);
  const modified = unixSeconds(item.updatedAt);
  if (modified !== null) attrs.push(`LAST_MODIFIED="${modified}"`);
  const tags = [...new Set(item.tags.map(bookmarkTag).filter((tag) => tag !== ''))];
  if (tags.length) attrs.push(`TAGS="${escapeHtml(tags.join(','))}"`);
  attrs.push(`TOREAD="${item.read ? 0 : 1}"`);
  // A title is one line of text: a line break inside it would only confuse line-based readers.
  const title = item.title.replace(/[\r\n]+/g, ' ').trim() || item.url;
  return `    <DT><A ${attrs.join(' ')}>${escapeHtml(title)}</A>`;
}

/** The bookmark file's text for `items`, in the order given. */
export function exportBookmarks(items: readonly BookmarkedArticle[]): string {
  const lines = [
    '<!DOCTYPE NETSCAPE-Bookmark-file-1>',
    '<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=UTF-8">',
    '<TITLE>Broadsheet</TITLE>',
    '<DL><p>',
    ...items.map(bookmarkLine),
    '</DL><p>',
  ];
  return `${lines.join('\n')}\n`;
}
