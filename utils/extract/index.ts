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
 *  4. revealStreamedHtml: parts of a streamed page still hidden at its end (its scripts never ran)
 *     go to their places first, so every later step and Readability see the page a browser shows.
 *  5. rescueLazyImages: real image addresses in place, so Readability keeps the figures it scores.
 *  6. embedVideos: players become link cards before Readability's iframe rules and the sanitizer's
 *     iframe ban would drop them.
 *  7. removeBoilerplate: widgets named for what they are go before scoring, so a related box or a
 *     comment thread cannot win or dilute the main-block choice.
 *  8. keepLeadFigure: the first figure, parked just before the paragraphs' container, moves into it;
 *     after 7, so a share bar between the two no longer separates them.
 *  9. Readability finds the main block (it stays the core), keeping class names for the post-steps.
 *  Post-steps, inside the block Readability chose (a small tree, so they are cheap):
 * 10. removeTitleRepeat: the headline repeated as the first heading (Readability catches that only
 *     in scripts its \W+ word split can read); first, while the heading is still the first block.
 * 11. removeReadAlso: "Also read" teasers and labelled link boxes that lived inside the story.
 * 12. removeComments: a readers' thread after the story, known by its shape (alike entries, each
 *     with a name and a time, under a count heading), and an empty comment box's prompts; before
 *     trimEdges and removeLabels, so those trim the story's real end.
 * 13. removePromos: short calls to act (join, follow, subscribe, get the app, share, copyright).
 * 14. wrapCaptions: a caption that is not in a <figcaption> (a short paragraph right after a
 *     picture, an element named for a caption) goes into one <figure> with its picture; before 15,
 *     so a credit line left beside the new figure is seen as the picture's.
 * 15. removeCredits: photo credits and gallery counters beside figure captions, and captions
 *     repeated under every picture; after Readability, which decides which figures stay.
 * 16. trimEdges: bylines, datelines, bios, tag and link lists, calls to follow or listen before the
 *     first / after the last paragraph; after 11–15 so their leftovers do not hide where the story ends.
 * 17. removeLabels: blocks that are only a label ("Advertisement", "Share") and ad images, last,
 *     because the steps above leave some labels orphaned.
 * 18. Sanitize once (DOMPurify, given the block as DOM: its inert copy also gives the text, with no
 *     serialize-and-reparse): everything after handles only safe HTML.
 * 19. Derive text, counts, language and direction from the sanitized body (what the reader shows);
 *     metadata from the untouched page, cross-checked (metadata.ts).
 *
 * Every step runs watched (record.ts): what it removes is recorded (`removed` beside the article,
 * for the reader to show and put back), and a post-step that would take more than POST_STEP_BOUND
 * of the block's text is undone. Two guards keep Readability's own result as a floor:
 *  - Refusal is by structure only: a block that is mostly links is first read again with the page's
 *    link lists taken out (Readability picked a menu beside the story); a block that stays mostly
 *    links is refused only when it has no prose at all, and a list of linked headlines is refused.
 *  - A pre-step that took out a box with more prose than PRE_PROSE_CHECK of the chosen block is
 *    suspect (a story body whose class names a widget): the page is read again without it, and that
 *    reading wins when ours kept less than FLOOR of its block.
 *  - The floor: when the post-steps kept less than FLOOR of Readability's block, Readability runs
 *    again on a clone that only the safe steps touched, and its block is shown as it is.
 */
import { Readability } from '@mozilla/readability';
import { finishArticle } from './finish-article';
import { readMetadata } from './metadata';
import { GUARD_SLACK_CHARS, watchStep, type Place, type RawRemoval } from './record';
import { hasProse, isListing, linkDensity, removeLinkLists, unlinkedLength } from './signals';
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
import { revealStreamedHtml } from './steps/reveal-streamed-html';
import type { PipelineStep, StepContext } from './steps/step';
import { trimEdges } from './steps/trim-edges';
import { wrapCaptions } from './steps/wrap-captions';
import { textLength } from './text';
import { workingCopy } from './working-copy';
import { fail } from '../result';
import type { ExtractFailure, ExtractResult, GuardEvent, StepReport } from './types';

export type {
  Article,
  ExtractResult,
  ExtractFailure,
  Extraction,
  SanitizedHtml,
  Removal,
  RemovalRecord,
  RemovalReason,
  StepReport,
  GuardEvent,
} from './types';

/** A main block with more of its text in links than this is read again without the page's link lists. */
const MAX_LINK_DENSITY = 0.35;
/** One post-step may remove at most this share of the block's text; past it, it is undone. */
export const POST_STEP_BOUND = 0.35;
/** The cleaned block must keep at least this share of Readability's block, or Readability's is shown. */
export const FLOOR = 0.7;
/**
 * Prose (text outside links) the pre-steps removed, as a share of the block Readability then chose,
 * past which Readability is asked again without them: they may have taken part of the story.
 */
export const PRE_PROSE_CHECK = 0.3;
/** Smallest removed box (characters) worth that check: a few sentences. */
const MIN_SUSPECT = 200;
/** Marks the neighbours of a large removed box (stripped by the sanitizer with every data attribute). */
const NEAR = 'data-broadsheet-near';

/** Before Readability, on the clone's body. */
const PRE_STEPS: PipelineStep[] = [
  { name: 'reveal-streamed-html', run: revealStreamedHtml, reason: 'widget', safe: true },
  { name: 'rescue-lazy-images', run: rescueLazyImages, reason: 'widget', safe: true },
  { name: 'embed-videos', run: embedVideos, reason: 'widget', safe: true },
  { name: 'remove-boilerplate', run: removeBoilerplate, reason: 'widget', safe: false },
  { name: 'keep-lead-figure', run: keepLeadFigure, reason: 'widget', safe: false },
];
/** After Readability, on the main block. */
const POST_STEPS: PipelineStep[] = [
  { name: 'remove-title-repeat', run: removeTitleRepeat, reason: 'title-repeat', safe: false },
  { name: 'remove-read-also', run: removeReadAlso, reason: 'read-also', safe: false },
  { name: 'remove-comments', run: removeComments, reason: 'comments', safe: false, afterStory: { bound: 0.6 } },
  { name: 'remove-promos', run: removePromos, reason: 'promo', safe: false },
  { name: 'wrap-captions', run: wrapCaptions, reason: 'credit', safe: true },
  { name: 'remove-credits', run: removeCredits, reason: 'credit', safe: false },
  { name: 'trim-edges', run: trimEdges, reason: 'edge', safe: false },
  { name: 'remove-labels', run: removeLabels, reason: 'label', safe: false },
];
/** The pre-steps that cannot remove prose: the floor's reading, and all a site rule's block gets. */
export const SAFE_PRE_STEPS = PRE_STEPS.filter((s) => s.safe);
const LINK_LISTS: PipelineStep = { name: 'remove-link-lists', run: removeLinkLists, reason: 'navigation', safe: false };

/** One reading of the page: a clone, the pre-steps on it (watched), and Readability's block. */
interface Reading {
  ctx: StepContext;
  parsed: ReturnType<Readability<Element>['parse']>;
  content: Element | null;
  raws: RawRemoval[];
  reports: StepReport[];
  places: Map<Node, Place>;
}

function read(doc: Document, url: string, win: Window, steps: PipelineStep[]): Reading | ExtractFailure {
  const clone = workingCopy(doc);
  if ('ok' in clone) return clone;
  const ctx: StepContext = { url, doc: clone, byline: '' };
  const raws: RawRemoval[] = [];
  const reports: StepReport[] = [];
  const places = new Map<Node, Place>();
  const before = textLength(clone.body);
  // Pre-steps are not bounded here: the page's text is mostly not the story (menus, comments), so a
  // share of it says nothing; what they took from the story is judged after Readability (the floor).
  for (const step of steps) {
    const watched = watchStep(step, clone.body, ctx, win, Infinity, places, before);
    reports.push(watched.report);
    raws.push(...watched.removals);
  }
  // Where a large box was taken out, its neighbours are marked, so that after Readability has moved
  // its block out of the page it can still be told whether the box sat beside the story (preCulprits).
  raws.forEach((r, i) => {
    const parent = r.place.parent;
    if (r.step.safe || r.chars < MIN_SUSPECT || parent.nodeType !== 1 || !clone.body.contains(parent)) return;
    for (const el of [parent as Element, ...Array.from((parent as Element).children)])
      el.setAttribute(NEAR, `${el.getAttribute(NEAR) ?? ''} ${i}`.trim());
  });
  const parsed = new Readability(clone, { keepClasses: true, serializer: (node: Node) => node as Element }).parse();
  return { ctx, parsed, content: parsed?.content ?? null, raws, reports, places };
}

/**
 * Non-safe pre-steps that took out, from inside what became Readability's block, one box with more
 * prose (text outside links) than PRE_PROSE_CHECK of that block. A comment thread or a menu beside
 * the story is not inside the block, and does not cost a second reading.
 */
function preCulprits(reading: Reading, block: Element, blockChars: number): Set<string> {
  const out = new Set<string>();
  reading.raws.forEach((r, i) => {
    if (r.step.safe || r.node.nodeType !== 1 || out.has(r.step.name) || r.chars < MIN_SUSPECT || r.chars <= PRE_PROSE_CHECK * blockChars)
      return;
    const near = block.matches(`[${NEAR}~="${i}"]`) || block.querySelector(`[${NEAR}~="${i}"]`) !== null;
    if (near && unlinkedLength(r.node as Element) > PRE_PROSE_CHECK * blockChars) out.add(r.step.name);
  });
  return out;
}

function extract(doc: Document, url: string): ExtractResult {
  const root = doc.documentElement;
  if (!root || root.nodeName.toLowerCase() !== 'html' || !doc.body || doc.body.nodeName.toLowerCase() !== 'body') {
    return fail('unsupported-document', 'Not an HTML document');
  }
  const win = doc.defaultView;
  if (!win) return fail('unsupported-document', 'Document has no window');

  const guard: GuardEvent[] = [];
  let reading = read(doc, url, win, PRE_STEPS);
  if ('ok' in reading) return reading;
  if (!reading.content) {
    // The pre-steps may have taken what Readability would have read: ask it again without them.
    const plain = read(doc, url, win, SAFE_PRE_STEPS);
    if ('ok' in plain) return plain;
    if (!plain.content) return fail('not-article', 'No main block of prose found');
    guard.push({ kind: 'floor', detail: 'Readability found no block after the cleanup steps; read again without them', kept: 0 });
    reading = plain;
  }

  // Measured before the post-steps remove link boxes: a list of teasers is links through and through.
  let content = reading.content!;
  const density = linkDensity(content);
  if (density > MAX_LINK_DENSITY) {
    // Readability may have chosen a menu or a link list beside the story: read again without them.
    const retry = read(doc, url, win, [...PRE_STEPS, LINK_LISTS]);
    if (
      !('ok' in retry) &&
      retry.content &&
      linkDensity(retry.content) <= MAX_LINK_DENSITY &&
      unlinkedLength(retry.content) > unlinkedLength(content)
    ) {
      guard.push({
        kind: 'retry',
        detail: `The main block was ${Math.round(density * 100)}% links; read again without the page's link lists`,
      });
      reading = retry;
      content = retry.content;
    } else if (!hasProse(content)) {
      // Before refusing: the pre-steps may have taken the story out and left Readability a menu to
      // choose. Readability on the page as it is (the safe steps only) decides, by the rule a first
      // reading meets: a block not mostly links, or with prose beside its links, is read (a listing
      // is still refused below).
      const plain = guard.length ? reading : read(doc, url, win, SAFE_PRE_STEPS);
      if ('ok' in plain || !plain.content || (linkDensity(plain.content) > MAX_LINK_DENSITY && !hasProse(plain.content)))
        return fail('not-article', `The main block is ${Math.round(density * 100)}% links, with no prose between them`);
      guard.push({
        kind: 'floor',
        detail: `The main block was ${Math.round(density * 100)}% links after the cleanup steps; read again without them`,
        kept: 0,
      });
      reading = plain;
      content = plain.content;
    }
  }
  if (linkDensity(content) > 0.15 && isListing(content)) return fail('not-article', 'The main block is a list of linked headlines');

  const meta = readMetadata(doc, url, reading.parsed!);
  const clean = (r: Reading, block: Element) => {
    r.ctx.byline = (meta.byline ?? '').toLowerCase();
    r.ctx.title = meta.title ?? undefined;
    let read = textLength(block);
    for (const step of POST_STEPS) {
      const watched = watchStep(step, block, r.ctx, win, step.afterStory?.bound ?? POST_STEP_BOUND, r.places);
      r.reports.push(watched.report);
      r.raws.push(...watched.removals);
      // A readers' thread recognised after the story was never story text: the floor does not count it.
      if (step.afterStory && !watched.report.bounded) read -= watched.report.chars;
    }
    return { read, kept: textLength(block) };
  };
  let { read: readChars, kept } = clean(reading, content);

  // A pre-step that took out a box holding more prose than a share of the block Readability then
  // chose may have taken part of the story (a story body whose class names a widget): the page is
  // read again without that step, and that reading wins when ours kept too little of its block.
  const culprits = guard.length ? new Set<string>() : preCulprits(reading, content, readChars);
  if (culprits.size) {
    const again = read(
      doc,
      url,
      win,
      PRE_STEPS.filter((s) => !culprits.has(s.name)),
    );
    if (!('ok' in again) && again.content && linkDensity(again.content) <= MAX_LINK_DENSITY) {
      const other = clean(again, again.content);
      if (kept < FLOOR * other.read && other.read - kept > GUARD_SLACK_CHARS && other.kept > kept) {
        guard.push({
          kind: 'floor',
          detail: `${[...culprits].join(', ')} removed prose from the story; read again without it`,
          kept: other.read ? kept / other.read : 0,
        });
        reading = again;
        content = again.content;
        ({ read: readChars, kept } = other);
      }
    }
  }
  // The floor: what Readability itself shows, when the cleanup kept too little of its block.
  if (readChars > 0 && kept < FLOOR * readChars && readChars - kept > GUARD_SLACK_CHARS) {
    const plain = read(doc, url, win, SAFE_PRE_STEPS);
    if (!('ok' in plain) && plain.content && textLength(plain.content) > kept) {
      guard.push({
        kind: 'floor',
        detail: 'The cleanup steps removed too much of the block Readability chose; showing its block',
        kept: kept / readChars,
      });
      plain.reports.unshift(...reading.reports);
      reading = plain;
      content = plain.content;
    }
  }

  return finishArticle({
    doc,
    url,
    win,
    block: content,
    meta,
    raws: reading.raws,
    places: reading.places,
    steps: reading.reports,
    guard,
  });
}

/**
 * Extracts the main article from `doc`. Never throws: a page that breaks the extractor comes back
 * as a typed failure.
 * @param doc the page (never modified).
 * @param url the page's address, for resolving links and images and as the article's identity.
 * @returns on success, the article and beside it what the cleanup removed and why (`removed`).
 */
export function extractArticle(doc: Document, url: string): ExtractResult {
  try {
    return extract(doc, url);
  } catch (error) {
    // A stack overflow is a page too deep or large for this engine; anything else is still the page's
    // doing (hostile markup), reported as a value rather than thrown into the overlay.
    if (error instanceof RangeError) return fail('too-large', error.message);
    return fail('not-article', `Extraction failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}
