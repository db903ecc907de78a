/**
 * The set-up every E2E file shares, as one call inside its `describe`: a fixture server on
 * 127.0.0.1 and a browser with the extension installed, both started before the file's tests and
 * stopped after them, and every tab a test opens closed after that test (so one test's reader or
 * popup never leaks into the next).
 *
 *   describe.each(BROWSERS)('%s: …', (name) => {
 *     const session = useBrowserSession(name, 'e2e');
 *     it('…', async () => {
 *       const tab = await session.openFixture('english-article.html');
 *       await session.browser.setReader(tab, 'open');
 *     });
 *   });
 *
 * Not exported from the harness index: it registers vitest hooks, and the benchmarks import the
 * index outside vitest.
 */
import { afterAll, afterEach, beforeAll } from 'vitest';
import type { BrowserName, BuildKind } from './builds';
import { launchBrowser } from './index';
import { startServer, type FixtureServer } from './server';
import type { BrowserSession, LaunchOptions, TabHandle } from './session';

export interface E2ESession {
  /** The running browser (after the file's `beforeAll`). */
  readonly browser: BrowserSession;
  /** The fixture server (after the file's `beforeAll`). */
  readonly server: FixtureServer;
  /** Opens `url` in a fresh tab, closed after the current test. */
  openTab(url: string): Promise<TabHandle>;
  /**
   * Opens the fixture page `file` in a fresh tab, closed after the current test. Each call gets a
   * query no other call in the file used (`case=<label or a number>`), since tabs are found by URL.
   */
  openFixture(file: string, label?: string): Promise<TabHandle>;
}

export function useBrowserSession(name: BrowserName, build: BuildKind, options: LaunchOptions = {}): E2ESession {
  let browser: BrowserSession | undefined;
  let server: FixtureServer | undefined;
  let opened: TabHandle[] = [];
  let count = 0;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser(name, build, options);
  });

  afterEach(async () => {
    const tabs = opened;
    opened = [];
    // A test may have closed its tab itself already.
    await Promise.all(tabs.map((tab) => tab.close().catch(() => undefined)));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const started = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`The ${what} is not started yet: use it inside a test or hook`);
    return value;
  };

  const session: E2ESession = {
    get browser() {
      return started(browser, 'browser');
    },
    get server() {
      return started(server, 'fixture server');
    },
    async openTab(url) {
      const tab = await session.browser.openTab(url);
      opened.push(tab);
      return tab;
    },
    openFixture(file, label) {
      count += 1;
      return session.openTab(session.server.page(file, `case=${label ?? count}`));
    },
  };
  return session;
}
