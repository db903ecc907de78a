/**
 * The library's public types: what a list row knows about a saved article (metadata only, never
 * the body), the filters the list offers, and what an import reports. Pure types, so components
 * may import them without touching storage.
 */
import type { TextDirection } from '../extract/types';

/** A saved article's list metadata: everything a row shows, and nothing as large as the body. */
export interface ArticleMeta {
  /** Library id: a positive integer, stable for the article's life, never reused. */
  id: number;
  /** Identifies the article: saving the same canonical URL again updates this record. */
  canonicalUrl: string;
  /** The page's URL when it was saved ("Open original"). */
  url: string;
  title: string;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  lang: string;
  dir: TextDirection;
  excerpt: string | null;
  leadImage: string | null;
  wordCount: number;
  readingMinutes: number;
  /** Epoch milliseconds of the first save; the list is ordered by it, newest first. */
  savedAt: number;
  /** Epoch milliseconds of the last save or import of this article. */
  updatedAt: number;
  read: boolean;
  /** Epoch milliseconds when it was marked read, or null. */
  readAt: number | null;
  /** Reading position as a fraction of the article's scrollable height, 0..1. */
  progress: number;
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
  /** Articles that were already saved (same canonical URL) and were replaced by the file's version. */
  updated: number;
  /** Items that were not imported. */
  rejected: RejectedItem[];
}

/**
 * One whole article as the library keeps it and as the export file carries it: the metadata
 * (without the internal id) plus the body. `html` is untrusted here (it may come from a file) and
 * is sanitized again before it is rendered.
 */
export interface LibraryItem extends Omit<ArticleMeta, 'id'> {
  html: string;
  text: string;
}
