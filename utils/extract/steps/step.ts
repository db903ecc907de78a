/**
 * What every cleanup step receives. Pre-steps get the cloned document's body (never the live page);
 * post-steps get the main block Readability chose, still inside that clone.
 */
import type { RemovalReason } from '../types';

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

/**
 * A step as the pipeline runs it: under a name (function names do not survive minifying), with the
 * reason its removals get when the removed element's own names say nothing more specific, and
 * whether it may remove story text at all (the fallback keeps only the steps that cannot).
 */
export interface PipelineStep {
  /** kebab-case, as in the file name ("remove-read-also"). */
  name: string;
  run: Step;
  reason: RemovalReason;
  /** True for steps that only add or repair (lazy images, video cards): they run on the fallback too. */
  safe: boolean;
  /**
   * For a post-step that removes, by its shape, what follows the story (a readers' thread, which
   * on a short story is often longer than the story): its own bound, and what it removes is not
   * counted as story text by the floor. Others get POST_STEP_BOUND and are fully counted.
   */
  afterStory?: { bound: number };
}
