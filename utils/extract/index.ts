/**
 * extractArticle(): Document in, Article (or a typed failure) out. Pure: it reads the document it
 * is given, works on a clone, and never touches the live page, browser APIs, storage or UI.
 *
 * The order, and why each step sits where it does:
 *  1. Refuse what is not an HTML page (XML, SVG, framesets): nothing to read, fail before any work.
 *  2. Measure the page (guard.ts): cloning recurses per level and Readability's cost grows with the
 *     element count, so depth and size are bounded before either runs.
 *  3. Clone (or, for an oversized page, copy only its main subtree): every later step mutates.
 *  Pre-steps, on the clone, before Readability scores it:
 *  4. rescueLazyImages: real image addresses in place, so Readability keeps the figures it scores.
 *  5. embedVideos: players become link cards before Readability's iframe rules and the sanitizer's
 *     iframe ban would drop them.
 *  6. removeBoilerplate: widgets named for what they are go before scoring, so a related box or a
 *     comment thread cannot win or dilute the main-block choice.
 *  7. keepLeadFigure: the first figure, parked just before the paragraphs' container, moves into it;
 *     after 6, so a share bar between the two no longer separates them.
 *  8. Readability finds the main block (it stays the core), keeping class names for the post-steps.
 *  Post-steps, inside the block Readability chose (a small tree, so they are cheap):
 *  9. removeTitleRepeat: the headline repeated as the first heading (Readability catches that only
 *     in scripts its \W+ word split can read); first, while the heading is still the first block.
 * 10. removeReadAlso: "Also read" teasers and labelled link boxes that lived inside the story.
 * 11. removePromos: short calls to act (join, follow, subscribe, get the app, share, copyright).
 * 12. removeCredits: photo credits and gallery counters beside figure captions, and captions
 *     repeated under every picture; after Readability, which decides which figures stay.
 * 13. trimEdges: bylines, datelines, bios, tag and link lists before the first / after the last
 *     paragraph; after 10–12 so their leftovers do not hide where the story ends.
 * 14. removeLabels: blocks that are only a label ("Advertisement", "Share"), last, because the
 *     steps above leave some labels orphaned.
 * 15. Sanitize once (DOMPurify, given the block as DOM: its inert copy also gives the text, with no
 *     serialize-and-reparse): everything after handles only safe HTML.
 * 16. Refuse a listing (search results, archives: mostly links, or linked headlines), then derive
 *     text, counts, language and direction from the sanitized body (what the reader shows);
 *     metadata from the untouched page, cross-checked (metadata.ts).
 */
import { Readability } from '@mozilla/readability';
import { boundedSubtree, measure } from './guard';
import { resolveLanguage, dirForLang } from './language';
import { canonicalUrl } from './canonical';
import { readMetadata } from './metadata';
import { countText, readingMinutes, wordCount } from './reading-time';
import { sanitizeElement } from './sanitize';
import { isListing, linkDensity } from './signals';
import { embedVideos } from './steps/embed-videos';
import { keepLeadFigure } from './steps/keep-lead-figure';
import { removeBoilerplate } from './steps/remove-boilerplate';
import { removeComments } from './steps/remove-comments';
import { removeCredits } from './steps/remove-credits';
import { removeLabels } from './steps/remove-labels';
import { removePromos } from './steps/remove-promos';
import { removeReadAlso } from './steps/remove-read-also';
import { removeTitleRepeat } from './steps/remove-title-repeat';
import { rescueLazyImages } from './steps/rescue-lazy-images';
import type { Step, StepContext } from './steps/step';
import { trimEdges } from './steps/trim-edges';
import { blockText } from './text';
import type { Article, ExtractFailure, ExtractResult, TextDirection } from './types';

export type { Article, ExtractResult, ExtractFailure, SanitizedHtml } from './types';

/** A main block with more of its text in links than this is a list of links (search results, a section page). */
const MAX_LINK_DENSITY = 0.35;

/** Before Readability, on the clone's body. */
const PRE_STEPS: Step[] = [rescueLazyImages, embedVideos, removeBoilerplate, keepLeadFigure];
/** After Readability, on the main block. */
// removeComments: readers' threads and comment prompts after the story; before trimEdges and removeLabels, so they trim the story's real end.
const POST_STEPS: Step[] = [removeTitleRepeat, removeReadAlso, removeComments, removePromos, removeCredits, trimEdges, removeLabels];

function failure(reason: ExtractFailure['reason'], detail: string): ExtractFailure {
  return { ok: false, reason, detail };
}

/** The working copy: the whole page, or for an oversized page only its main subtree. */
function workingCopy(doc: Document): Document | ExtractFailure {
  const shape = measure(doc.documentElement);
  if (shape.tooDeep) return failure('too-large', `Elements nested more than ${shape.depth - 1} levels deep`);
  if (!shape.tooMany) return doc.cloneNode(true) as Document;
  const subtree = boundedSubtree(doc);
  if (!subtree) return failure('too-large', `More than ${shape.elements - 1} elements and no bounded main block`);
  const copy = doc.implementation.createHTMLDocument(doc.title);
  copy.body.appendChild(copy.importNode(subtree, true));
  return copy;
}

function extract(doc: Document, url: string): ExtractResult {
  const root = doc.documentElement;
  if (!root || root.nodeName.toLowerCase() !== 'html' || !doc.body || doc.body.nodeName.toLowerCase() !== 'body') {
    return failure('unsupported-document', 'Not an HTML document');
  }
  const win = doc.defaultView;
  if (!win) return failure('unsupported-document', 'Document has no window');

  const clone = workingCopy(doc);
  if ('ok' in clone) return clone;
  const ctx: StepContext = { url, doc: clone, byline: '' };
  for (const step of PRE_STEPS) step(clone.body, ctx);

  const parsed = new Readability(clone, { keepClasses: true, serializer: (node: Node) => node as Element }).parse();
  const content = parsed?.content;
  if (!parsed || !content) return failure('not-article', 'No main block of prose found');

  // Measured before the post-steps remove link boxes: a list of teasers is links through and through.
  const density = linkDensity(content);
  if (density > MAX_LINK_DENSITY) return failure('not-article', `The main block is ${Math.round(density * 100)}% links`);
  if (density > 0.15 && isListing(content)) return failure('not-article', 'The main block is a list of linked headlines');

  const meta = readMetadata(doc, url, parsed);
  ctx.byline = (meta.byline ?? '').toLowerCase();
  ctx.title = meta.title ?? undefined;
  for (const step of POST_STEPS) step(content, ctx);

  // The block as DOM straight into the sanitizer, whose inert copy also gives the text: serializing
  // it and parsing the markup twice more cost a third of the extraction time on long pages.
  const { html, root: sanitized } = sanitizeElement(content, win);
  const text = blockText(sanitized);
  // No length floor: a short note is still what the user asked to read; listings and link pages
  // were refused above by structure, and an empty block here.
  if (!text) return failure('not-article', 'No text in the main block');

  const lang = resolveLanguage(meta.lang, text);
  const dir: TextDirection = meta.dir === 'rtl' || meta.dir === 'ltr' ? meta.dir : dirForLang(lang);
  const counts = countText(text);

  const article: Article = {
    title: meta.title || doc.title.trim() || url,
    byline: meta.byline,
    siteName: meta.siteName,
    publishedTime: meta.publishedTime,
    lang,
    dir,
    excerpt: meta.excerpt,
    leadImage: meta.leadImage,
    html,
    text,
    wordCount: wordCount(counts),
    readingMinutes: readingMinutes(counts),
    url,
    canonicalUrl: canonicalUrl(doc, url),
  };
  return { ok: true, article };
}

/**
 * Extracts the main article from `doc`. Never throws: a page that breaks the extractor comes back
 * as a typed failure.
 * @param doc the page (never modified).
 * @param url the page's address, for resolving links and images and as the article's identity.
 */
export function extractArticle(doc: Document, url: string): ExtractResult {
  try {
    return extract(doc, url);
  } catch (error) {
    // A stack overflow is a page too deep or large for this engine; anything else is still the page's
    // doing (hostile markup), reported as a value rather than thrown into the overlay.
    if (error instanceof RangeError) return failure('too-large', error.message);
    return failure('not-article', `Extraction failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}
