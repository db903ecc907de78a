/**
 * Where E2E screenshots go: `artifacts/screenshots/<browser>-<scene>-<theme>.png` (gitignored).
 * Every run overwrites the same names, so the folder always shows the latest run; look at them
 * after a UI change (fonts as boxes, unstyled text and clipped layouts only show up there).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from './server';
import type { BrowserName } from './builds';

/** The screenshots folder (created on first use); override with BROADSHEET_ARTIFACTS. */
export function screenshotDir(): string {
  const dir = join(process.env.BROADSHEET_ARTIFACTS ?? join(REPO_ROOT, 'artifacts'), 'screenshots');
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** The path for one screenshot; `scene` and `theme` are kebab-case words, e.g. ('firefox', 'reader-hindi', 'dark'). */
export function screenshotPath(browser: BrowserName, scene: string, theme: 'light' | 'dark' | 'auto' = 'light'): string {
  return join(screenshotDir(), `${browser}-${scene}-${theme}.png`);
}
