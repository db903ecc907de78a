/**
 * A rule from the user's pick on the live page: the block they chose as the story and the blocks
 * inside it they want left out. The pick is judged as a later page's candidate will be (rule-block.ts),
 * so a rule that would be refused on every page (a headline, the whole page, a link list) is refused
 * now, while the user can still pick again, instead of failing silently on every later visit.
 */
import { siteKey } from './choose-rule';
import { fingerprintOf } from './fingerprint';
import { judgeBlock, type RefusalReason } from './rule-block';
import { selectorsFor } from './selectors-for';
import { parseRule, type SiteRule } from './site-rule';
import { textLength } from './text';
import { fail, type Result } from '../result';

/**
 * Why a pick makes no rule: the block's refusal (`tiny`, `whole-page`, `listing`: what a later page
 * would refuse), a page that is not on the web, or an element no selector picks out.
 */
export type PickError = RefusalReason | 'not-a-web-page' | 'no-selector';

/** What the overlay knows besides the picked block. */
export interface PickOptions {
  /** The page's address: the rule is for its host. */
  url: string;
  /** Blocks inside the pick to leave out. */
  exclude?: Element[];
  /** Pages the rule is for; "/" (the whole site) unless given. */
  pathPrefix?: string;
  /** When the rule is made (a parameter: the pipeline reads no clock). */
  now: Date;
}

/**
 * The rule for `block` on the page at `options.url`: the block's selectors (selectors-for.ts) and
 * fingerprint, each excluded block's most stable selector. Read only: `block` is not modified.
 */
export function ruleFromPick(block: Element, options: PickOptions): Result<SiteRule, PickError> {
  let host: string;
  try {
    const u = new URL(options.url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new Error(u.protocol);
    host = siteKey(u.hostname);
  } catch {
    return fail('not-a-web-page', 'Rules are for http(s) pages');
  }
  const doc = block.ownerDocument;
  const refusal = judgeBlock(block, doc.body ? textLength(doc.body) : 0);
  if (refusal) return fail(refusal.reason, refusal.detail);
  const select = selectorsFor(block);
  if (!select.length) return fail('no-selector', 'No selector picks out this block');
  const exclude: string[] = [];
  for (const el of options.exclude ?? []) {
    const s = el !== block && block.contains(el) ? selectorsFor(el)[0] : undefined;
    if (s && !exclude.includes(s)) exclude.push(s);
  }
  // Through the parser, so a rule made here is one every reader of the format accepts.
  const parsed = parseRule({
    version: 1,
    site: host,
    pathPrefix: options.pathPrefix ?? '/',
    select,
    exclude,
    fingerprint: fingerprintOf(block),
    createdAt: options.now.toISOString(),
  });
  return parsed.ok ? parsed : fail('no-selector', parsed.message);
}
