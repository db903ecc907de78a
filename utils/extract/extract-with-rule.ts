/**
 * extractWithRule(): extraction with the user's fix for a site. When the rule is for the page and
 * one of its selectors finds a block that can be the story (rule-block.ts), the article is that
 * block, less the rule's `exclude` matches: the user said what the story is, so no step that could
 * remove prose runs on it (only the safe pre-steps: lazy images rescued, players made link cards).
 * It then goes through the same sanitizer gate and metadata reading as every article
 * (finish-article.ts). Otherwise the automatic pipeline runs, and the result says why.
 *
 * Pure, as the pipeline is: the page is cloned first and never modified.
 */
import { ruleApplies } from './choose-rule';
import { finishArticle } from './finish-article';
import { extractArticle, SAFE_PRE_STEPS } from './index';
import { readMetadata } from './metadata';
import { watchStep, type Place, type RawRemoval } from './record';
import { findRuleBlock, MIN_BLOCK_CHARS, queryAll, type Refusal } from './rule-block';
import type { SiteRule } from './site-rule';
import type { PipelineStep, StepContext } from './steps/step';
import { textLength } from './text';
import type { ExtractResult, StepReport } from './types';
import { workingCopy } from './working-copy';

/**
 * How the rule took part: `applied` (the article is the rule's block), `no-match` (the rule is for
 * this page but nothing on it passed: automatic extraction), `other-site` (the rule is for another
 * site or path: automatic extraction).
 */
export type RuleOutcome = 'applied' | 'no-match' | 'other-site';

/** What the rule matched, for logs and a UI that explains a fix that did not apply. */
export interface RuleMatch {
  /** The selector whose block became the article (null unless `applied`). */
  selector: string | null;
  /** Each selector (or match) turned down before that, in order, with why. */
  refused: Refusal[];
}

/** `extractArticle`'s result, and how the rule took part. */
export type RuleExtractResult = ExtractResult & { rule: RuleOutcome; match: RuleMatch };

/** What `extractWithRule` needs beside the page and the rule. */
export interface RuleOptions {
  /** The page's address: decides whether the rule is for it, and resolves links as in `extractArticle`. */
  url: string;
}

/** Takes the rule's `exclude` matches out of the block (the block itself is never excluded). */
function excludeStep(rule: SiteRule): PipelineStep {
  const run = (root: Element) => {
    for (const selector of rule.exclude) {
      const found = queryAll(root, selector);
      // A selector this browser cannot read excludes nothing, as an unreadable `select` selects nothing.
      if (found instanceof Error) continue;
      for (const el of found) if (root.contains(el)) el.remove();
    }
  };
  return { name: 'rule-exclude', run, reason: 'widget', safe: false };
}

/** The article from the rule's block, or null (with the refusals) when the page has none that passes. */
function applyRule(doc: Document, rule: SiteRule, url: string, refused: Refusal[]): { result: ExtractResult; selector: string } | null {
  const root = doc.documentElement;
  const win = doc.defaultView;
  // Pages the pipeline refuses (not HTML, too deep) are left to it, so its failure is the one reported.
  if (!win || !root || root.nodeName.toLowerCase() !== 'html' || !doc.body) return null;
  const clone = workingCopy(doc);
  if ('ok' in clone) return null;
  const ctx: StepContext = { url, doc: clone, byline: '' };
  const raws: RawRemoval[] = [];
  const reports: StepReport[] = [];
  const places = new Map<Node, Place>();
  const run = (step: PipelineStep, root: Element) => {
    // Unbounded, as the pre-steps are: the user chose what to leave out; what is left is judged below.
    const watched = watchStep(step, root, ctx, win, Infinity, places);
    reports.push(watched.report);
    raws.push(...watched.removals);
  };
  // The safe steps first, on the whole page: the rule was made on the page as the browser showed it
  // (a streamed page's parts in place, real image addresses), and is matched against the same.
  for (const step of SAFE_PRE_STEPS) run(step, clone.body);
  const search = findRuleBlock(clone, rule);
  refused.push(...search.refused);
  if (!search.block) return null;
  const { element: block, selector } = search.block;
  if (rule.exclude.length) run(excludeStep(rule), block);
  const left = textLength(block);
  if (left < MIN_BLOCK_CHARS) {
    refused.push({ selector, reason: 'tiny', detail: `${left} characters of text left after the rule's exclusions` });
    return null;
  }
  const meta = readMetadata(doc, url, {});
  const result = finishArticle({ doc, url, win, block, meta, raws, places, steps: reports, guard: [] });
  return result.ok ? { result, selector } : null;
}

/**
 * Extracts the article from `doc` with `rule`. Never throws, and never modifies `doc`.
 * @param rule a rule that passed `parseRule` (choose it with `chooseRule`).
 * @returns the article (or the automatic pipeline's typed failure), with `rule` saying whether the
 *   rule's block was used, and `match` which selector found it or why each was turned down.
 */
export function extractWithRule(doc: Document, rule: SiteRule, options: RuleOptions): RuleExtractResult {
  const { url } = options;
  if (!ruleApplies(rule, url)) return { ...extractArticle(doc, url), rule: 'other-site', match: { selector: null, refused: [] } };
  const refused: Refusal[] = [];
  let applied: ReturnType<typeof applyRule>;
  try {
    applied = applyRule(doc, rule, url, refused);
  } catch {
    // A page that breaks the rule's path (hostile markup) still gets the automatic reader.
    applied = null;
  }
  if (applied) return { ...applied.result, rule: 'applied', match: { selector: applied.selector, refused } };
  return { ...extractArticle(doc, url), rule: 'no-match', match: { selector: null, refused } };
}
