#!/usr/bin/env node
// `npm test`: every check and every test tier, in the order that fails fastest.
//   1. typecheck + ESLint boundaries + Prettier     2. unit/component/pipeline tests (vitest + fakeBrowser)
//   3. builds (production + e2e, Chrome + Firefox) + web-ext lint     4. E2E in real Chromium and Firefox
// It refuses to run without the browsers (no silent skips) and ends with one line CI can read:
// "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const BROWSERS = ['/usr/bin/chromium', '/usr/bin/firefox-esr'];
const REPORTS = join('.cache', 'test-reports');
const args = new Set(process.argv.slice(2));
const unitOnly = args.has('--unit');

let passed = 0;
let failed = 0;

function run(label, command, commandArgs) {
  console.log(`\n▶ ${label}: ${command} ${commandArgs.join(' ')}`);
  const result = spawnSync(command, commandArgs, { stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '0' } });
  return result.status === 0;
}

/** Runs a vitest config and adds its counts; a run that reports no tests counts as a failure. */
function vitest(label, extraArgs) {
  const file = join(REPORTS, `${label}.json`);
  rmSync(file, { force: true });
  const ok = run(label, 'npx', ['vitest', 'run', ...extraArgs, '--reporter=default', '--reporter=json', `--outputFile.json=${file}`]);
  if (!existsSync(file)) {
    console.error(`✖ ${label}: vitest wrote no report`);
    failed += 1;
    return;
  }
  const report = JSON.parse(readFileSync(file, 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  if (report.numTotalTests === 0) {
    console.error(`✖ ${label}: no tests ran`);
    failed += 1;
  } else if (!ok && report.numFailedTests === 0) {
    console.error(`✖ ${label}: vitest failed outside a test (suite error)`);
    failed += 1;
  }
}

function step(label, command, commandArgs) {
  if (run(label, command, commandArgs)) return true;
  console.error(`✖ ${label} failed`);
  failed += 1;
  return false;
}

mkdirSync(REPORTS, { recursive: true });
step('typecheck', 'npx', ['tsc', '--noEmit']);
step('eslint', 'npx', ['eslint', '.']);
step('format', 'npx', ['prettier', '--check', '.']);
vitest('unit', []);

if (!unitOnly) {
  const missing = BROWSERS.filter((path) => !existsSync(path));
  if (missing.length) {
    console.error(`✖ Missing browsers: ${missing.join(', ')}. Install them: apt-get install chromium firefox-esr (see README).`);
    failed += 1;
  } else {
    const built =
      step('build chrome', 'npx', ['wxt', 'build']) &&
      step('build firefox', 'npx', ['wxt', 'build', '-b', 'firefox']) &&
      step('build chrome e2e', 'npx', ['wxt', 'build', '--mode', 'e2e']) &&
      step('build firefox e2e', 'npx', ['wxt', 'build', '-b', 'firefox', '--mode', 'e2e']);
    step('web-ext lint', 'npx', ['web-ext', 'lint', '--source-dir', '.output/firefox-mv2', '--no-config-discovery', '--self-hosted']);
    if (built) vitest('e2e', ['-c', 'vitest.e2e.config.ts']);
  }
}

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
