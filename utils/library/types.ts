/**
 * The library's public types: what a list row knows about a saved article (metadata only, never
 * the body), the filters the list offers, and what an import reports. Each derives from the
 * extractor's `Article` plus the library's own state, so a new article field is declared once.
 * Pure types, so components and the message protocol import them without touching storage.
 */
import type { Article } from '../extract/types';

/** What the library keeps of an extracted article (the library's own fields live in LibraryState). */
type ArticleFields = Omit<Article, 'html'>;

/** The library's own state for a saved article, beside what the extractor found. */
export interface LibraryState {
  /** Epoch milliseconds of the first save; the list is ordered by it, newest first. */
  savedAt: number;
  /** Epoch milliseconds of the last save or import of this article. */
  updatedAt: number;
  read: boolean;
  /** Epoch milliseconds when it was marked read, or null. */
  readAt: number | null;
  /** Reading position as a fraction of the article's scrollable height, 0..1. */
  progress: number;
  /**
   * The user's labels for the article (from an imported reading list, for now), each once, in the
   * order they were first given. Searchable like the title, and the list can be filtered by one.
   */
  tags: string[];
}

/** A saved article's list metadata: everything a row shows, and nothing as large as the body. */
export interface ArticleMeta extends Omit<ArticleFields, 'text'>, LibraryState {
  /** Library id: a positive integer, stable for the article's life, never reused. */
  id: number;
}

/** A saved article's identity and state, as the reader needs it. */
export interface SavedRef {
  /** Library id (a positive integer; `reader.html?id=…`). */
  id: number;
  savedAt: number;
}

/** Which saved articles a list shows. */
export type LibraryFilter = 'all' | 'unread';

/** One item of an import file that could not be imported, and why (for the user). */
export interface RejectedItem {
  /** Position in the file's `articles` array (0-based). */
  index: number;
  /** The item's title or URL when it has one, else null. */
  label: string | null;
  /** Machine-readable reason: which field was missing or malformed. */
  reason: string;
}

/** What an import did. */
export interface ImportReport {
  /** New articles added. */
  added: number;
  /** Articles that were already saved (same canonical URL) and were merged with the file's version. */
  updated: number;
  /** Items that were not imported. */
  rejected: RejectedItem[];
  /** Highlights written with the articles (version 2 files). */
  highlights: number;
  /** Highlights refused while their article was imported (a malformed selector, colour, note…). */
  rejectedHighlights: RejectedHighlight[];
}

/** One highlight of an imported article that was not imported, and why. */
export interface RejectedHighlight extends RejectedItem {
  /** Position in the article's `highlights` array (0-based). */
  highlight: number;
}

/**
 * One whole article as the library keeps it and as the export file carries it: the article
 * (without the internal id) plus the library's state. `html` is untrusted here (it may come from
 * a file), so it is a plain string, sanitized again before it is rendered.
 */
export interface LibraryItem extends ArticleFields, LibraryState {
  html: string;
}
