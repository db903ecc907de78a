/**
 * Finds the article block a site rule names on a page, and refuses one that cannot be the story. A
 * rule is written once and applied to every later page of its site, where the layout may have moved
 * on: a selector may now find a headline, the whole page, a list of teasers, or a block of another
 * kind that shares its class name. Showing any of those would be worse than the automatic reader, so
 * each candidate is judged by structure and, when the rule has one, by its fingerprint; the first
 * selector (in the rule's order) whose match passes is the block.
 */
import { FINGERPRINT_THRESHOLD, fingerprintOf, fingerprintSimilarity, type Fingerprint } from './fingerprint';
import { hasProse, isListing, linkDensity, textOf } from './signals';
import type { SiteRule } from './site-rule';
import { textLength } from './text';

/** Less text than this (characters, spaces excluded) is a headline, a caption or a byline, not a story. */
export const MIN_BLOCK_CHARS = 100;
/** A block holding more than this share of the page's text is the page, not its story. */
export const MAX_PAGE_SHARE = 0.9;
/**
 * A block with more of its text in links than this is a list of links, unless it has prose of its
 * own between them (signals.ts `hasProse`): stories that link every other phrase reach 40–50%.
 */
export const MAX_BLOCK_LINKS = 0.5;
/** Past this share of links a block is a list of links whatever else it holds. */
export const MAX_PROSE_LINKS = 0.7;
/** Matches of one selector judged, in document order: a class shared by a teaser above the story. */
export const MAX_MATCHES = 5;

/** Why a selector gave no block. */
export type RefusalReason =
  /** The selector is not valid CSS for this browser (querySelector threw): skipped. */
  | 'invalid-selector'
  /** It matches nothing on this page. */
  | 'no-element'
  /** What it matches has less than MIN_BLOCK_CHARS of text. */
  | 'tiny'
  /** It matches <html> or <body>, or a block with more than MAX_PAGE_SHARE of the page's text. */
  | 'whole-page'
  /** It matches a list of links (over MAX_BLOCK_LINKS links and no prose, over MAX_PROSE_LINKS, or linked headlines). */
  | 'listing'
  /** It matches a block too unlike the one the rule was made from (below FINGERPRINT_THRESHOLD). */
  | 'fingerprint';

/** One selector's refusal, for logs, the CLI and a UI that says why the fix did not apply. */
export interface Refusal {
  selector: string;
  reason: RefusalReason;
  detail: string;
}

/** The block found, and the selector that found it. */
export interface FoundBlock {
  element: Element;
  selector: string;
}

/** What the search gives: the block (or null) and every refusal met on the way, in order. */
export interface RuleBlockSearch {
  block: FoundBlock | null;
  refused: Refusal[];
}

/** All matches of `selector` under `root`, or the error a selector engine threw on it. */
export function queryAll(root: ParentNode, selector: string): Element[] | Error {
  try {
    return Array.from(root.querySelectorAll(selector));
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  }
}

/**
 * Why `el` cannot be the story (null when it can).
 * @param pageChars the page's text (body, spaces excluded), for the whole-page share.
 * @param print the rule's fingerprint, when it has one.
 */
export function judgeBlock(el: Element, pageChars: number, print?: Fingerprint): Omit<Refusal, 'selector'> | null {
  const doc = el.ownerDocument;
  if (el === doc.documentElement || el === doc.body)
    return { reason: 'whole-page', detail: `It is the page's <${el.tagName.toLowerCase()}>` };
  const chars = textLength(el);
  if (chars < MIN_BLOCK_CHARS) return { reason: 'tiny', detail: `${chars} characters of text; a story has at least ${MIN_BLOCK_CHARS}` };
  if (pageChars > 0 && chars > MAX_PAGE_SHARE * pageChars)
    return { reason: 'whole-page', detail: `${Math.round((100 * chars) / pageChars)}% of the page's text` };
  const links = linkDensity(el, textOf(el));
  if (links > MAX_PROSE_LINKS || (links > MAX_BLOCK_LINKS && !hasProse(el)))
    return { reason: 'listing', detail: `${Math.round(links * 100)}% of its text is links` };
  if (links > 0.15 && isListing(el)) return { reason: 'listing', detail: 'A list of linked headlines' };
  if (print) {
    const similarity = fingerprintSimilarity(print, fingerprintOf(el));
    if (similarity < FINGERPRINT_THRESHOLD)
      return { reason: 'fingerprint', detail: `${Math.round(similarity * 100)}% like the block the rule was made from` };
  }
  return null;
}

/** The rule's block in `doc`: selectors in order, each one's first MAX_MATCHES matches, the first that passes `judgeBlock`. */
export function findRuleBlock(doc: Document, rule: SiteRule): RuleBlockSearch {
  const refused: Refusal[] = [];
  const pageChars = doc.body ? textLength(doc.body) : 0;
  for (const selector of rule.select) {
    const matches = queryAll(doc, selector);
    if (matches instanceof Error) {
      refused.push({ selector, reason: 'invalid-selector', detail: matches.message.slice(0, 200) });
      continue;
    }
    if (!matches.length) {
      refused.push({ selector, reason: 'no-element', detail: 'Nothing on the page matches it' });
      continue;
    }
    for (const element of matches.slice(0, MAX_MATCHES)) {
      const refusal = judgeBlock(element, pageChars, rule.fingerprint);
      if (!refusal) return { block: { element, selector }, refused };
      refused.push({ selector, ...refusal });
    }
  }
  return { block: null, refused };
}
