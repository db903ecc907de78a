/**
 * The extraction pipeline's public types. Everything the reader, the library and the CLI know
 * about an article is here; the pipeline's internals stay behind `extractArticle()`.
 */

declare const sanitizedBrand: unique symbol;

/**
 * HTML that has passed the one sanitizer gate (`sanitize.ts`). Only `ArticleBody` renders it, and
 * only this type can reach it, so page HTML cannot reach our UI without being cleaned.
 */
export type SanitizedHtml = string & { readonly [sanitizedBrand]: true };

/** Text direction of the article's script. */
export type TextDirection = 'ltr' | 'rtl';

/** A readable article, ready to render or save. */
export interface Article {
  /** The headline, without a site-name suffix. */
  title: string;
  /** Author(s) as the page states them, or null when the page names nobody. */
  byline: string | null;
  /** Publication name ("Dainik Bhaskar"), or null. */
  siteName: string | null;
  /** ISO 8601 publication time, or null when the page gives none we can parse. */
  publishedTime: string | null;
  /** BCP 47 language tag ("hi", "ar", "en-GB"); "und" when unknown. */
  lang: string;
  /** Text direction: from the page's `dir`, else from the language or the text's script. */
  dir: TextDirection;
  /** A one- or two-sentence summary for lists. */
  excerpt: string | null;
  /** Absolute URL of the lead image, or null. Shown above the body only when the body lacks it. */
  leadImage: string | null;
  /** The article body, sanitized. */
  html: SanitizedHtml;
  /** The body as plain text, a line break between blocks. */
  text: string;
  /** Words (segments for scripts without spaces) in `text`. */
  wordCount: number;
  /** Estimated minutes to read, at least 1. */
  readingMinutes: number;
  /** The page's URL when extracted. */
  url: string;
  /** `<link rel=canonical>` (or og:url) resolved against `url`, else `url`. Identifies the article in the library. */
  canonicalUrl: string;
}

/** Why a document gave no article. */
export type ExtractFailureReason =
  /** The page has too little connected prose to be an article (a home page, a search result). */
  | 'not-article'
  /** Not an HTML document (XML, SVG, a frameset, a PDF viewer). */
  | 'unsupported-document'
  /** The page is larger than the extractor will read in bounded time. */
  | 'too-large';

/** A typed failure: what went wrong, and a short human-readable detail for logs and the CLI. */
export interface ExtractFailure {
  ok: false;
  reason: ExtractFailureReason;
  detail: string;
}

/** The result of `extractArticle()`: failures are values, never thrown. */
export type ExtractResult = { ok: true; article: Article } | ExtractFailure;
