/**
 * Chromium driver: Debian's /usr/bin/chromium, headless, through playwright-core, with the built
 * extension loaded unpacked into a fresh temporary profile. Recipes and traps:
 * /work/shared/notes/browser-testing.md ("Chromium E2E").
 *
 * - Real toolbar click: CDP `Extensions.triggerAction` on the TAB target (a page target is refused).
 *   It grants activeTab exactly like a user's click, and opens the real popup, which Playwright does
 *   not list as a page: it is reached through `chrome.extension.getViews({type: 'popup'})` from a
 *   helper extension page, and screenshotted over raw CDP.
 * - Shortcut / context menu: the service worker's own `commands.onCommand` / `contextMenus.onClicked`
 *   events are dispatched (headless Chromium does not route accelerator keys to extensions). This is
 *   not a user gesture, so it needs the e2e build's host permission.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page, type Worker } from 'playwright-core';
import { buildDir, type BuildKind } from './builds';
import type { browser } from 'wxt/browser';
import {
  HELPER_PAGE,
  isReaderFunction,
  readerCall,
  type BrowserSession,
  type ColorScheme,
  type LaunchOptions,
  type PageFunction,
  type PopupStatus,
  type ReaderFunction,
  type TabHandle,
} from './session';

/** The browser binary; override with BROADSHEET_CHROMIUM. */
export const CHROMIUM_PATH = process.env.BROADSHEET_CHROMIUM ?? '/usr/bin/chromium';

/** The APIs an extension page or the service worker sees (typed through WXT's `browser`). */
declare const chrome: Omit<typeof browser, 'extension'> & {
  extension: { getViews(filter: { type: 'popup' | 'tab' }): Window[] };
  commands: { onCommand: { dispatch(command: string, tab: unknown): void } };
  contextMenus: { onClicked: { dispatch(info: unknown, tab: unknown): void } };
};

interface ErrorSink {
  __broadsheetE2eErrors?: string[];
}

/** Installs listeners in the service worker that record uncaught errors and console errors. */
function recordWorkerErrors(): void {
  const sink = globalThis as unknown as ErrorSink & typeof globalThis;
  if (sink.__broadsheetE2eErrors) return;
  const errors: string[] = [];
  sink.__broadsheetE2eErrors = errors;
  self.addEventListener('error', (event) => errors.push(`uncaught: ${(event as ErrorEvent).message}`));
  self.addEventListener('unhandledrejection', (event) =>
    errors.push(`unhandled rejection: ${String((event as PromiseRejectionEvent).reason)}`),
  );
  const original = console.error.bind(console);
  console.error = (...args: unknown[]) => {
    errors.push(`console.error: ${args.map(String).join(' ')}`);
    original(...args);
  };
}

class ChromiumTab implements TabHandle {
  constructor(
    readonly page: Page,
    readonly url: string,
  ) {}

  evaluate<A, R>(fn: PageFunction<A, R> | ReaderFunction<A, R>, arg: A): Promise<R> {
    if (isReaderFunction(fn)) return this.evaluateInReader(fn, arg);
    // Playwright's Unboxed<A> typing cannot follow a generic A; the argument is passed unchanged.
    return this.page.evaluate(fn as (arg: unknown) => Promise<R>, arg as unknown);
  }

  private cdp: Promise<CDPSession> | null = null;

  /**
   * The overlay's roots are closed: CDP finds them from outside the page (`DOM.describeNode` with
   * `pierce` lists a host's shadow roots, closed ones too), and `Runtime.callFunctionOn` hands them
   * to the function as arguments, in the page's main world like `page.evaluate`.
   */
  private async evaluateInReader<A, R>(fn: ReaderFunction<A, R>, arg: A): Promise<R> {
    this.cdp ??= this.page.context().newCDPSession(this.page);
    const cdp = await this.cdp;
    const objectGroup = 'broadsheet-e2e';
    try {
      const root = async (selector: string): Promise<{ objectId: string } | { value: null }> => {
        const { result } = await cdp.send('Runtime.evaluate', {
          expression: `document.querySelector(${JSON.stringify(selector)})`,
          objectGroup,
        });
        if (!result.objectId) return { value: null };
        const { node } = await cdp.send('DOM.describeNode', { objectId: result.objectId, depth: 1, pierce: true });
        const shadow = node.shadowRoots?.[0];
        if (!shadow) return { value: null };
        const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId, objectGroup });
        return object.objectId ? { objectId: object.objectId } : { value: null };
      };
      const reader = await root('html > broadsheet-reader');
      const notice = await root('html > broadsheet-notice');
      const { result: global } = await cdp.send('Runtime.evaluate', { expression: 'globalThis', objectGroup });
      const reply = await cdp.send('Runtime.callFunctionOn', {
        functionDeclaration: readerCall(fn),
        objectId: global.objectId,
        arguments: [reader, notice, arg === undefined ? {} : { value: JSON.stringify(arg) }],
        awaitPromise: true,
        returnByValue: true,
        objectGroup,
      });
      if (reply.exceptionDetails)
        throw new Error(`in-reader function failed: ${reply.exceptionDetails.exception?.description ?? reply.exceptionDetails.text}`);
      return (JSON.parse(reply.result.value as string) as { value: R }).value;
    } finally {
      await cdp.send('Runtime.releaseObjectGroup', { objectGroup }).catch(() => undefined);
    }
  }

  async press(key: string): Promise<void> {
    await this.page.keyboard.press(key);
  }

  async click(x: number, y: number): Promise<void> {
    await this.page.mouse.click(x, y);
  }

  async drag(from: { x: number; y: number }, to: { x: number; y: number }): Promise<void> {
    await this.page.mouse.move(from.x, from.y);
    await this.page.mouse.down();
    await this.page.mouse.move(to.x, to.y, { steps: 8 });
    await this.page.mouse.up();
  }

  async wheel(x: number, y: number, deltaY: number): Promise<void> {
    await this.page.mouse.move(x, y);
    await this.page.mouse.wheel(0, deltaY);
  }

  async bringToFront(): Promise<void> {
    await this.page.bringToFront();
  }

  async screenshot(path: string, clip?: { x: number; y: number; width: number; height: number }): Promise<void> {
    await this.page.screenshot({ path, clip });
  }

  async close(): Promise<void> {
    await this.page.close();
  }
}

class ChromiumSession implements BrowserSession {
  readonly name = 'chromium' as const;
  readonly extensionOrigin: string;
  private helper: Page | null = null;
  private readonly pageErrors: string[] = [];

  constructor(
    readonly build: BuildKind,
    private readonly context: BrowserContext,
    private readonly worker: Worker,
    private readonly cdp: CDPSession,
    private readonly extensionId: string,
    private readonly profile: string,
  ) {
    this.extensionOrigin = `chrome-extension://${extensionId}`;
  }

  private async newPage(): Promise<Page> {
    const page = await this.context.newPage();
    page.on('pageerror', (error) => this.pageErrors.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      // Content-script console errors show up on the page; the page's own are not ours.
      if (message.type() === 'error' && message.location().url.startsWith(this.extensionOrigin)) {
        this.pageErrors.push(`console.error (overlay): ${message.text()}`);
      }
    });
    return page;
  }

  /** A background tab with an extension page, for messages and for reaching the popup (see HELPER_PAGE). */
  private async helperPage(): Promise<Page> {
    if (this.helper && !this.helper.isClosed()) return this.helper;
    const page = await this.newPage();
    await page.goto(`${this.extensionOrigin}/${HELPER_PAGE}`);
    this.helper = page;
    return page;
  }

  async openTab(url: string): Promise<TabHandle> {
    await this.helperPage(); // opened first, so the test's tab is the active one
    const page = await this.newPage();
    await page.goto(url, { waitUntil: 'load' });
    return new ChromiumTab(page, url);
  }

  async openExtensionPage(path: string): Promise<TabHandle> {
    const page = await this.newPage();
    const url = `${this.extensionOrigin}/${path.replace(/^\//, '')}`;
    await page.goto(url);
    return new ChromiumTab(page, url);
  }

  async tabId(tab: TabHandle): Promise<number> {
    const id = await this.worker.evaluate(async (url) => {
      const tabs = await chrome.tabs.query({});
      return tabs.find((t) => t.url === url || t.pendingUrl === url)?.id ?? null;
    }, tab.url);
    if (id !== null) return id;
    // The production build has no host permission, so tab URLs are hidden from it: make the tab
    // active and take the active tab's id instead.
    await tab.bringToFront();
    const active = await this.worker.evaluate(
      async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id ?? null,
      undefined,
    );
    if (active === null) throw new Error(`No tab with URL ${tab.url}`);
    return active;
  }

  async sendMessage(message: { type: string; data: unknown }): Promise<unknown> {
    const helper = await this.helperPage();
    return helper.evaluate((m) => chrome.runtime.sendMessage(m), message);
  }

  async setReader(tab: TabHandle, action: 'open' | 'toggle' | 'close'): Promise<unknown> {
    const tabId = await this.tabId(tab);
    return this.sendMessage({ type: 'reader:set', data: { tabId, action } });
  }

  /** The CDP tab target of a tab (triggerAction refuses page targets). */
  private async tabTargetId(tab: TabHandle): Promise<string> {
    const { targetInfos } = await this.cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] });
    const target = targetInfos.find((t) => t.url === tab.url);
    if (!target) throw new Error(`No CDP tab target for ${tab.url}`);
    return target.targetId;
  }

  async clickToolbar(tab: TabHandle): Promise<void> {
    await this.helperPage();
    await tab.bringToFront();
    const targetId = await this.tabTargetId(tab);
    await this.cdp.send('Extensions.triggerAction', { id: this.extensionId, targetId });
  }

  async popupStatus(): Promise<PopupStatus | null> {
    const helper = await this.helperPage();
    return helper.evaluate(() => {
      const view = chrome.extension.getViews({ type: 'popup' })[0];
      const el = view?.document.querySelector<HTMLElement>('[data-testid="popup-status"]');
      const message = el?.querySelector('.bs-status-message')?.textContent ?? '';
      return el ? { status: el.dataset.status ?? '', message: message.trim() } : null;
    });
  }

  async popupBackground(): Promise<string | null> {
    const helper = await this.helperPage();
    return helper.evaluate(() => {
      const view = chrome.extension.getViews({ type: 'popup' })[0];
      return view ? view.getComputedStyle(view.document.body).backgroundColor : null;
    });
  }

  async closePopup(): Promise<void> {
    const helper = await this.helperPage();
    const deadline = Date.now() + 10_000;
    while (
      await helper.evaluate(() => {
        const views = chrome.extension.getViews({ type: 'popup' });
        views.forEach((view) => view.close());
        return views.length > 0;
      })
    ) {
      if (Date.now() > deadline) throw new Error('The popup did not close');
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  async screenshotPopup(path: string): Promise<void> {
    // The popup is a page target Playwright does not expose: attach to it over raw CDP.
    const { targetInfos } = await this.cdp.send('Target.getTargets');
    const popup = targetInfos.find((t) => t.type === 'page' && t.url.startsWith(`${this.extensionOrigin}/popup.html`));
    if (!popup) throw new Error('No popup is open');
    const { sessionId } = await this.cdp.send('Target.attachToTarget', { targetId: popup.targetId, flatten: false });
    try {
      const data = await new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('popup screenshot timed out')), 10_000);
        const onMessage = (event: { sessionId: string; message: string }) => {
          if (event.sessionId !== sessionId) return;
          const reply = JSON.parse(event.message) as { id?: number; result?: { data: string }; error?: { message: string } };
          if (reply.id !== 1) return;
          clearTimeout(timer);
          this.cdp.off('Target.receivedMessageFromTarget', onMessage);
          if (reply.result) resolve(reply.result.data);
          else reject(new Error(reply.error?.message ?? 'popup screenshot failed'));
        };
        this.cdp.on('Target.receivedMessageFromTarget', onMessage);
        void this.cdp.send('Target.sendMessageToTarget', {
          sessionId,
          message: JSON.stringify({ id: 1, method: 'Page.captureScreenshot', params: { format: 'png' } }),
        });
      });
      await writeFile(path, Buffer.from(data, 'base64'));
    } finally {
      await this.cdp.send('Target.detachFromTarget', { sessionId }).catch(() => undefined);
    }
  }

  async triggerCommand(tab: TabHandle, name: string): Promise<void> {
    await tab.bringToFront();
    const tabId = await this.tabId(tab);
    await this.worker.evaluate(async ({ command, id }) => chrome.commands.onCommand.dispatch(command, await chrome.tabs.get(id)), {
      command: name,
      id: tabId,
    });
  }

  async triggerContextMenu(tab: TabHandle, menuItemId: string): Promise<void> {
    await tab.bringToFront();
    const tabId = await this.tabId(tab);
    await this.worker.evaluate(
      async ({ item, id }) => {
        const target = await chrome.tabs.get(id);
        chrome.contextMenus.onClicked.dispatch({ menuItemId: item, editable: false, pageUrl: target.url }, target);
      },
      { item: menuItemId, id: tabId },
    );
  }

  async extensionErrors(): Promise<string[]> {
    const fromWorker = await this.worker.evaluate(() => {
      const errors = (globalThis as unknown as ErrorSink).__broadsheetE2eErrors;
      return errors ? errors.splice(0) : ['service worker restarted: its errors were lost'];
    });
    return [...fromWorker, ...this.pageErrors.splice(0)];
  }

  async setColorScheme(tab: TabHandle, scheme: ColorScheme): Promise<void> {
    if (!(tab instanceof ChromiumTab)) throw new Error('Not a Chromium tab');
    await tab.page.emulateMedia({ colorScheme: scheme });
  }

  async setMedia(tab: TabHandle, media: 'screen' | 'print'): Promise<void> {
    if (!(tab instanceof ChromiumTab)) throw new Error('Not a Chromium tab');
    await tab.page.emulateMedia({ media });
  }

  async close(): Promise<void> {
    await this.context.close();
    await rm(this.profile, { recursive: true, force: true });
  }
}

/** Launches headless Chromium with the `kind` build of Broadsheet (see builds.ts for the folder). */
export async function launchChromium(kind: BuildKind, options: LaunchOptions = {}): Promise<BrowserSession> {
  const dir = buildDir('chromium', kind);
  const profile = await mkdtemp(join(tmpdir(), 'broadsheet-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    viewport: { width: 1280, height: 800 },
    colorScheme: options.colorScheme ?? 'light',
    args: [
      `--disable-extensions-except=${dir}`,
      `--load-extension=${dir}`,
      '--no-sandbox', // tests run as root in CI
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      // The UI language: extension i18n picks this catalogue even without Chromium's own hi.pak
      // (then i18n.getUILanguage() still says en-US, which is why utils/i18n.ts asks the catalogue).
      ...(options.locale ? [`--lang=${options.locale}`] : []),
      // A dark OS for every renderer, the real popup included (Playwright's colorScheme reaches only
      // the pages it drives). Blink's PreferredColorScheme: 0 is dark.
      ...(options.colorScheme === 'dark' ? ['--blink-settings=preferredColorScheme=0'] : []),
    ],
  });
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
    const extensionId = new URL(worker.url()).host;
    await worker.evaluate(recordWorkerErrors);
    const browser = context.browser();
    if (!browser) throw new Error('No browser behind the persistent context');
    const cdp = await browser.newBrowserCDPSession();
    return new ChromiumSession(kind, context, worker, cdp, extensionId, profile);
  } catch (error) {
    await context.close();
    await rm(profile, { recursive: true, force: true });
    throw error;
  }
}
