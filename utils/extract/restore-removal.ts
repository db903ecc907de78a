/**
 * Puts blocks the cleanup took out back into an article, where they sat ("Not right?" in the
 * reader). A removal's place is an index into `leafBlocks()` of the article's html as extracted
 * (removal-report.ts), so every restore starts again from that html, never from one already
 * restored: each restored block would shift the indexes of the ones after it.
 *
 * The result is page markup again, so it goes through the one gate once more (sanitize.ts): a
 * removal's html was sanitized when it was recorded, but markup joined from pieces is parsed anew,
 * and only the gate may mint `SanitizedHtml`.
 */
import { countText, readingMinutes, wordCount } from './reading-time';
import { insertAtPlaces, placements } from './removal-places';
import { sanitizeElement } from './sanitize';
import { leafBlocks } from './signals';
import { blockText } from './text';
import type { Article, Removal, SanitizedHtml } from './types';

/**
 * The article's html with the removals at `restored` (indexes into `removals`) put back at their
 * places, through the sanitizer gate again. Indexes that are not restorable or whose place is out of
 * range are ignored; the restorable set is bounded (`restorableIndexes` in removal-places.ts).
 * @param html the article's html as extracted (the places count its blocks).
 * @param win a window to parse and sanitize in (the page's, or a DOM library's in tests).
 */
export function restoreRemovals(html: SanitizedHtml, removals: readonly Removal[], restored: Iterable<number>, win: Window): SanitizedHtml {
  return restoreTree(html, removals, restored, win).html;
}

function restoreTree(html: SanitizedHtml, removals: readonly Removal[], restored: Iterable<number>, win: Window) {
  const doc = win.document.implementation.createHTMLDocument('');
  const root = doc.createElement('div');
  // An inert document (no browsing context): nothing in it loads or runs while it is pieced together.
  root.innerHTML = html;
  const placed = placements(removals, restored, leafBlocks(root).length);
  insertAtPlaces(root, placed, ({ removal }) => {
    const piece = doc.createElement('template');
    piece.innerHTML = removal.within ? ` ${removal.html}` : removal.html;
    return piece.content;
  });
  return sanitizeElement(root, win);
}

/**
 * `article` (as extracted) with the removals at `restored` put back: its html through the gate
 * again, and its text, word count and reading time counted from what it now shows.
 */
export function withRestored(article: Article, removals: readonly Removal[], restored: Iterable<number>, win: Window): Article {
  const { html, root } = restoreTree(article.html, removals, restored, win);
  const text = blockText(root);
  const counts = countText(text);
  return { ...article, html, text, wordCount: wordCount(counts), readingMinutes: readingMinutes(counts) };
}
