#!/usr/bin/env node
// `npm run bench:size`: what Broadsheet puts into a page when the reader opens, and proof that it
// puts nothing there before. Prints figures; asserts nothing (targets live in benchmarks, not tests).
//
//   1. Builds the production extension for Chrome and Firefox (WXT, programmatically) into
//      BROADSHEET_OUT_DIR (default .output-bench), and prints the size of the injected overlay
//      script, minified and gzip -9 (plus brotli); of the panel script injected later, only if the
//      reader's Aa or Listen button is pressed; and of the background and popup for context.
//   2. Breaks the injected bundle down by origin (Readability, DOMPurify, Preact, WXT runtime,
//      our CSS, our code by folder) from a source-mapped build of the same code: minified bytes
//      attributed through the source map, each group gzipped on its own ("gzip alone"), and what
//      the bundle's gzip size loses when that group's bytes are taken out ("gzip if removed": the
//      honest estimate of a saving, since shared strings compress together).
//   3. Checks the production manifests: no content_scripts, no host permissions, no web-accessible
//      resources, exactly the four permissions DESIGN.md allows.
//   4. At runtime, in headless Chromium (scripts/bench/injection-proof.ts, via tsx): no extension
//      execution context exists in a loaded page until a real toolbar click, then one appears.
// Runs under tsx (it shares TypeScript helpers in scripts/bench/ with bench:reader).
// Usage: npm run bench:size [-- --no-runtime]   (the JSON line at the end is for tools)
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

import { OVERLAY_SCRIPT, PANELS_SCRIPT } from '../utils/injected-scripts';
import { readBundleMap } from './bench/bundle-map';
import { quietBuild } from './bench/quiet-build';

const ROOT = resolve(import.meta.dirname, '..');
const OUT = resolve(ROOT, process.env.BROADSHEET_OUT_DIR ?? '.output-bench');
const TARGET_GZIP = 40 * 1024;
const ALLOWED_PERMISSIONS = ['activeTab', 'scripting', 'storage', 'contextMenus'];
const args = new Set(process.argv.slice(2));

const gzip = (data) => gzipSync(data, { level: 9 }).length;
const brotli = (data) => brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;

function sizes(data) {
  return { min: data.length, gzip: gzip(data), brotli: brotli(data) };
}

// ---------- 1. sizes ----------
console.log(`Building production Chrome and Firefox into ${relative(ROOT, OUT)}/ …`);
await quietBuild({ browser: 'chrome', outDir: OUT });
await quietBuild({ browser: 'firefox', outDir: OUT });
const overlayFile = OVERLAY_SCRIPT.replace(/^\//, '');
const panelsFile = PANELS_SCRIPT.replace(/^\//, '');
const report = { bench: 'size', overlay: overlayFile, targetGzip: TARGET_GZIP, builds: {} };

for (const target of ['chrome-mv3', 'firefox-mv2']) {
  const dir = join(OUT, target);
  const overlay = sizes(readFileSync(join(dir, overlayFile)));
  const panels = sizes(readFileSync(join(dir, panelsFile)));
  const background = sizes(readFileSync(join(dir, 'background.js')));
  // popup.html and every script, module preload and stylesheet it loads (shared chunks included).
  const popupHtml = readFileSync(join(dir, 'popup.html'), 'utf8');
  const popupFiles = [
    join(dir, 'popup.html'),
    ...[...popupHtml.matchAll(/(?:src|href)="\/([^"]+\.(?:js|css))"/g)].map((m) => join(dir, m[1])),
  ];
  const popup = sizes(Buffer.concat(popupFiles.map((f) => readFileSync(f))));
  report.builds[target] = { overlay, panels, background, popup };
  console.log(`\n## ${target} (production)`);
  console.log(
    `  injected on click  ${overlayFile.padEnd(28)} ${kb(overlay.min).padStart(9)} min  ${kb(overlay.gzip).padStart(8)} gzip -9  ${kb(overlay.brotli).padStart(8)} brotli`,
  );
  console.log(
    `  on first Aa/Listen ${panelsFile.padEnd(28)} ${kb(panels.min).padStart(9)} min  ${kb(panels.gzip).padStart(8)} gzip -9  ${kb(panels.brotli).padStart(8)} brotli`,
  );
  console.log(
    `  background         ${'background.js'.padEnd(28)} ${kb(background.min).padStart(9)} min  ${kb(background.gzip).padStart(8)} gzip -9`,
  );
  console.log(
    `  popup (on open)    ${`${popupFiles.length} files (html+js+css)`.padEnd(28)} ${kb(popup.min).padStart(9)} min  ${kb(popup.gzip).padStart(8)} gzip -9`,
  );
}
const chromeOverlay = report.builds['chrome-mv3'].overlay;
console.log(
  `\nInjected (Chrome): ${kb(chromeOverlay.gzip)} gzip — target ≤ ${kb(TARGET_GZIP)}: ${chromeOverlay.gzip <= TARGET_GZIP ? 'MET' : 'NOT MET'} (Reader View 41.9 kB, Just Read 118 kB)`,
);

// ---------- 2. breakdown ----------
console.log('\nBuilding a source-mapped copy for the breakdown …');
const analysisDir = join(OUT, 'analysis');
await quietBuild({ browser: 'chrome', outDir: analysisDir, vite: () => ({ build: { sourcemap: true } }) });
const mappedPath = join(analysisDir, 'chrome-mv3', overlayFile);
const bundle = readBundleMap(mappedPath);
const code = bundle.code;
const text = bundle.textByGroup();

const total = sizes(Buffer.from(code));
/** The bundle's gzip size without the characters owned by the groups `drop` accepts. */
const gzipWithout = (drop) => {
  let kept = '';
  for (const [group, t] of text) if (!drop(group)) kept += t;
  return gzip(kept);
};
const groups = [...text]
  .map(([group, t]) => ({ group, min: Buffer.byteLength(t), gzipAlone: gzip(t), gzipSaved: total.gzip - gzipWithout((g) => g === group) }))
  .filter((g) => g.min > 0);
groups.sort((a, b) => Number(a.group.startsWith('ours:')) - Number(b.group.startsWith('ours:')) || b.min - a.min);
const ours = groups.filter((g) => g.group.startsWith('ours:'));
const oursText = [...text]
  .filter(([group]) => group.startsWith('ours:'))
  .map(([, t]) => t)
  .join('');
const row = (name, min, alone, saved) =>
  console.log(`  ${name.padEnd(54)} ${kb(min).padStart(9)} ${kb(alone).padStart(11)} ${kb(saved).padStart(15)}`);
console.log(
  `\n## What the injected bundle contains (${overlayFile}, Chrome; analysis build ${kb(total.min)} min / ${kb(total.gzip)} gzip)`,
);
console.log("  gzip alone: the part compressed on its own; gzip if removed: what the whole bundle's gzip -9 loses without it");
console.log(`  ${'part'.padEnd(54)} ${'min'.padStart(9)} ${'gzip alone'.padStart(11)} ${'gzip if removed'.padStart(15)}`);
for (const g of groups) row(g.group, g.min, g.gzipAlone, g.gzipSaved);
row(
  'ours, all files together',
  ours.reduce((n, g) => n + g.min, 0),
  gzip(oursText),
  total.gzip - gzipWithout((g) => g.startsWith('ours:')),
);
report.breakdown = groups;
if (Math.abs(total.min - chromeOverlay.min) > 512)
  console.log(`  (the source-mapped build differs from the real one by ${total.min - chromeOverlay.min} bytes)`);

// ---------- 3. manifests ----------
console.log('\n## Nothing injected before a click: manifests (production)');
const hostLike = (p) => p === '<all_urls>' || /^[a-z*]+:\/\//.test(p);
report.manifests = {};
for (const target of ['chrome-mv3', 'firefox-mv2']) {
  const manifest = JSON.parse(readFileSync(join(OUT, target, 'manifest.json'), 'utf8'));
  const permissions = manifest.permissions ?? [];
  const checks = {
    'no content_scripts': !manifest.content_scripts || manifest.content_scripts.length === 0,
    'no host permissions':
      (manifest.host_permissions ?? []).length === 0 &&
      !permissions.some(hostLike) &&
      (manifest.optional_permissions ?? []).filter(hostLike).length === 0,
    'no web_accessible_resources': !manifest.web_accessible_resources || manifest.web_accessible_resources.length === 0,
    [`permissions = ${ALLOWED_PERMISSIONS.join(', ')}`]:
      permissions.length === ALLOWED_PERMISSIONS.length && ALLOWED_PERMISSIONS.every((p) => permissions.includes(p)),
  };
  report.manifests[target] = checks;
  for (const [check, ok] of Object.entries(checks)) console.log(`  ${target.padEnd(12)} ${ok ? 'PASS' : 'FAIL'}  ${check}`);
}

// ---------- 4. runtime ----------
if (args.has('--no-runtime')) {
  console.log('\n(runtime proof skipped: --no-runtime)');
} else if (!existsSync('/usr/bin/chromium') && !process.env.BROADSHEET_CHROMIUM) {
  console.log('\nRuntime proof: NOT RUN, /usr/bin/chromium is missing (apt-get install chromium)');
  report.runtime = null;
} else {
  console.log('\n## Nothing injected before a click: runtime (headless Chromium, production build, CDP)');
  const proof = spawnSync('npx', ['tsx', join('scripts', 'bench', 'injection-proof.ts')], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, BROADSHEET_OUT_DIR: OUT },
  });
  const last = proof.stdout.trim().split('\n').pop() ?? '';
  try {
    const r = JSON.parse(last);
    report.runtime = r;
    console.log(
      `  contexts in the page after load + reload + 1.5 s idle: ${r.contextsSeenBeforeClick.length} (${r.contextsSeenBeforeClick.join('; ')})`,
    );
    console.log(
      `  ${r.extensionContextsBeforeClick === 0 ? 'PASS' : 'FAIL'}  extension contexts before the click: ${r.extensionContextsBeforeClick}`,
    );
    const after = r.extensionContextsAfterClick;
    console.log(
      `  ${after.length > 0 ? 'PASS' : 'FAIL'}  after a real toolbar click (Extensions.triggerAction): ${after.map((c) => `${c.type} world "${c.name}" ${c.origin} at +${c.msAfterClick} ms`).join('; ') || 'none'}`,
    );
    console.log(`  ${r.readerTitleAfterClick ? 'PASS' : 'FAIL'}  reader shown: ${JSON.stringify(r.readerTitleAfterClick)}`);
  } catch {
    console.log(`  Runtime proof FAILED to run:\n${proof.stderr || proof.stdout}`);
    report.runtime = { pass: false, error: (proof.stderr || proof.stdout).slice(-2000) };
  }
}

console.log(`\n${JSON.stringify(report)}`);
