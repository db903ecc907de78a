/**
 * The E2E harness in one import: the browsers, the fixture server, the in-page readers and the
 * screenshot paths. A test file sets up with `useBrowserSession` (./use-session.ts, whose header
 * has the example), which starts the server and the browser for the file and closes every tab a
 * test opened; the benchmarks import this index directly, outside vitest.
 *
 * Give each test its own URL (the `query` argument) so tab lookups by URL are unambiguous.
 */
import type { BrowserName, BuildKind } from './builds';
import { launchChromium } from './chromium';
import { launchFirefox } from './firefox';
import type { BrowserSession, LaunchOptions, PopupStatus } from './session';

export * from './builds';
export * from './in-page';
export * from './screenshots';
export * from './server';
export type * from './session';
export { inReader } from './session';

/** Both browsers, for `describe.each(BROWSERS)`. */
export const BROWSERS: readonly BrowserName[] = ['chromium', 'firefox'];

/** Launches `name` headless with the `kind` build of Broadsheet installed, in a fresh profile. */
export function launchBrowser(name: BrowserName, kind: BuildKind, options: LaunchOptions = {}): Promise<BrowserSession> {
  return name === 'chromium' ? launchChromium(kind, options) : launchFirefox(kind, options);
}

/** Polls `read` until `until` holds (or the deadline passes) and returns the last value read. */
export async function waitFor<T>(read: () => Promise<T>, until: (value: T) => boolean, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await read();
  while (!until(value) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 100));
    value = await read();
  }
  return value;
}

/**
 * The popup's answer after a toolbar click: waits until it has rendered and left "opening", so a
 * test asserts on the final status at once (and a wrong answer fails fast, not at a poll timeout).
 */
export async function popupAnswer(browser: BrowserSession, timeoutMs = 20_000): Promise<PopupStatus | null> {
  return waitFor(
    () => browser.popupStatus(),
    (status) => status !== null && status.status !== 'opening',
    timeoutMs,
  );
}
