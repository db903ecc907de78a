/**
 * Extraction benchmark: our pipeline and plain Readability on the same pages, same DOM library
 * (jsdom), one run. Prints F1 / precision / recall (metric of ../shared/corpora/README.md),
 * snippet failures, title matches and time per page for both, and the ratios.
 *
 *   npm run bench:extract -- [--tokens segmenter|letters] DIR… [--tokens … DIR…] [--pages] [--repeat N] [--steps]
 *
 * `--tokens` applies to the corpora listed after it (one given after all of them applies to all).
 * A folder holding corpora rather than pages (big-dev/) counts as each of its sub-folders. At the end,
 * one summary line per corpus and the total time. `--steps` adds, per corpus, what each cleanup
 * step removed (from the article's `removed` record) and how much of it was ground-truth text: the
 * step's share of lost recall.
 *
 * A corpus is either the shared layout (`<id>.html` + `<id>.json` with url/title/text/
 * must_contain/must_not_contain) or the repo's fixtures (`<slug>/source.html` + `expected.json`
 * with title/url/mustContain/mustNotContain).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Readability } from '@mozilla/readability';
import { extractArticle } from '../utils/extract/index';
import type { RemovalRecord } from '../utils/extract/types';
import { blockText } from '../utils/extract/text';
import { loadPage } from './lib/load-page';
import { foldText, scoreCorpus, scorePage, shingles, tokenize, type PageScore, type TokenMode } from './lib/score';

interface Case {
  id: string;
  html: string;
  url?: string;
  title?: string;
  truth: string;
  mustContain: string[];
  mustNotContain: string[];
}

interface Outcome {
  text: string;
  title: string | null;
  ms: number;
  removed?: RemovalRecord;
  refused?: string;
}

interface Side {
  scores: PageScore[];
  snippetFailures: number;
  titleExact: number;
  ms: number;
  failures: string[];
  /** Pages with ground truth that came back refused or empty. */
  refused: string[];
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** Reads the cases of one corpus directory, in either layout. */
function readCorpus(dir: string): Case[] {
  const cases: Case[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      const source = join(path, 'source.html');
      const expected = join(path, 'expected.json');
      if (!existsSync(source) || !existsSync(expected)) continue;
      const exp = JSON.parse(readFileSync(expected, 'utf8')) as Record<string, unknown>;
      cases.push({
        id: name,
        html: source,
        url: typeof exp.url === 'string' && exp.url ? exp.url : undefined,
        title: typeof exp.title === 'string' ? exp.title : undefined,
        truth: typeof exp.text === 'string' ? exp.text : '',
        mustContain: strings(exp.mustContain ?? exp.must_contain),
        mustNotContain: strings(exp.mustNotContain ?? exp.must_not_contain),
      });
    } else if (name.endsWith('.html')) {
      const json = path.replace(/\.html$/, '.json');
      const exp = existsSync(json) ? (JSON.parse(readFileSync(json, 'utf8')) as Record<string, unknown>) : {};
      cases.push({
        id: basename(name, '.html'),
        html: path,
        url: typeof exp.url === 'string' && exp.url ? exp.url : undefined,
        title: typeof exp.title === 'string' ? exp.title : undefined,
        truth: typeof exp.text === 'string' ? exp.text : '',
        mustContain: strings(exp.must_contain ?? exp.mustContain),
        mustNotContain: strings(exp.must_not_contain ?? exp.mustNotContain),
      });
    }
  }
  return cases;
}

function runOurs(doc: Document, url: string): Outcome {
  const start = performance.now();
  const result = extractArticle(doc, url);
  const ms = performance.now() - start;
  return result.ok
    ? { text: result.value.article.text, title: result.value.article.title, ms, removed: result.value.removed }
    : { text: '', title: null, ms, refused: result.message };
}

function runPlain(doc: Document): Outcome {
  const start = performance.now();
  let parsed: ReturnType<Readability['parse']>;
  try {
    parsed = new Readability(doc.cloneNode(true) as Document).parse();
  } catch (error) {
    // Plain Readability throws on some pages (an attribute name that is no valid QName): for a
    // reader that is no article, as our side reports its own failures.
    return { text: '', title: null, ms: performance.now() - start, refused: `Readability threw: ${String(error)}` };
  }
  const ms = performance.now() - start;
  if (!parsed?.content) return { text: '', title: parsed?.title ?? null, ms };
  const div = doc.implementation.createHTMLDocument('').createElement('div');
  div.innerHTML = parsed.content;
  return { text: blockText(div), title: parsed.title ?? null, ms };
}

function snippetFailures(c: Case, text: string): string[] {
  const folded = foldText(text);
  const out: string[] = [];
  for (const s of c.mustContain) if (!folded.includes(foldText(s))) out.push(`missing: ${s.slice(0, 60)}`);
  for (const s of c.mustNotContain) if (folded.includes(foldText(s))) out.push(`kept: ${s.slice(0, 60)}`);
  return out;
}

function newSide(): Side {
  return { scores: [], snippetFailures: 0, titleExact: 0, ms: 0, failures: [], refused: [] };
}

function f1(s: PageScore): number {
  const p = s.precision ?? 0;
  const r = s.recall ?? 0;
  return p + r ? (2 * p * r) / (p + r) : 0;
}

const fmt = (n: number, d = 3) => n.toFixed(d);

/** A folder of pages, or of corpora (each sub-folder that holds pages). */
function expand(dir: string): string[] {
  const entries = readdirSync(dir);
  if (entries.some((n) => n.endsWith('.html') || existsSync(join(dir, n, 'source.html')))) return [dir];
  return entries
    .filter((n) => statSync(join(dir, n)).isDirectory())
    .sort()
    .map((n) => join(dir, n))
    .flatMap(expand);
}

/** What one step removed on one corpus, and how much of it was ground truth. */
interface StepCost {
  blocks: number;
  chars: number;
  /** Removed characters whose 4-token shingles are in the page's truth (estimated from each block's recorded text). */
  truthChars: number;
  /** Pages where the step was undone by its bound. */
  bounded: number;
}

/** Share of `text`'s shingles that occur in `truth` (a multiset lookup, not consumed). */
function truthShare(text: string, truth: Map<string, number>, mode: TokenMode): number {
  const s = shingles(tokenize(text, mode));
  let total = 0;
  let hit = 0;
  for (const [k, c] of s) {
    total += c;
    if (truth.has(k)) hit += c;
  }
  return total ? hit / total : 0;
}

interface Summary {
  dir: string;
  pages: number;
  mode: TokenMode;
  ours: ReturnType<typeof scoreCorpus>;
  plain: ReturnType<typeof scoreCorpus>;
  snippets: [number, number];
  refused: number;
  plainRefused: number;
  ratio: number;
  floors: number;
  retries: number;
  bounded: number;
}

/**
 * Lets the event loop turn. jsdom holds its windows through WeakRefs, and V8 keeps every WeakRef
 * target it handed out alive until the current job ends: in one synchronous loop no closed window
 * was ever freed (about 5 MB a page with plain Readability, 9 MB with ours, until V8 ran out of heap).
 */
const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const dirs: { dir: string; mode?: TokenMode }[] = [];
  let mode: TokenMode | undefined;
  let lastMode: TokenMode | undefined;
  let showPages = false;
  let showSteps = false;
  let repeat = 1;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--corpus') {
      while (args[i + 1] && !args[i + 1]!.startsWith('--')) dirs.push({ dir: args[++i]!, mode });
    } else if (a === '--tokens') {
      const v = args[++i];
      if (v !== 'letters' && v !== 'segmenter') throw new Error('--tokens letters|segmenter');
      mode = v;
      lastMode = v;
    } else if (a === '--pages') showPages = true;
    else if (a === '--steps') showSteps = true;
    else if (a === '--repeat') repeat = Math.max(1, Number(args[++i]) || 1);
    else dirs.push({ dir: a, mode });
  }
  if (!dirs.length) {
    console.error('usage: bench-extract [--tokens segmenter|letters] DIR… [--tokens … DIR…] [--pages] [--steps] [--repeat N]');
    process.exit(2);
  }
  // A --tokens given only after every corpus applies to all of them; otherwise corpora before the first one are letters.
  const trailing = dirs.every((d) => d.mode === undefined);
  const corpora = dirs.flatMap(({ dir, mode: m }) =>
    expand(dir).map((d) => ({ dir: d, mode: m ?? (trailing ? lastMode : undefined) ?? 'letters' })),
  );
  const started = performance.now();
  const summaries: Summary[] = [];

  for (const { dir, mode } of corpora) {
    const cases = readCorpus(dir);
    const ours = newSide();
    const plain = newSide();
    const rows: string[] = [];
    const costs = new Map<string, StepCost>();
    let floors = 0;
    let retries = 0;
    let boundedPages = 0;
    let titled = 0;
    for (const c of cases) {
      const page = loadPage(c.html, c.url);
      let o: Outcome | null = null;
      let p: Outcome | null = null;
      // Alternate which runs first and keep each side's fastest run: the machine is shared.
      for (let r = 0; r < repeat; r++) {
        const a = r % 2 ? runOurs(page.doc, page.url) : null;
        const b = runPlain(page.doc);
        const d = a ?? runOurs(page.doc, page.url);
        if (!p || b.ms < p.ms) p = b;
        if (!o || d.ms < o.ms) o = d;
      }
      page.close();
      await nextTurn();
      const hasTruth = c.truth.trim().length > 0;
      const sides: [Side, Outcome][] = [
        [ours, o!],
        [plain, p!],
      ];
      const pageScores: PageScore[] = [];
      for (const [side, out] of sides) {
        side.ms += out.ms;
        const score = hasTruth ? scorePage(c.truth, out.text, mode) : null;
        if (score) side.scores.push(score);
        pageScores.push(score ?? { precision: null, recall: null });
        if (hasTruth && !out.text) side.refused.push(`${c.id}: ${out.refused ?? 'empty'}`);
        const fails = snippetFailures(c, out.text);
        side.snippetFailures += fails.length;
        if (side === ours) side.failures.push(...fails.map((f) => `${c.id}: ${f}`));
        if (c.title != null && out.title != null && foldText(out.title) === foldText(c.title)) side.titleExact++;
      }
      const rec = o!.removed;
      if (rec) {
        if (rec.guard.some((g) => g.kind === 'floor')) floors++;
        if (rec.guard.some((g) => g.kind === 'retry')) retries++;
        if (rec.steps.some((s) => s.bounded)) boundedPages++;
        const truth = hasTruth ? shingles(tokenize(c.truth, mode)) : null;
        for (const s of rec.steps) {
          const cost = costs.get(s.step) ?? { blocks: 0, chars: 0, truthChars: 0, bounded: 0 };
          if (s.bounded) cost.bounded++;
          costs.set(s.step, cost);
        }
        for (const b of rec.blocks) {
          const cost = costs.get(b.step) ?? { blocks: 0, chars: 0, truthChars: 0, bounded: 0 };
          cost.blocks++;
          cost.chars += b.chars;
          if (truth) cost.truthChars += b.chars * truthShare(b.text, truth, mode);
          costs.set(b.step, cost);
        }
      }
      if (c.title != null) titled++;
      if (showPages) {
        const [so, sp] = pageScores as [PageScore, PageScore];
        const flags = rec ? rec.guard.map((g) => g.kind).join(',') + (rec.steps.some((s) => s.bounded) ? ' bounded' : '') : 'refused';
        rows.push(
          [
            c.id.slice(0, 44).padEnd(44),
            fmt(f1(so)),
            fmt(so.precision ?? 0),
            fmt(so.recall ?? 0),
            '|',
            fmt(f1(sp)),
            fmt(sp.precision ?? 0),
            fmt(sp.recall ?? 0),
            '|',
            fmt(f1(so) - f1(sp), 3),
            `${fmt(o!.ms, 0)}/${fmt(p!.ms, 0)}ms`,
            flags,
          ].join(' '),
        );
      }
    }
    console.log(`\n## ${dir}  (${cases.length} pages, ${mode} tokens)`);
    if (showPages) {
      console.log(['page'.padEnd(44), 'F1    P     R    ', '|', 'plain F1 P    R    ', '|', 'ΔF1', 'ms ours/plain'].join(' '));
      for (const row of rows.sort((a, b) => Number(a.split(' | ').at(-1)!.split(' ')[0]) - Number(b.split(' | ').at(-1)!.split(' ')[0])))
        console.log(row);
    }
    console.log('| extractor | F1 | precision | recall | snippet failures | exact titles | ms/page |');
    console.log('| --- | --- | --- | --- | --- | --- | --- |');
    const results: [string, Side][] = [
      ['broadsheet', ours],
      ['readability', plain],
    ];
    const corpus: Record<string, ReturnType<typeof scoreCorpus>> = {};
    for (const [name, side] of results) {
      const s = scoreCorpus(side.scores);
      corpus[name] = s;
      console.log(
        `| ${name} | ${fmt(s.f1)} | ${fmt(s.precision)} | ${fmt(s.recall)} | ${side.snippetFailures} | ${side.titleExact}/${titled} | ${fmt(side.ms / Math.max(1, cases.length), 1)} |`,
      );
    }
    const o = corpus.broadsheet!;
    const p = corpus.readability!;
    const ratio = ours.ms / Math.max(1e-9, plain.ms);
    console.log(
      `ΔF1 ${fmt(o.f1 - p.f1)}  ΔP ${fmt(o.precision - p.precision)}  ΔR ${fmt(o.recall - p.recall)}  time ratio ${fmt(ratio, 2)}×  floor ${floors}  retry ${retries}  bounded ${boundedPages}`,
    );
    for (const f of ours.failures) console.log(`  snippet ${f}`);
    for (const r of ours.refused) console.log(`  refused (has truth) ${r}`);
    if (showSteps) {
      console.log('| step | blocks | chars | truth chars (est.) | pages bounded |');
      console.log('| --- | --- | --- | --- | --- |');
      for (const [step, c] of costs) console.log(`| ${step} | ${c.blocks} | ${c.chars} | ${Math.round(c.truthChars)} | ${c.bounded} |`);
    }
    summaries.push({
      dir,
      pages: cases.length,
      mode,
      ours: o,
      plain: p,
      snippets: [ours.snippetFailures, plain.snippetFailures],
      refused: ours.refused.length,
      plainRefused: plain.refused.length,
      ratio,
      floors,
      retries,
      bounded: boundedPages,
    });
  }
  if (summaries.length > 1) {
    console.log('\n## summary');
    console.log(
      '| corpus | pages | F1 ours / plain | ΔF1 | ΔP | ΔR | snippet fails ours / plain | refused with truth ours / plain | time ratio | floor / retry / bounded |',
    );
    console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
    for (const s of summaries) {
      console.log(
        `| ${basename(dirname(s.dir))}/${basename(s.dir)} | ${s.pages} | ${fmt(s.ours.f1)} / ${fmt(s.plain.f1)} | ${fmt(s.ours.f1 - s.plain.f1)} | ${fmt(s.ours.precision - s.plain.precision)} | ${fmt(s.ours.recall - s.plain.recall)} | ${s.snippets[0]} / ${s.snippets[1]} | ${s.refused} / ${s.plainRefused} | ${fmt(s.ratio, 2)}× | ${s.floors} / ${s.retries} / ${s.bounded} |`,
      );
    }
  }
  console.log(`\ntotal ${summaries.reduce((n, s) => n + s.pages, 0)} pages in ${fmt((performance.now() - started) / 1000, 1)} s`);
}

void main();
