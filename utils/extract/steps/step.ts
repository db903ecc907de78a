/**
 * What every cleanup step receives. Pre-steps get the cloned document's body (never the live page);
 * post-steps get the main block Readability chose, still inside that clone.
 */
export interface StepContext {
  /** The page's URL, for resolving relative image and link addresses. */
  url: string;
  /** The document that owns `root` (the clone), for creating elements. */
  doc: Document;
  /** The article's byline, lower-cased ("" when none), so post-steps can drop its repeats. */
  byline: string;
  /** The article's title (post-steps only; absent before Readability), so its repeat can go. */
  title?: string;
}

/** A cleanup step: mutates `root` (which belongs to the clone) in place. */
export type Step = (root: Element, ctx: StepContext) => void;
