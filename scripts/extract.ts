/**
 * Extraction CLI: one JSON line per file, for debugging, fixtures and batch runs.
 *
 *   npm run -s extract -- [--url URL] [--removed] [--rule RULE.json] FILE…
 *
 * `--removed` adds what the cleanup steps took out and why (`removed`: each block's step, reason,
 * text, sanitized markup and place; each step's share; the guards that fired).
 *
 * `--rule` extracts with a site rule (README "Site rules") exactly as the overlay does
 * (`extractWithRule`), and adds `rule` ("applied", "no-match" or "other-site": the page's URL is
 * not on the rule's site and path) and `ruleMatch` (the selector used, or why each was refused).
 * A rule file that is unreadable or invalid stops the run with one line on stderr and exit code 2.
 *
 * URL: `--url`, else the page's canonical/og:url, else a file: URL. Pages are parsed with jsdom
 * one at a time and freed, so hundreds of files run in one process in bounded memory.
 */
import { performance } from 'node:perf_hooks';
import { readFileSync } from 'node:fs';
import { extractWithRule } from '../utils/extract/extract-with-rule';
import { extractArticle } from '../utils/extract/index';
import { parseRuleJson, type SiteRule } from '../utils/extract/site-rule';
import { loadPage } from './lib/load-page';

const USAGE = 'usage: extract [--url URL] [--removed] [--rule RULE.json] FILE…';

/** The rule in `file`, or the one-line reason it cannot be used. */
function readRule(file: string): SiteRule | string {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    return `cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`;
  }
  const parsed = parseRuleJson(text);
  return parsed.ok ? parsed.value : `${file} is not a valid rule (${parsed.error}): ${parsed.message}`;
}

function main(): void {
  const args = process.argv.slice(2);
  let url: string | undefined;
  let removed = false;
  let ruleFile: string | undefined;
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--url') url = args[++i];
    else if (args[i] === '--removed') removed = true;
    else if (args[i] === '--rule') ruleFile = args[++i] ?? '';
    else files.push(args[i]!);
  }
  if (!files.length || ruleFile === '') {
    console.error(USAGE);
    process.exit(2);
  }
  // Read before any page: a bad rule would make every line wrong, so it stops the run.
  const rule = ruleFile === undefined ? null : readRule(ruleFile);
  if (typeof rule === 'string') {
    console.error(`extract: ${rule.replace(/\s+/g, ' ')}`);
    process.exit(2);
  }
  for (const file of files) {
    let line: Record<string, unknown>;
    try {
      const page = loadPage(file, url);
      const start = performance.now();
      const withRule = rule ? extractWithRule(page.doc, rule, { url: page.url }) : null;
      const result = withRule ?? extractArticle(page.doc, page.url);
      const ms = Math.round((performance.now() - start) * 10) / 10;
      page.close();
      const ruleFields = withRule ? { rule: withRule.rule, ruleMatch: withRule.match } : {};
      if (result.ok) {
        const a = result.value.article;
        line = {
          file,
          ok: true,
          title: a.title,
          byline: a.byline,
          siteName: a.siteName,
          publishedTime: a.publishedTime,
          lang: a.lang,
          dir: a.dir,
          excerpt: a.excerpt,
          leadImage: a.leadImage,
          text: a.text,
          html: a.html,
          wordCount: a.wordCount,
          readingMinutes: a.readingMinutes,
          ms,
          ...ruleFields,
          ...(removed ? { removed: result.value.removed } : {}),
        };
      } else {
        line = { file, ok: false, reason: result.error, detail: result.message, ...ruleFields };
      }
    } catch (error) {
      // An unreadable file is a result for that file, not the end of the batch.
      line = { file, ok: false, reason: 'unreadable', detail: String((error as Error).message ?? error) };
    }
    process.stdout.write(JSON.stringify(line) + '\n');
  }
}

main();
