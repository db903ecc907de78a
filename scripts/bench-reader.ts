/**
 * `npm run bench:reader`: how fast the reader opens, in real headless browsers, against baselines
 * measured in the same run on the same pages. It prints figures; it asserts nothing (timing
 * targets live here, never in tests).
 *
 * What is measured (medians over --runs runs; each run opens the page in a fresh tab):
 *   - Broadsheet, cold: the first open in a tab. From the moment an extension page sends the
 *     product's own `reader:set` message (the trigger) until the reader's title is in the overlay's
 *     shadow root, the next requestAnimationFrame callback has run, and a task queued from that
 *     callback has run (so that frame's style, layout and paint are done: the reader is on screen).
 *     Includes the background's handling, injecting the overlay script, extraction
 *     (Readability + sanitizing + language and reading time), reading settings and rendering.
 *   - Broadsheet, warm: the same after closing it, with the overlay script already in the tab.
 *   - Baseline: plain `new Readability(document.cloneNode(true)).parse()` in the same page (the
 *     library's own file injected into the main world), timed in the page. Cold = the first parse
 *     after load; warm = the second. Ratio = Broadsheet / baseline (target: cold ≤ 1.5×).
 *   - Firefox only: Firefox's own Reader View, `browser.tabs.toggleReaderMode(tabId)` from an
 *     extension page once Firefox judges the tab readerable, until about:reader has inserted the
 *     article into `.moz-reader-content` and the next frame is rendered, same signal (a preload script in
 *     about:reader watches). Pages it refuses are reported. Target: Broadsheet cold ≤ ½ of it.
 * Clocks: epoch milliseconds from `performance.timeOrigin + performance.now()` in the extension page
 * (trigger) and the web page (paint), on the same machine.
 *
 * It uses the e2e builds (host permission for 127.0.0.1, so a message can trigger the reader
 * without a toolbar gesture) and builds them into BROADSHEET_OUT_DIR (default `.output-bench`)
 * unless --no-build.
 *
 * Then, unless --no-profile, it explains the Chromium cold figure: separate cold opens on a
 * source-mapped e2e build under the V8 CPU profiler, the tab's main-thread time split by part
 * (Readability, DOMPurify, Preact, our files, compile/style/layout, builtins such as Intl and focus).
 * These runs are slower (profiler on) and are not in the timing tables.
 *
 * Usage:
 *   npm run bench:reader [-- --runs 7] [--browser chromium|firefox] [--pages en-small,hi-small] [--no-build] [--no-profile]
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import type { Page as PlaywrightPage } from 'playwright-core';
import type { Page } from 'puppeteer-core';
import { launchBrowser, type BrowserName, type BrowserSession, type TabHandle } from '../e2e/harness';
import { OVERLAY_SCRIPT } from '../utils/injected-scripts';
import { readBundleMap } from './bench/bundle-map';
import {
  armReaderPaint,
  clearMarks,
  countElements,
  installReadability,
  readerTitle,
  readReaderPaint,
  timeEmptyInjection,
  timeReadability,
  toggleFirefoxReader,
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
  baseCold: number[];
  baseWarm: number[];
  cold: number[];
  warm: number[];
  /** The first executeScript of an empty function in a fresh tab of the same page (the floor). */
  floor: number[];
  /** Cold opens: ms from the trigger to each overlay phase mark (see PHASES). */
  coldPhases: Map<string, number[]>;
  firefoxReader: number[];
  /** Firefox's reason for refusing Reader View, when it did. */
  firefoxRefused: string | null;
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

/** Polls the page's marks until the paint time is recorded; returns it (or throws after 15 s). */
async function waitForPaint(tab: TabHandle): Promise<{ painted: number; title: string | null; phases: Record<string, number> }> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const marks = await tab.evaluate(readReaderPaint, undefined).catch(() => null);
    if (marks?.painted) return { painted: marks.painted, title: await tab.evaluate(readerTitle, undefined), phases: marks.phases ?? {} };
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
  const { painted, title, phases } = await waitForPaint(tab);
  if (title !== page.title) throw new Error(`the reader showed "${title}", expected "${page.title}"`);
  const sinceTrigger: Record<string, number> = { painted: painted - sent };
  for (const [name, at] of Object.entries(phases)) sinceTrigger[name] = at - sent;
  return { ms: painted - sent, phases: sinceTrigger };
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
  const { painted } = await waitForPaint(tab);
  return painted - toggled.sent;
}

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
    floor: [],
    coldPhases: new Map(),
    firefoxReader: [],
    firefoxRefused: null,
    elements: 0,
    problems: [],
  };
  for (let run = 0; run < runs; run++) {
    const probe = await session.openTab(server.url(page, `${session.name}-floor-${run}`));
    try {
      // Let the page finish its own first layout and paint: a large one keeps the tab busy for a
      // while after load, and the probe would time that instead of the injection.
      await sleep(1000);
      s.floor.push(await control.evaluate(timeEmptyInjection, await session.tabId(probe)));
    } catch (error) {
      s.problems.push(`run ${run}, floor: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      await probe.close().catch(() => undefined);
    }
    const tab = await session.openTab(server.url(page, `${session.name}-${run}`));
    try {
      const tabId = await session.tabId(tab);
      s.elements = await tab.evaluate(countElements, undefined);
      if (!(await tab.evaluate(installReadability, readability))) throw new Error('Readability did not load in the page');
      s.baseCold.push((await tab.evaluate(timeReadability, undefined)).ms);
      s.baseWarm.push((await tab.evaluate(timeReadability, undefined)).ms);
      const cold = await timeOpen(tab, control, tabId, page);
      s.cold.push(cold.ms);
      for (const [name, ms] of Object.entries(cold.phases)) s.coldPhases.set(name, [...(s.coldPhases.get(name) ?? []), ms]);
      await closeReader(control, tabId);
      s.warm.push((await timeOpen(tab, control, tabId, page)).ms);
      await closeReader(control, tabId);
      if (session.name === 'firefox') {
        const result = await timeFirefoxReader(tab, control, tabId);
        if (typeof result === 'number') s.firefoxReader.push(result);
        else s.firefoxRefused = result.refused;
      }
    } catch (error) {
      s.problems.push(`run ${run}: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      await tab.close().catch(() => undefined);
    }
  }
  return s;
}

/** Cold opens in Chromium under the CPU profiler; mean main-thread ms per part, per page. */
async function profileChromium(
  pages: BenchPage[],
  server: PageServer,
  outDir: string,
  runs: number,
): Promise<Map<string, Map<string, number>>> {
  const dir = join(outDir, 'profiled');
  await quietBuild({ browser: 'chrome', mode: 'e2e', outDir: dir, vite: () => ({ build: { sourcemap: true } }) });
  const bundle = readBundleMap(join(dir, 'chrome-mv3-e2e', OVERLAY_SCRIPT));
  const previous = process.env.BROADSHEET_OUT_DIR;
  process.env.BROADSHEET_OUT_DIR = dir;
  const session = await launchBrowser('chromium', 'e2e');
  process.env.BROADSHEET_OUT_DIR = previous;
  const result = new Map<string, Map<string, number>>();
  try {
    const control = await session.openExtensionPage('popup.html#bench-profile');
    for (const page of pages) {
      const sum = new Map<string, number>();
      for (let run = 0; run < runs; run++) {
        const tab = await session.openTab(server.url(page, `profile-${run}`));
        try {
          const tabId = await session.tabId(tab);
          const pw = (tab as unknown as { page?: PlaywrightPage }).page;
          if (!pw) throw new Error('The Chromium tab exposes no Playwright page');
          const cdp = await pw.context().newCDPSession(pw);
          await cdp.send('Profiler.enable');
          await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
          await cdp.send('Profiler.start');
          const { ms } = await timeOpen(tab, control, tabId, page);
          const { profile } = await cdp.send('Profiler.stop');
          for (const [part, t] of selfTimeByPart(profile as CpuProfile, bundle, OVERLAY_SCRIPT)) sum.set(part, (sum.get(part) ?? 0) + t);
          sum.set('(trigger → painted, profiler on)', (sum.get('(trigger → painted, profiler on)') ?? 0) + ms);
          await cdp.detach();
        } finally {
          await tab.close().catch(() => undefined);
        }
      }
      result.set(page.slug, new Map([...sum].map(([part, t]) => [part, t / runs])));
    }
  } finally {
    await session.close();
  }
  return result;
}

/** Prints the profile table: the parts that cost most across pages, one column per page. */
function printProfile(profiles: Map<string, Map<string, number>>, pages: BenchPage[], runs: number): void {
  const wall = '(trigger → painted, profiler on)';
  const totals = new Map<string, number>();
  for (const parts of profiles.values()) for (const [part, t] of parts) if (part !== wall) totals.set(part, (totals.get(part) ?? 0) + t);
  const top = [...totals]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 16)
    .map(([part]) => part);
  const cell = (slug: string, pick: (parts: Map<string, number>) => number) => fmt(pick(profiles.get(slug) ?? new Map<string, number>()));
  const sumOf = (parts: Map<string, number>, keep: (part: string) => boolean) =>
    [...parts].filter(([p]) => p !== wall && keep(p)).reduce((n, [, t]) => n + t, 0);
  const rows = [
    ...top.map((part) => [part, ...pages.map((p) => cell(p.slug, (m) => m.get(part) ?? 0))]),
    ['everything else', ...pages.map((p) => cell(p.slug, (m) => sumOf(m, (part) => !top.includes(part))))],
    ['= main-thread busy (page + overlay)', ...pages.map((p) => cell(p.slug, (m) => sumOf(m, () => true)))],
    [wall, ...pages.map((p) => cell(p.slug, (m) => m.get(wall) ?? 0))],
  ];
  console.log(`\n## chromium — where a cold open's main-thread time goes (ms, mean of ${runs} profiled runs, source-mapped e2e build)`);
  printTable(['part', ...pages.map((p) => p.slug)], rows);
  console.log(
    '  The rest of trigger → painted is outside this thread: the message to the background, executeScript, waiting for the frame.',
  );
}

/**
 * Where a cold open's time goes, step by step: the median of each step's length (from the mark
 * before it), from the overlay's phase marks. The steps add up to about the cold median above.
 */
function printPhases(name: string, pages: BenchPage[], perPage: Record<string, Samples>, summary: Record<string, unknown>): void {
  const step = (s: Samples, i: number): number | null => {
    const at = s.coldPhases.get(PHASES[i]?.[0] ?? '') ?? [];
    const before = i === 0 ? at.map(() => 0) : (s.coldPhases.get(PHASES[i - 1]?.[0] ?? '') ?? []);
    return at.length === before.length ? median(at.map((t, k) => t - (before[k] ?? 0))) : null;
  };
  console.log(`\n## ${name} — a cold open step by step (median ms of each step; marks in the e2e build's overlay)`);
  const rows = PHASES.map(([mark, covers], i) => [
    `→ ${mark}: ${covers}`,
    ...pages.map((p) => fmt(perPage[p.slug] ? step(perPage[p.slug]!, i) : null)),
  ]);
  rows.push([
    '(floor, in the first step: the first executeScript of an empty function in a fresh tab)',
    ...pages.map((p) => fmt(median(perPage[p.slug]?.floor ?? []))),
  ]);
  printTable(['step', ...pages.map((p) => p.slug)], rows);
  for (const page of pages) {
    const s = perPage[page.slug];
    const entry = summary[page.slug] as Record<string, unknown> | undefined;
    if (s && entry)
      entry.coldSteps = { ...Object.fromEntries(PHASES.map(([mark], i) => [mark, step(s, i)])), injectionFloor: median(s.floor) };
  }
}

const fmt = (value: number | null, digits = 1): string => (value === null ? '—' : value.toFixed(digits));
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
  let profiles: Map<string, Map<string, number>> | null = null;
  try {
    for (const name of options.browsers) {
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
      console.log(`\nchromium: profiling ${pages.length} pages × 3 cold opens…`);
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
    console.log(`\n## ${name} — medians in ms (trigger → reader painted; Readability = plain parse of a clone, same page, same run)`);
    const rows: string[][] = [];
    const browserSummary: Record<string, unknown> = {};
    for (const page of pages) {
      const s = perPage[page.slug];
      if (!s) continue;
      const m = {
        readabilityCold: median(s.baseCold),
        readabilityWarm: median(s.baseWarm),
        broadsheetCold: median(s.cold),
        broadsheetWarm: median(s.warm),
        firefoxReader: median(s.firefoxReader),
      };
      const kb = Buffer.byteLength(page.html) / 1024;
      const row = [
        `${page.slug} (${kb.toFixed(0)} kB, ${s.elements} el.)`,
        fmt(m.readabilityCold),
        fmt(m.broadsheetCold),
        `${fmt(ratio(m.broadsheetCold, m.readabilityCold), 2)}×`,
        fmt(m.readabilityWarm),
        fmt(m.broadsheetWarm),
        `${fmt(ratio(m.broadsheetWarm, m.readabilityWarm), 2)}×`,
      ];
      if (name === 'firefox') {
        row.push(
          s.firefoxRefused ? 'refused' : fmt(m.firefoxReader),
          s.firefoxRefused ? '—' : `${fmt(ratio(m.broadsheetCold, m.firefoxReader), 2)}×`,
        );
      }
      rows.push(row);
      browserSummary[page.slug] = {
        ...m,
        ratioCold: ratio(m.broadsheetCold, m.readabilityCold),
        ratioWarm: ratio(m.broadsheetWarm, m.readabilityWarm),
        ...(name === 'firefox' ? { firefoxRefused: s.firefoxRefused, vsFirefox: ratio(m.broadsheetCold, m.firefoxReader) } : {}),
        samples: s.cold.length,
        problems: s.problems,
      };
    }
    const headers = ['page', 'Readability cold', 'Broadsheet cold', 'ratio', 'Readability warm', 'Broadsheet warm', 'ratio'];
    if (name === 'firefox') headers.push('Firefox Reader View', 'Broadsheet/Firefox');
    printTable(headers, rows);
    for (const page of pages) for (const p of perPage[page.slug]?.problems ?? []) console.log(`  ! ${page.slug} ${p}`);
    printPhases(name, pages, perPage, browserSummary);
    summary[name] = browserSummary;
  }
  if (profiles) {
    printProfile(profiles, pages, 3);
    summary.chromiumProfile = Object.fromEntries([...profiles].map(([slug, parts]) => [slug, Object.fromEntries(parts)]));
  }
  console.log('\nTargets: Broadsheet cold ≤ 1.5× Readability (Chromium); ≤ 0.5× Firefox Reader View, and a reader where Firefox refuses.');
  console.log(JSON.stringify({ bench: 'reader', ...summary }));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
