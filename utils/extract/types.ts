/**
 * The extraction pipeline's public types. Everything the reader, the library and the CLI know
 * about an article is here; the pipeline's internals stay behind `extractArticle()`.
 */

import type { Failure, Result } from '../result';

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

/** A typed failure: what went wrong (`error`), and a short human-readable `message` for logs and the CLI. */
export type ExtractFailure = Failure<ExtractFailureReason>;

/**
 * Why a block was taken out, as a code a UI can translate ("Removed as a share bar"). Derived from
 * the step that removed it and, for the name-driven steps, from the removed element's own names.
 */
export type RemovalReason =
  | 'ad-label'
  | 'ad'
  | 'read-also'
  | 'share'
  | 'comments'
  | 'credit'
  | 'author-box'
  | 'related'
  | 'promo'
  | 'newsletter'
  | 'navigation'
  | 'tags'
  | 'title-repeat'
  | 'edge'
  | 'label'
  | 'widget';

/** One block (or piece of text) a cleanup step took out of the page or of the main block. */
export interface Removal {
  /** The step that removed it ("remove-read-also"). */
  step: string;
  reason: RemovalReason;
  /** Its text, blocks separated by "\n", cut to `MAX_REMOVED_TEXT` characters. */
  text: string;
  /** Characters of text (spaces excluded) it held, before any cut. */
  chars: number;
  /**
   * Its markup, sanitized, for putting it back; "" when it sat outside the article (`at` is null)
   * or was larger than `MAX_REMOVED_HTML`.
   */
  html: SanitizedHtml;
  /**
   * Where it sat in the article: the index, in `leafBlocks()` (signals.ts) of the article's `html`,
   * of the block it came just before (the number of blocks when it came after the last one); null
   * when it was not inside the article at all (a page's menu, removed before Readability chose).
   */
  at: number | null;
  /** True when it was text cut from inside the block at `at` (a caption's credit), not a block before it. */
  within: boolean;
}

/** What happened to one step on this page. */
export interface StepReport {
  step: string;
  /** Characters of text (spaces excluded) it removed (or would have, when `bounded`). */
  chars: number;
  /** `chars` as a share of the text it was given (the page for pre-steps, the main block for post-steps). */
  share: number;
  /** True when it would have removed more than its bound allows, and so was undone: it removed nothing. */
  bounded: boolean;
  /** Set when the step threw on this page: its changes were undone. */
  error?: string;
}

/** How the pipeline chose the article's block when the usual path did not hold. */
export type GuardEvent =
  /** The cleaned block kept too little of what Readability found: Readability's own block was shown. */
  | { kind: 'floor'; detail: string; kept: number }
  /** The block Readability chose was mostly links: the page was read again without its link lists. */
  | { kind: 'retry'; detail: string };

/** Everything the cleanup took out, and why: what a reader can show and put back. */
export interface RemovalRecord {
  /** Removals in the order they were made (capped at `MAX_REMOVALS`; `steps` counts them all). */
  blocks: Removal[];
  steps: StepReport[];
  guard: GuardEvent[];
}

/** What a successful extraction gives: the article, and beside it what the cleanup removed and why. */
export interface Extraction {
  article: Article;
  removed: RemovalRecord;
}

/** The result of `extractArticle()`, in the one value-or-failure shape: failures are values, never thrown. */
export type ExtractResult = Result<Extraction, ExtractFailureReason>;
