/**
 * The one conversion from an extracted article to what the library stores: the article's fields
 * as they are, plus the state of a fresh save.
 */
import type { Article } from '../extract/types';
import type { ArticleMeta, LibraryItem } from './types';

/** A library item for a freshly extracted article, saved now. */
export function itemFromArticle(article: Omit<Article, 'html'> & { html: string }, now: number): LibraryItem {
  return { ...article, savedAt: now, updatedAt: now, read: false, readAt: null, progress: 0, tags: [] };
}

/** An item's list metadata under its library id (the body left out). */
export function metaOf(item: LibraryItem, id: number): ArticleMeta {
  const { html: _html, text: _text, ...meta } = item;
  return { ...meta, id };
}
