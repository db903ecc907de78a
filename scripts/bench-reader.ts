/**
 * `npm run bench:reader`: how fast the reader opens, in real headless browsers, against baselines
 * measured in the same run on the same pages. It prints figures; it asserts nothing (timing
 * targets live here, never in tests).
 *
 * What is measured (medians over --runs runs). Each run opens three fresh tabs of the page, each
 * left SETTLE_MS after load before anything is timed: a probe tab, Broadsheet's tab and the bare
 * reader's tab (the last two in alternating order from run to run).
 *   - Broadsheet, cold: the first open in a tab. From the moment an extension page sends the
 *     product's own `reader:set` message (the trigger) until the reader's title is in the overlay's
 *     shadow root, the next requestAnimationFrame callback has run, and a task queued from that
 *     callback has run (so that frame's style, layout and paint are done: the reader is on screen).
 *     Includes the background's handling, injecting the overlay script, extraction
 *     (pipeline + Readability + sanitizing + metadata), reading settings and rendering.
 *   - Broadsheet, warm: the same after closing it, with the overlay script already in the tab.
 *   - The bare reader (entrypoints/bare-reader, e2e builds only), like for like: a WXT unlisted
 *     script built the same way, injected by the background the same way
 *     (`scripting.executeScript({ files, injectImmediately })`, on the bench's e2e-only message
 *     from the same extension page), which runs `new Readability(document.cloneNode(true)).parse()`,
 *     `DOMPurify.sanitize` over the content and puts title and content into a shadow root with a
 *     small inline stylesheet; timed to the same painted signal. Cold = its first injection in its
 *     own fresh tab; warm = injected again in that tab (a script with no listener is asked again
 *     that way). Ratios: Broadsheet / bare per page; the JSON's `bareRatioCold`/`bareRatioWarm`
 *     are the worst page's. Targets: cold ≤ 1.5×, warm ≤ 1.2× on every page.
 *   - Extraction in the page: Broadsheet's `set` → `extracted` phase marks against the bare
 *     reader's `bare-script` → `bare-sanitized` (Readability parse + DOMPurify sanitize), cold and
 *     warm, same page and run. Target ≤ 1.5×.
 *   - Plain Readability in the probe tab's main world (the library's own file, timed in the page;
 *     cold = first parse after load), and the injection floor: the first `scripting.executeScript`
 *     of an empty function in that tab. Both for context.
 *   - Firefox only: Firefox's own Reader View, `browser.tabs.toggleReaderMode(tabId)` from an
 *     extension page once Firefox judges the tab readerable (in Broadsheet's tab, after its warm
 *     open is closed), until about:reader has inserted the article into `.moz-reader-content` and
 *     the next frame is rendered, same signal (a preload script in about:reader watches). Pages it
 *     refuses are reported. `vsReaderView` = median over the pages it reads of Broadsheet cold /
 *     Reader View. Target ≤ 0.75×.
 *   - Step by step: each reader's phase marks (e2e builds only) split the cold open.
 * Clocks: epoch milliseconds from `performance.timeOrigin + performance.now()` in the extension page
 * (trigger) and the web page (paint), on the same machine.
 *
 * The pages (scripts/bench/pages.ts): small and large English and Hindi articles, prose in <div>s,
 * a ~1 MB live blog (300 entries, 100 photos served by the bench server) and a short story inside
 * 20,000 elements of navigation.
 *
 * It uses the e2e builds (host permission for 127.0.0.1, so a message can trigger the reader
 * without a toolbar gesture) and builds them into BROADSHEET_OUT_DIR (default `.output-bench`)
 * unless --no-build. The load average is printed at the start of each browser and at the end:
 * absolute times on a busy machine are inflated; compare the ratios within one run.
 *
 * Then, unless --no-profile, it explains the Chromium cold figures: separate cold opens of each
 * reader on a source-mapped e2e build under the V8 CPU profiler, the tab's main-thread time split
 * by part (Readability, DOMPurify, Preact, our files, compile/style/layout, builtins such as Intl
 * and focus), Broadsheet's and the bare reader's side by side. These runs are slower (profiler on)
 * and are not in the timing tables.
 *
 * The last line is one JSON object: `{"bench":"reader", runs, loadAverage, cores,
 * "chromium":{"bareRatioCold", "bareRatioWarm", "extractRatioCold", "extractRatioWarm", pages:{…}},
 * "firefox":{…, "vsReaderView", "readerViewRefused"}, "chromiumProfile":{…}}`.
 *
 * Usage:
 *   npm run bench:reader [-- --runs 7] [--browser chromium|firefox] [--pages en-small,en-nav20k] [--no-build] [--no-profile]
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import type { Page as PlaywrightPage } from 'playwright-core';
import type { Page } from 'puppeteer-core';
import { launchBrowser, type BrowserName, type BrowserSession, type TabHandle } from '../e2e/harness';
import { BARE_READER_SCRIPT, OVERLAY_SCRIPT } from '../utils/injected-scripts';
import { readBundleMap } from './bench/bundle-map';
import {
  armReaderPaint,
  BARE_HOST,
  bareReaderTitle,
  clearMarks,
  countElements,
  installReadability,
  readerTitle,
  readReaderPaint,
  removeBareReader,
  timeEmptyInjection,
  timeReadability,
  toggleFirefoxReader,
  triggerBareReader,
  triggerReader,
  watchAboutReader,
} from './bench/in-page';
import { benchPages, type BenchPage } from './bench/pages';
import { servePages, type PageServer } from './bench/page-server';
import { selfTimeByPart, type CpuProfile } from './bench/profile';
import { quietBuild } from './bench/quiet-build';

interface Options {
  runs: number;
  browsers: BrowserName[];
  pages: string[] | null;
  build: boolean;
  /** Also profile cold opens in Chromium (separate runs, on a source-mapped build). */
  profile: boolean;
}

function parseArgs(argv: string[]): Options {
  const options: Options = { runs: 7, browsers: ['chromium', 'firefox'], pages: null, build: true, profile: true };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const next = () => argv[++i] ?? '';
    if (arg === '--runs') options.runs = Math.max(1, Number.parseInt(next(), 10) || 7);
    else if (arg === '--browser') options.browsers = [next() === 'firefox' ? 'firefox' : 'chromium'];
    else if (arg === '--pages') options.pages = next().split(',');
    else if (arg === '--no-build') options.build = false;
    else if (arg === '--no-profile') options.profile = false;
    else throw new Error(`Unknown argument ${arg}`);
  }
  return options;
}

/** One page's samples in one browser (milliseconds). */
interface Samples {
  /** Plain Readability in the page's main world (the probe tab): the first parse and the second. */
  baseCold: number[];
  baseWarm: number[];
  cold: number[];
  warm: number[];
  /** The bare reader (entrypoints/bare-reader), same trigger path, same paint signal, its own fresh tab. */
  bareCold: number[];
  bareWarm: number[];
  /** The first executeScript of an empty function in a fresh tab of the same page (the floor). */
  floor: number[];
  /** ms from the trigger to each phase mark (see PHASES and BARE_PHASES), per open. */
  coldPhases: Map<string, number[]>;
  warmPhases: Map<string, number[]>;
  bareColdPhases: Map<string, number[]>;
  bareWarmPhases: Map<string, number[]>;
  firefoxReader: number[];
  /** Firefox's reason for refusing Reader View, when it did. */
  firefoxRefused: string | null;
  /** The title the bare reader showed, when it was not the page's headline (Readability's own pick). */
  bareTitle: string | null;
  elements: number;
  problems: string[];
}

const median = (values: number[]): number | null => {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? null) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * How long a fresh tab is left after load before anything is timed in it: a large page keeps the
 * tab busy with its own first style, layout and paint for a while, and the first open would time
 * that too. Every tab (probe, Broadsheet, bare) waits the same.
 */
const SETTLE_MS = 1000;

/** Polls the page's marks until the paint time is recorded; returns it (or throws after 15 s). */
async function waitForPaint(
  tab: TabHandle,
  readTitle: () => Promise<string | null>,
): Promise<{ painted: number; title: string | null; phases: Record<string, number> }> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const marks = await tab.evaluate(readReaderPaint, undefined).catch(() => null);
    if (marks?.painted) return { painted: marks.painted, title: await readTitle(), phases: marks.phases ?? {} };
    if (Date.now() > deadline) throw new Error('the reader never painted');
    await sleep(20);
  }
}

/**
 * The overlay's phase marks in the order they happen, each with what the step up to it covers.
 * `script` is set only on a cold open (the script is already in the tab on a warm one).
 */
const PHASES: [mark: string, covers: string][] = [
  ['script', 'background, executeScript, compile (trigger → the overlay script runs)'],
  ['set', "the background's open message reaches the overlay"],
  ['extracted', 'extraction: pipeline + Readability + DOMPurify + metadata'],
  ['settings', 'settings read (started before extraction)'],
  ['rendered', 'Preact renders the reader into the shadow root'],
  ['painted', 'style, layout and paint of the first frame'],
];

/** The bare reader's marks (entrypoints/bare-reader): every open injects it, cold or warm. */
const BARE_PHASES: [mark: string, covers: string][] = [
  ['bare-script', 'background, executeScript, compile (trigger → the bare script runs)'],
  ['bare-parsed', 'new Readability(document.cloneNode(true)).parse()'],
  ['bare-sanitized', 'DOMPurify.sanitize(content)'],
  ['bare-rendered', 'shadow root, style, title and content inserted'],
  ['painted', 'style, layout and paint of the first frame'],
];

/** Opens the reader through the product's message; trigger → painted and → each phase mark, in ms. */
async function timeOpen(
  tab: TabHandle,
  control: TabHandle,
  tabId: number,
  page: BenchPage,
): Promise<{ ms: number; phases: Record<string, number> }> {
  await tab.evaluate(armReaderPaint, undefined);
  const { sent, response } = await control.evaluate(triggerReader, { tabId, action: 'open' });
  const answer = response as { ok?: boolean; value?: unknown; message?: string } | undefined;
  if (!answer?.ok || answer.value !== 'open') throw new Error(`reader:set open answered ${JSON.stringify(response)}`);
  const { painted, title, phases } = await waitForPaint(tab, () => tab.evaluate(readerTitle, undefined));
  if (title !== page.title) throw new Error(`the reader showed "${title}", expected "${page.title}"`);
  return { ms: painted - sent, phases: sinceTrigger(phases, painted, sent) };
}

/** Phase marks and the paint as ms since the trigger. */
function sinceTrigger(phases: Record<string, number>, painted: number, sent: number): Record<string, number> {
  const since: Record<string, number> = { painted: painted - sent };
  for (const [name, at] of Object.entries(phases)) since[name] = at - sent;
  return since;
}

/** Opens the bare reader (the bench's e2e-only message, the same hops); trigger → painted, and its marks. */
async function timeBareOpen(
  tab: TabHandle,
  control: TabHandle,
  tabId: number,
): Promise<{ ms: number; phases: Record<string, number>; title: string | null }> {
  await tab.evaluate(armReaderPaint, BARE_HOST);
  const { sent, response } = await control.evaluate(triggerBareReader, tabId);
  if (!(response as { ok?: boolean } | undefined)?.ok) throw new Error(`bench:bare-reader answered ${JSON.stringify(response)}`);
  const { painted, title, phases } = await waitForPaint(tab, () => tab.evaluate(bareReaderTitle, undefined));
  if (!title) throw new Error('the bare reader showed no title');
  return { ms: painted - sent, phases: sinceTrigger(phases, painted, sent), title };
}

async function closeReader(control: TabHandle, tabId: number): Promise<void> {
  const { response } = await control.evaluate(triggerReader, { tabId, action: 'close' });
  const answer = response as { ok?: boolean } | undefined;
  if (!answer?.ok) throw new Error(`reader:set close answered ${JSON.stringify(response)}`);
}

/** Firefox's Reader View on the loaded tab: toggle → article inserted + one frame, or its refusal. */
async function timeFirefoxReader(tab: TabHandle, control: TabHandle, tabId: number): Promise<number | { refused: string }> {
  const page = (tab as unknown as { page?: Page }).page;
  if (!page) throw new Error('The Firefox tab exposes no puppeteer page');
  await page.evaluateOnNewDocument(watchAboutReader);
  await tab.evaluate(clearMarks, undefined); // the http page still holds our reader's marks
  const toggled = await control.evaluate(toggleFirefoxReader, { tabId, waitMs: 5_000 });
  if ('refused' in toggled) return toggled;
  const { painted } = await waitForPaint(tab, async () => null);
  return painted - toggled.sent;
}

const push = (map: Map<string, number[]>, phases: Record<string, number>) => {
  for (const [name, ms] of Object.entries(phases)) map.set(name, [...(map.get(name) ?? []), ms]);
};

async function measurePage(
  session: BrowserSession,
  control: TabHandle,
  server: PageServer,
  page: BenchPage,
  runs: number,
  readability: string,
): Promise<Samples> {
  const s: Samples = {
    baseCold: [],
    baseWarm: [],
    cold: [],
    warm: [],
    bareCold: [],
    bareWarm: [],
    floor: [],
    coldPhases: new Map(),
    warmPhases: new Map(),
    bareColdPhases: new Map(),
    bareWarmPhases: new Map(),
    firefoxReader: [],
    firefoxRefused: null,
    bareTitle: null,
    elements: 0,
    problems: [],
  };
  const problem = (what: string, error: unknown) => s.problems.push(`${what}: ${error instanceof Error ? error.message : String(error)}`);
  for (let run = 0; run < runs; run++) {
    // The probe tab: the injection floor (the first extension script in the tab, so before
    // anything else there) and plain Readability in the main world, which no extension world sees.
    const probe = await session.openTab(server.url(page, `${session.name}-probe-${run}`));
    try {
      await sleep(SETTLE_MS);
      s.floor.push(await control.evaluate(timeEmptyInjection, await session.tabId(probe)));
      s.elements = await probe.evaluate(countElements, undefined);
      if (!(await probe.evaluate(installReadability, readability))) throw new Error('Readability did not load in the page');
      s.baseCold.push((await probe.evaluate(timeReadability, undefined)).ms);
      s.baseWarm.push((await probe.evaluate(timeReadability, undefined)).ms);
    } catch (error) {
      problem(`run ${run}, probe`, error);
    } finally {
      await probe.close().catch(() => undefined);
    }
    // Broadsheet and the bare reader each in a fresh tab (each cold open is the first extension
    // script there), in alternating order so neither always runs on the warmer browser.
    const order = run % 2 === 0 ? (['broadsheet', 'bare'] as const) : (['bare', 'broadsheet'] as const);
    for (const reader of order) {
      const tab = await session.openTab(server.url(page, `${session.name}-${reader}-${run}`));
      try {
        const tabId = await session.tabId(tab);
        await sleep(SETTLE_MS);
        if (reader === 'broadsheet') {
          const cold = await timeOpen(tab, control, tabId, page);
          s.cold.push(cold.ms);
          push(s.coldPhases, cold.phases);
          await closeReader(control, tabId);
          const warm = await timeOpen(tab, control, tabId, page);
          s.warm.push(warm.ms);
          push(s.warmPhases, warm.phases);
          await closeReader(control, tabId);
          if (session.name === 'firefox') {
            const result = await timeFirefoxReader(tab, control, tabId);
            if (typeof result === 'number') s.firefoxReader.push(result);
            else s.firefoxRefused = result.refused;
          }
        } else {
          const cold = await timeBareOpen(tab, control, tabId);
          s.bareCold.push(cold.ms);
          push(s.bareColdPhases, cold.phases);
          if (cold.title !== page.title) s.bareTitle = cold.title;
          await tab.evaluate(removeBareReader, undefined);
          const warm = await timeBareOpen(tab, control, tabId);
          s.bareWarm.push(warm.ms);
          push(s.bareWarmPhases, warm.phases);
          await tab.evaluate(removeBareReader, undefined);
        }
      } catch (error) {
        problem(`run ${run}, ${reader}`, error);
      } finally {
        await tab.close().catch(() => undefined);
      }
    }
  }
  return s;
}

/** Mean main-thread ms per part of a profiled cold open, per page, for Broadsheet and for the bare reader. */
type Profiles = Map<string, { broadsheet: Map<string, number>; bare: Map<string, number> }>;

const WALL = '(trigger → painted, profiler on)';

/**
 * Cold opens in Chromium under the CPU profiler, Broadsheet's and the bare reader's, each in a
 * fresh tab (alternating), each script attributed through its own source map.
 */
async function profileChromium(pages: BenchPage[], server: PageServer, outDir: string, runs: number): Promise<Profiles> {
  const dir = join(outDir, 'profiled');
  await quietBuild({ browser: 'chrome', mode: 'e2e', outDir: dir, vite: () => ({ build: { sourcemap: true } }) });
  const bundles = {
    broadsheet: { map: readBundleMap(join(dir, 'chrome-mv3-e2e', OVERLAY_SCRIPT)), url: OVERLAY_SCRIPT },
    bare: { map: readBundleMap(join(dir, 'chrome-mv3-e2e', BARE_READER_SCRIPT)), url: BARE_READER_SCRIPT },
  };
  const previous = process.env.BROADSHEET_OUT_DIR;
  process.env.BROADSHEET_OUT_DIR = dir;
  const session = await launchBrowser('chromium', 'e2e');
  process.env.BROADSHEET_OUT_DIR = previous;
  const result: Profiles = new Map();
  try {
    const control = await session.openExtensionPage('popup.html#bench-profile');
    for (const page of pages) {
      const sums = { broadsheet: new Map<string, number>(), bare: new Map<string, number>() };
      for (let run = 0; run < runs; run++) {
        for (const reader of run % 2 === 0 ? (['broadsheet', 'bare'] as const) : (['bare', 'broadsheet'] as const)) {
          const tab = await session.openTab(server.url(page, `profile-${reader}-${run}`));
          try {
            const tabId = await session.tabId(tab);
            await sleep(SETTLE_MS);
            const pw = (tab as unknown as { page?: PlaywrightPage }).page;
            if (!pw) throw new Error('The Chromium tab exposes no Playwright page');
            const cdp = await pw.context().newCDPSession(pw);
            await cdp.send('Profiler.enable');
            await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
            await cdp.send('Profiler.start');
            const { ms } = reader === 'broadsheet' ? await timeOpen(tab, control, tabId, page) : await timeBareOpen(tab, control, tabId);
            const { profile } = await cdp.send('Profiler.stop');
            const sum = sums[reader];
            const { map, url } = bundles[reader];
            for (const [part, t] of selfTimeByPart(profile as CpuProfile, map, url)) sum.set(part, (sum.get(part) ?? 0) + t);
            sum.set(WALL, (sum.get(WALL) ?? 0) + ms);
            await cdp.detach();
          } finally {
            await tab.close().catch(() => undefined);
          }
        }
      }
      const mean = (sum: Map<string, number>) => new Map([...sum].map(([part, t]) => [part, t / runs]));
      result.set(page.slug, { broadsheet: mean(sums.broadsheet), bare: mean(sums.bare) });
    }
  } finally {
    await session.close();
  }
  return result;
}

/**
 * Prints the profile table: the parts that cost most across pages, one column per page and
 * reader ("B" Broadsheet, "bare" the bare reader). The same library (Readability, DOMPurify)
 * shows its time in both, so the difference per part is where Broadsheet's extra time goes.
 */
function printProfile(profiles: Profiles, pages: BenchPage[], runs: number): void {
  const totals = new Map<string, number>();
  for (const { broadsheet, bare } of profiles.values())
    for (const parts of [broadsheet, bare]) for (const [part, t] of parts) if (part !== WALL) totals.set(part, (totals.get(part) ?? 0) + t);
  const top = [...totals]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 18)
    .map(([part]) => part);
  const sumOf = (parts: Map<string, number>, keep: (part: string) => boolean) =>
    [...parts].filter(([p]) => p !== WALL && keep(p)).reduce((n, [, t]) => n + t, 0);
  const cells = (pick: (parts: Map<string, number>) => number) =>
    pages.flatMap((p) => {
      const entry = profiles.get(p.slug);
      return [fmt(entry ? pick(entry.broadsheet) : null), fmt(entry ? pick(entry.bare) : null)];
    });
  const rows = [
    ...top.map((part) => [part, ...cells((m) => m.get(part) ?? 0)]),
    ['everything else', ...cells((m) => sumOf(m, (part) => !top.includes(part)))],
    ['= main-thread busy (page + reader)', ...cells((m) => sumOf(m, () => true))],
    [WALL, ...cells((m) => m.get(WALL) ?? 0)],
  ];
  console.log(
    `\n## chromium — where a cold open's main-thread time goes (ms, mean of ${runs} profiled runs each, source-mapped e2e build; B = Broadsheet, bare = bare reader)`,
  );
  printTable(['part', ...pages.flatMap((p) => [`${p.slug} B`, 'bare'])], rows);
  console.log(
    '  The rest of trigger → painted is outside this thread: the message to the background, executeScript, waiting for the frame.',
  );
}

/** Medians of each step's length (from the mark before it), per page, for one reader's phase list. */
function stepMedians(phases: Map<string, number[]>, list: [string, string][], i: number): number | null {
  const at = phases.get(list[i]?.[0] ?? '') ?? [];
  const before = i === 0 ? at.map(() => 0) : (phases.get(list[i - 1]?.[0] ?? '') ?? []);
  return at.length > 0 && at.length === before.length ? median(at.map((t, k) => t - (before[k] ?? 0))) : null;
}

/** Median over opens of `to − from` (two marks of the same opens), or null. */
function spanMedian(phases: Map<string, number[]>, from: string, to: string): number | null {
  const a = phases.get(from) ?? [];
  const b = phases.get(to) ?? [];
  return a.length > 0 && a.length === b.length ? median(b.map((t, k) => t - (a[k] ?? 0))) : null;
}

/**
 * Where a cold open's time goes, step by step: the median of each step's length (from the mark
 * before it), from the readers' phase marks. The steps add up to about the cold median above.
 */
function printPhases(
  name: string,
  pages: BenchPage[],
  perPage: Record<string, Samples>,
  summary: Record<string, Record<string, unknown>>,
): void {
  const table = (title: string, list: [string, string][], pick: (s: Samples) => Map<string, number[]>, floor: boolean) => {
    console.log(`\n## ${name} — ${title}`);
    const rows = list.map(([mark, covers], i) => [
      `→ ${mark}: ${covers}`,
      ...pages.map((p) => fmt(perPage[p.slug] ? stepMedians(pick(perPage[p.slug]!), list, i) : null)),
    ]);
    if (floor)
      rows.push([
        '(floor, in the first step: the first executeScript of an empty function in a fresh tab)',
        ...pages.map((p) => fmt(median(perPage[p.slug]?.floor ?? []))),
      ]);
    printTable(['step', ...pages.map((p) => p.slug)], rows);
  };
  table(
    "Broadsheet's cold open step by step (median ms of each step; marks in the e2e build's overlay)",
    PHASES,
    (s) => s.coldPhases,
    true,
  );
  table("the bare reader's cold open step by step (median ms of each step)", BARE_PHASES, (s) => s.bareColdPhases, false);
  for (const page of pages) {
    const s = perPage[page.slug];
    const entry = summary[page.slug];
    if (!s || !entry) continue;
    entry.coldSteps = {
      ...Object.fromEntries(PHASES.map(([mark], i) => [mark, stepMedians(s.coldPhases, PHASES, i)])),
      injectionFloor: median(s.floor),
    };
    entry.bareColdSteps = Object.fromEntries(BARE_PHASES.map(([mark], i) => [mark, stepMedians(s.bareColdPhases, BARE_PHASES, i)]));
  }
}

/**
 * Extraction in the browser: Broadsheet's extraction step (`set` → `extracted`: pipeline +
 * Readability + DOMPurify + metadata) against the bare reader's Readability parse + DOMPurify
 * sanitize (`bare-script` → `bare-sanitized`), same page, same run, cold and warm.
 */
function extractionRatios(s: Samples) {
  const ours = { cold: spanMedian(s.coldPhases, 'set', 'extracted'), warm: spanMedian(s.warmPhases, 'set', 'extracted') };
  const bare = {
    cold: spanMedian(s.bareColdPhases, 'bare-script', 'bare-sanitized'),
    warm: spanMedian(s.bareWarmPhases, 'bare-script', 'bare-sanitized'),
  };
  return {
    broadsheetExtractCold: ours.cold,
    bareExtractCold: bare.cold,
    extractRatioCold: ratio(ours.cold, bare.cold),
    broadsheetExtractWarm: ours.warm,
    bareExtractWarm: bare.warm,
    extractRatioWarm: ratio(ours.warm, bare.warm),
    bareParseCold: spanMedian(s.bareColdPhases, 'bare-script', 'bare-parsed'),
    bareSanitizeCold: spanMedian(s.bareColdPhases, 'bare-parsed', 'bare-sanitized'),
  };
}

const fmt = (value: number | null, digits = 1): string => (value === null ? '—' : value.toFixed(digits));
const diff = (a: number | null, b: number | null): number | null => (a === null || b === null ? null : a - b);
const ratio = (a: number | null, b: number | null): number | null => (a === null || b === null || b === 0 ? null : a / b);

function printTable(headers: string[], rows: string[][]): void {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  console.log(line(headers));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows) console.log(line(row));
}

function build(outDir: string): void {
  for (const args of [
    ['build', '--mode', 'e2e'],
    ['build', '-b', 'firefox', '--mode', 'e2e'],
  ]) {
    console.log(`$ BROADSHEET_OUT_DIR=${outDir} npx wxt ${args.join(' ')}`);
    const result = spawnSync('npx', ['wxt', ...args], {
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, BROADSHEET_OUT_DIR: outDir },
    });
    if (result.status !== 0) throw new Error(`wxt ${args.join(' ')} failed`);
  }
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const outDir = process.env.BROADSHEET_OUT_DIR ?? '.output-bench';
  process.env.BROADSHEET_OUT_DIR = outDir; // the harness finds the builds here
  if (options.build) build(outDir);
  const pages = benchPages().filter((p) => !options.pages || options.pages.includes(p.slug));
  const readability = readFileSync(createRequire(import.meta.url).resolve('@mozilla/readability/Readability.js'), 'utf8');
  const server = await servePages(pages);
  const results: Record<string, Record<string, Samples>> = {};
  const loadAtStart: Record<string, number> = {};
  let profiles: Profiles | null = null;
  try {
    for (const name of options.browsers) {
      loadAtStart[name] = loadavg()[0] ?? 0;
      console.log(
        `\n${name}: ${pages.length} pages × ${options.runs} runs… (load average ${loadavg()[0]?.toFixed(1)} on ${cpus().length} cores)`,
      );
      const session = await launchBrowser(name, 'e2e');
      try {
        // Opened first, so each page's tab is the active, visible one (hidden tabs get no frames).
        const control = await session.openExtensionPage('popup.html#bench');
        const perPage: Record<string, Samples> = {};
        for (const page of pages) perPage[page.slug] = await measurePage(session, control, server, page, options.runs, readability);
        results[name] = perPage;
      } finally {
        await session.close();
      }
    }
    if (options.profile && options.browsers.includes('chromium')) {
      console.log(`\nchromium: profiling ${pages.length} pages × 3 cold opens of each reader… (load average ${loadavg()[0]?.toFixed(1)})`);
      profiles = await profileChromium(pages, server, outDir, 3);
    }
  } finally {
    await server.stop();
  }

  // Timings stretch when other work shares the CPU: say how busy the machine was.
  const load = loadavg()[0] ?? 0;
  console.log(
    `\nLoad average at the end: ${load.toFixed(1)} on ${cpus().length} cores${load > cpus().length ? ' (busy: absolute times are inflated; ratios within this run are the figures to compare)' : ''}.`,
  );
  const summary: Record<string, unknown> = { runs: options.runs, loadAverage: load, cores: cpus().length };
  for (const [name, perPage] of Object.entries(results)) {
    console.log(
      `\n## ${name} — medians in ms, trigger → reader painted (load average ${loadAtStart[name]?.toFixed(1)} at the start of this browser's runs)`,
    );
    console.log(
      '   bare = the bare reader (Readability + DOMPurify into a shadow root), same trigger path, same paint signal, its own fresh tab',
    );
    const rows: string[][] = [];
    const pageSummary: Record<string, Record<string, unknown>> = {};
    for (const page of pages) {
      const s = perPage[page.slug];
      if (!s) continue;
      const m = {
        broadsheetCold: median(s.cold),
        bareCold: median(s.bareCold),
        broadsheetWarm: median(s.warm),
        bareWarm: median(s.bareWarm),
        readabilityCold: median(s.baseCold),
        readabilityWarm: median(s.baseWarm),
        firefoxReader: median(s.firefoxReader),
      };
      const kb = Buffer.byteLength(page.html) / 1024;
      const row = [
        `${page.slug} (${kb.toFixed(0)} kB, ${s.elements} el.)`,
        fmt(m.broadsheetCold),
        fmt(m.bareCold),
        `${fmt(ratio(m.broadsheetCold, m.bareCold), 2)}×`,
        fmt(diff(m.broadsheetCold, m.bareCold)),
        fmt(m.broadsheetWarm),
        fmt(m.bareWarm),
        `${fmt(ratio(m.broadsheetWarm, m.bareWarm), 2)}×`,
        fmt(diff(m.broadsheetWarm, m.bareWarm)),
        fmt(m.readabilityCold),
        fmt(median(s.floor)),
      ];
      if (name === 'firefox') {
        row.push(
          s.firefoxRefused ? 'refused' : fmt(m.firefoxReader),
          s.firefoxRefused ? '—' : `${fmt(ratio(m.broadsheetCold, m.firefoxReader), 2)}×`,
        );
      }
      rows.push(row);
      pageSummary[page.slug] = {
        ...m,
        bareRatioCold: ratio(m.broadsheetCold, m.bareCold),
        bareRatioWarm: ratio(m.broadsheetWarm, m.bareWarm),
        bareExtraColdMs: diff(m.broadsheetCold, m.bareCold),
        bareExtraWarmMs: diff(m.broadsheetWarm, m.bareWarm),
        ratioCold: ratio(m.broadsheetCold, m.readabilityCold),
        ratioWarm: ratio(m.broadsheetWarm, m.readabilityWarm),
        injectionFloor: median(s.floor),
        ...extractionRatios(s),
        ...(name === 'firefox' ? { firefoxRefused: s.firefoxRefused, vsReaderView: ratio(m.broadsheetCold, m.firefoxReader) } : {}),
        ...(s.bareTitle ? { bareTitle: s.bareTitle } : {}),
        samples: { broadsheet: s.cold.length, bare: s.bareCold.length },
        problems: s.problems,
      };
    }
    const headers = [
      'page',
      'B cold',
      'bare cold',
      'ratio',
      'B − bare',
      'B warm',
      'bare warm',
      'ratio',
      'B − bare',
      'main-world Readability',
      'inject floor',
    ];
    if (name === 'firefox') headers.push('Reader View', 'B cold / Reader View');
    printTable(headers, rows);
    for (const page of pages) for (const p of perPage[page.slug]?.problems ?? []) console.log(`  ! ${page.slug} ${p}`);
    for (const page of pages) {
      const bareTitle = perPage[page.slug]?.bareTitle;
      if (bareTitle) console.log(`  (${page.slug}: the bare reader's title was Readability's "${bareTitle}")`);
    }

    console.log(
      `\n## ${name} — extraction in the page (median ms; Broadsheet: set → extracted; bare: Readability parse + DOMPurify sanitize)`,
    );
    printTable(
      ['page', 'B extract cold', 'bare parse', '+ sanitize', '= bare cold', 'ratio', 'B extract warm', 'bare warm', 'ratio'],
      pages.map((p) => {
        const x = extractionRatios(perPage[p.slug]!);
        return [
          p.slug,
          fmt(x.broadsheetExtractCold),
          fmt(x.bareParseCold),
          fmt(x.bareSanitizeCold),
          fmt(x.bareExtractCold),
          `${fmt(x.extractRatioCold, 2)}×`,
          fmt(x.broadsheetExtractWarm),
          fmt(x.bareExtractWarm),
          `${fmt(x.extractRatioWarm, 2)}×`,
        ];
      }),
    );
    printPhases(name, pages, perPage, pageSummary);

    // The worst page decides the bare ratios; Reader View's is the median over the pages it reads.
    const worst = (key: string) => {
      const values = Object.values(pageSummary)
        .map((e) => e[key])
        .filter((v): v is number => typeof v === 'number');
      return values.length ? Math.max(...values) : null;
    };
    const browserSummary: Record<string, unknown> = {
      bareRatioCold: worst('bareRatioCold'),
      bareRatioWarm: worst('bareRatioWarm'),
      extractRatioCold: worst('extractRatioCold'),
      extractRatioWarm: worst('extractRatioWarm'),
    };
    if (name === 'firefox') {
      browserSummary.vsReaderView = median(
        Object.values(pageSummary)
          .map((e) => e.vsReaderView)
          .filter((v): v is number => typeof v === 'number'),
      );
      browserSummary.readerViewRefused = pages.filter((p) => perPage[p.slug]?.firefoxRefused).map((p) => p.slug);
    }
    browserSummary.loadAverageAtStart = loadAtStart[name];
    browserSummary.pages = pageSummary;
    summary[name] = browserSummary;
    console.log(
      `\n${name}: worst page B/bare cold ${fmt(browserSummary.bareRatioCold as number | null, 2)}× (target ≤ 1.5×), warm ${fmt(browserSummary.bareRatioWarm as number | null, 2)}× (target ≤ 1.2×); extraction B/bare cold ${fmt(browserSummary.extractRatioCold as number | null, 2)}×, warm ${fmt(browserSummary.extractRatioWarm as number | null, 2)}× (target ≤ 1.5×)${name === 'firefox' ? `; B cold / Reader View, median over pages ${fmt(browserSummary.vsReaderView as number | null, 2)}× (target ≤ 0.75×)` : ''}`,
    );
  }
  if (profiles) {
    printProfile(profiles, pages, 3);
    summary.chromiumProfile = Object.fromEntries(
      [...profiles].map(([slug, { broadsheet, bare }]) => [
        slug,
        { broadsheet: Object.fromEntries(broadsheet), bare: Object.fromEntries(bare) },
      ]),
    );
  }
  console.log(
    '\nTargets (issue #14): on every page, Broadsheet cold ≤ 1.5× and warm ≤ 1.2× the bare reader; extraction ≤ 1.5× a plain Readability parse + DOMPurify; Firefox: cold ≤ 0.75× Reader View (median over pages).',
  );
  console.log(JSON.stringify({ bench: 'reader', ...summary }));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
