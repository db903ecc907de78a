/**
 * Where the built extension lives. E2E tests drive the BUILT extension, never the sources:
 * `npm test` builds all four targets first (scripts/run-tests.mjs). The folder follows the same
 * `BROADSHEET_OUT_DIR` variable as `wxt build`, so an engineer can build and test in a private
 * folder while others build into `.output/`:
 *   BROADSHEET_OUT_DIR=.output-me npm run build && BROADSHEET_OUT_DIR=.output-me npm run build:e2e
 *   BROADSHEET_OUT_DIR=.output-me npm run test:e2e
 */
import { existsSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { REPO_ROOT } from './server';

/**
 * Which build: `production` is what users install (activeTab only, so only a real toolbar click,
 * shortcut or menu click can open the reader); `e2e` (`wxt build --mode e2e`) adds the host
 * permission `http://127.0.0.1/*`, so tests can open the reader through the product's own messages.
 */
export type BuildKind = 'production' | 'e2e';

/** The browsers the E2E tier runs in. */
export type BrowserName = 'chromium' | 'firefox';

/** The Firefox add-on id from wxt.config.ts (GECKO_ID), needed to pin the moz-extension UUID. */
export const GECKO_ID = 'broadsheet@broadsheet.example';

/** The output root: `BROADSHEET_OUT_DIR` (relative to the repo) or `.output`. */
export function outputRoot(): string {
  const dir = process.env.BROADSHEET_OUT_DIR ?? '.output';
  return isAbsolute(dir) ? dir : join(REPO_ROOT, dir);
}

/**
 * The folder WXT writes for a browser and build kind: chrome-mv3[-e2e], firefox-mv2[-e2e]
 * (WXT builds Firefox as MV2 unless `--mv3`; set BROADSHEET_FIREFOX_MV=3 to test firefox-mv3 builds).
 * Throws with the command to run when the build is missing, so a test never runs against nothing.
 */
export function buildDir(browser: BrowserName, kind: BuildKind): string {
  const target = browser === 'chromium' ? 'chrome-mv3' : `firefox-mv${process.env.BROADSHEET_FIREFOX_MV ?? '2'}`;
  const dir = join(outputRoot(), kind === 'e2e' ? `${target}-e2e` : target);
  if (!existsSync(join(dir, 'manifest.json'))) {
    const flags = [browser === 'firefox' ? '-b firefox' : '', kind === 'e2e' ? '--mode e2e' : ''].filter(Boolean).join(' ');
    throw new Error(`No build in ${dir}. Build it first: npx wxt build ${flags} (or npm test, which builds everything).`);
  }
  return dir;
}
