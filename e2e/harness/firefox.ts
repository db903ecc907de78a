/**
 * Firefox driver: Debian's /usr/bin/firefox-esr, headless, through puppeteer-core over WebDriver
 * BiDi, with the built extension installed as a temporary add-on. Recipes and traps:
 * /work/shared/notes/browser-testing.md ("Firefox E2E").
 *
 * - `--remote-allow-system-access` lets BiDi open moz-extension:// pages and evaluate in the
 *   browser's chrome scope; the add-on's UUID is pinned by pref, so extension URLs are known upfront.
 * - moz-extension pages send no load event over BiDi: they are opened with `browsingContext.navigate`
 *   `wait: 'none'` and polled until ready.
 * - Real toolbar click: `browserActionFor(ext).triggerAction(window)` in chrome scope, what Firefox
 *   itself runs for a click or `_execute_browser_action`. It grants activeTab and opens the real popup.
 * - Shortcut: the `<key>` element Firefox built for the manifest command is fired (`doCommand`), the
 *   same code path as pressing the keys; it grants activeTab, so it works on the production build.
 * - Context menu: the click event Firefox's menu code emits for an item, after the activeTab grant
 *   a real menu click gives.
 * These chrome-scope hooks are Firefox internals (checked on ESR 153); if one breaks after an
 * upgrade, the test fails loudly rather than passing without the browser.
 */
import { randomUUID } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { buildDir, GECKO_ID, type BuildKind } from './builds';
import type { browser as wxtBrowser } from 'wxt/browser';
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

/** The browser binary; override with BROADSHEET_FIREFOX. */
export const FIREFOX_PATH = process.env.BROADSHEET_FIREFOX ?? '/usr/bin/firefox-esr';

/** The WebExtension APIs an extension page sees (typed through WXT's `browser`). */
declare const browser: Omit<typeof wxtBrowser, 'extension'> & {
  extension: { getViews(filter: { type: 'popup' | 'tab' }): Window[] };
};

/** The raw BiDi connection puppeteer keeps (public at runtime, missing from its .d.ts). */
interface BidiConnection {
  send(method: string, params: object): Promise<{ result: unknown }>;
}

interface BidiRemoteValue {
  type: string;
  value?: unknown;
}

/** Puppeteer's key names match Playwright's except for chords, which it presses one by one. */
async function pressChord(page: Page, chord: string): Promise<void> {
  const keys = chord.split('+') as Parameters<Page['keyboard']['press']>[0][];
  const last = keys.pop();
  if (!last) return;
  for (const key of keys) await page.keyboard.down(key);
  await page.keyboard.press(last);
  for (const key of keys.reverse()) await page.keyboard.up(key);
}

/** A BiDi shared reference to a node, or null, as a `script.callFunction` argument. */
type BidiNodeArg = { sharedId: string } | { type: 'null' };

class FirefoxTab implements TabHandle {
  constructor(
    readonly page: Page,
    readonly url: string,
    private readonly bidi: BidiConnection,
  ) {}

  evaluate<A, R>(fn: PageFunction<A, R> | ReaderFunction<A, R>, arg: A): Promise<R> {
    if (isReaderFunction(fn)) return this.evaluateInReader(fn, arg);
    // Puppeteer's EvaluateFunc typing cannot follow a generic A; the argument is passed unchanged.
    return this.page.evaluate(fn as (arg: unknown) => Promise<R>, arg as unknown) as Promise<R>;
  }

  /**
   * The overlay's roots are closed: WebDriver BiDi serialises them anyway when asked
   * (`includeShadowTree: 'all'`), as shared references that `script.callFunction` takes back as
   * arguments, in the page's own realm like `page.evaluate`.
   */
  private async evaluateInReader<A, R>(fn: ReaderFunction<A, R>, arg: A): Promise<R> {
    const target = { context: (this.page.mainFrame() as unknown as { _id: string })._id };
    const found = (
      await this.bidi.send('script.evaluate', {
        expression: `[document.querySelector('html > broadsheet-reader'), document.querySelector('html > broadsheet-notice')]`,
        target,
        awaitPromise: false,
        resultOwnership: 'none',
        serializationOptions: { includeShadowTree: 'all', maxDomDepth: 1 },
      })
    ).result as {
      type: string;
      result?: { value?: { value?: { shadowRoot?: { sharedId?: string } | null } }[] };
      exceptionDetails?: { text: string };
    };
    if (found.type === 'exception') throw new Error(`finding the overlay failed: ${found.exceptionDetails?.text ?? ''}`);
    const roots: BidiNodeArg[] = (found.result?.value ?? []).map((host) => {
      const sharedId = host.value?.shadowRoot?.sharedId;
      return sharedId ? { sharedId } : { type: 'null' };
    });
    const reply = (
      await this.bidi.send('script.callFunction', {
        functionDeclaration: readerCall(fn),
        target,
        awaitPromise: true,
        resultOwnership: 'none',
        arguments: [
          roots[0] ?? { type: 'null' },
          roots[1] ?? { type: 'null' },
          arg === undefined ? { type: 'undefined' } : { type: 'string', value: JSON.stringify(arg) },
        ],
      })
    ).result as { type: string; result?: BidiRemoteValue; exceptionDetails?: { text: string } };
    if (reply.type === 'exception') throw new Error(`in-reader function failed: ${reply.exceptionDetails?.text ?? ''}`);
    return (JSON.parse(String(reply.result?.value)) as { value: R }).value;
  }

  async press(key: string): Promise<void> {
    await pressChord(this.page, key);
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
    await this.page.mouse.wheel({ deltaY });
  }

  async bringToFront(): Promise<void> {
    await this.page.bringToFront();
  }

  async screenshot(path: string, clip?: { x: number; y: number; width: number; height: number }): Promise<void> {
    await this.page.screenshot({ path: path as `${string}.png`, clip });
  }

  async close(): Promise<void> {
    await this.page.close();
  }
}

class FirefoxSession implements BrowserSession {
  readonly name = 'firefox' as const;
  readonly extensionOrigin: string;
  private helper: Page | null = null;

  constructor(
    readonly build: BuildKind,
    private readonly browser: Browser,
    private readonly uuid: string,
  ) {
    this.extensionOrigin = `moz-extension://${uuid}`;
  }

  private get bidi(): BidiConnection {
    return (this.browser as unknown as { connection: BidiConnection }).connection;
  }

  /** Runs a script in the browser window's chrome scope; the script's value must be JSON text. */
  async chrome<T>(body: string): Promise<T> {
    const tree = (await this.bidi.send('browsingContext.getTree', { 'moz:scope': 'chrome' })).result as {
      contexts: { context: string; url: string }[];
    };
    const win = tree.contexts.find((c) => c.url === 'chrome://browser/content/browser.xhtml');
    if (!win) throw new Error('No Firefox browser window in chrome scope');
    const reply = (
      await this.bidi.send('script.evaluate', {
        target: { context: win.context },
        awaitPromise: true,
        expression: `(async () => JSON.stringify(await (async () => { ${body} })() ?? null))()`,
      })
    ).result as { type: string; result?: BidiRemoteValue; exceptionDetails?: { text: string } };
    if (reply.type === 'exception') throw new Error(`chrome-scope script failed: ${reply.exceptionDetails?.text ?? ''}`);
    return JSON.parse(String(reply.result?.value ?? 'null')) as T;
  }

  /** The add-on object and its policy, in chrome scope (a JS prelude for `chrome()` bodies). */
  private get extensionPrelude(): string {
    return `const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
      const ext = ExtensionParent.GlobalManager.getExtension(${JSON.stringify(GECKO_ID)});
      if (!ext) throw new Error('Broadsheet is not installed');`;
  }

  private async newPage(): Promise<Page> {
    return this.browser.newPage();
  }

  /** Opens a moz-extension page in `page` (no load event over BiDi: navigate without waiting, then poll). */
  private async navigateExtension(page: Page, url: string): Promise<void> {
    const context = (page.mainFrame() as unknown as { _id: string })._id;
    await this.bidi.send('browsingContext.navigate', { context, url, wait: 'none' });
    const deadline = Date.now() + 30_000;
    for (;;) {
      const state = await page.evaluate(() => `${location.href} ${document.readyState}`).catch(() => '');
      if (state.startsWith(url) && state.endsWith('complete')) return;
      if (Date.now() > deadline) throw new Error(`${url} did not load (last state: ${state})`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  /** A background tab with an extension page, for messages and for reaching the popup (see HELPER_PAGE). */
  private async helperPage(): Promise<Page> {
    if (this.helper && !this.helper.isClosed()) return this.helper;
    const page = await this.newPage();
    await this.navigateExtension(page, `${this.extensionOrigin}/${HELPER_PAGE}`);
    this.helper = page;
    return page;
  }

  async openTab(url: string): Promise<TabHandle> {
    await this.helperPage(); // opened first, so the test's tab is the active one
    const page = await this.newPage();
    if (/^https?:/.test(url)) {
      await page.goto(url, { waitUntil: 'load' });
    } else {
      // Privileged pages (about:robots) send no load event to BiDi: navigate, then watch the tree.
      const context = (page.mainFrame() as unknown as { _id: string })._id;
      await this.bidi.send('browsingContext.navigate', { context, url, wait: 'none' });
      const deadline = Date.now() + 30_000;
      for (;;) {
        const tree = (await this.bidi.send('browsingContext.getTree', { root: context })).result as { contexts: { url: string }[] };
        if (tree.contexts[0]?.url === url) break;
        if (Date.now() > deadline) throw new Error(`${url} did not load`);
        await new Promise((r) => setTimeout(r, 100));
      }
    }
    return new FirefoxTab(page, url, this.bidi);
  }

  async openExtensionPage(path: string): Promise<TabHandle> {
    const page = await this.newPage();
    const url = `${this.extensionOrigin}/${path.replace(/^\//, '')}`;
    await this.navigateExtension(page, url);
    return new FirefoxTab(page, url, this.bidi);
  }

  async tabId(tab: TabHandle): Promise<number> {
    const helper = await this.helperPage();
    // A Firefox match pattern cannot hold a port, so filter all tabs by URL instead of tabs.query({url}).
    const id = await helper.evaluate(async (url) => {
      const tabs = await browser.tabs.query({});
      return tabs.find((t) => t.url === url)?.id ?? null;
    }, tab.url);
    if (id !== null) return id;
    // The production build has no host permission, so tab URLs are hidden from it: make the tab
    // active and take the active tab's id instead.
    await tab.bringToFront();
    const active = await helper.evaluate(
      async () => (await browser.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id ?? null,
      undefined,
    );
    if (active === null) throw new Error(`No tab with URL ${tab.url}`);
    return active;
  }

  async sendMessage(message: { type: string; data: unknown }): Promise<unknown> {
    const helper = await this.helperPage();
    return helper.evaluate((m) => browser.runtime.sendMessage(m), message);
  }

  async setReader(tab: TabHandle, action: 'open' | 'toggle' | 'close'): Promise<unknown> {
    const tabId = await this.tabId(tab);
    return this.sendMessage({ type: 'reader:set', data: { tabId, action } });
  }

  async clickToolbar(tab: TabHandle): Promise<void> {
    await this.helperPage();
    await tab.bringToFront();
    await this.chrome(`${this.extensionPrelude}
      ExtensionParent.apiManager.global.browserActionFor(ext).triggerAction(window);`);
  }

  async popupStatus(): Promise<PopupStatus | null> {
    const helper = await this.helperPage();
    return helper.evaluate(() => {
      const view = browser.extension.getViews({ type: 'popup' })[0];
      const el = view?.document.querySelector<HTMLElement>('[data-testid="popup-status"]');
      const message = el?.querySelector('.bs-status-message')?.textContent ?? '';
      return el ? { status: el.dataset.status ?? '', message: message.trim() } : null;
    });
  }

  async popupBackground(): Promise<string | null> {
    const helper = await this.helperPage();
    return helper.evaluate(() => {
      const view = browser.extension.getViews({ type: 'popup' })[0];
      return view ? view.getComputedStyle(view.document.body).backgroundColor : null;
    });
  }

  async closePopup(): Promise<void> {
    const helper = await this.helperPage();
    const deadline = Date.now() + 10_000;
    while (
      await helper.evaluate(() => {
        const views = browser.extension.getViews({ type: 'popup' });
        views.forEach((view) => view.close());
        return views.length > 0;
      })
    ) {
      if (Date.now() > deadline) throw new Error('The popup did not close');
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  async screenshotPopup(path: string): Promise<void> {
    // The popup is a <browser> in a panel of the chrome window: draw that element's window.
    const data = await this.chrome<string>(`
      const view = document.querySelector('#webextension-panels ~ * browser[webextension-view], panel browser[webextension-view], browser.webextension-popup-browser');
      if (!view) throw new Error('No popup is open');
      const rect = view.getBoundingClientRect();
      const canvas = document.createElementNS('http://www.w3.org/1999/xhtml', 'canvas');
      canvas.width = Math.ceil(rect.width); canvas.height = Math.ceil(rect.height);
      const bitmap = await view.browsingContext.currentWindowGlobal.drawSnapshot(null, 1, 'white');
      canvas.getContext('2d').drawImage(bitmap, 0, 0);
      return canvas.toDataURL('image/png').split(',')[1];`);
    await writeFile(path, Buffer.from(data, 'base64'));
  }

  async triggerCommand(tab: TabHandle, name: string): Promise<void> {
    await tab.bringToFront();
    const done = await this.chrome<boolean>(`${this.extensionPrelude}
      // The <key> elements carry no command name: find ours by the shortcut the manifest declares.
      const shortcut = ext.manifest.commands?.[${JSON.stringify(name)}]?.suggested_key?.default;
      if (!shortcut) throw new Error('The manifest declares no shortcut for ${name}');
      const parts = shortcut.toLowerCase().split('+');
      const letter = parts.pop();
      const wanted = parts.map((m) => (m === 'ctrl' ? 'accel' : m)).sort().join(',');
      const keyset = document.getElementById('ext-keyset-id-' + ext.shortcuts.id);
      const key = keyset && Array.from(keyset.children).find((k) =>
        (k.getAttribute('key') || '').toLowerCase() === letter &&
        (k.getAttribute('modifiers') || '').split(/[ ,]+/).filter(Boolean).sort().join(',') === wanted);
      if (!key) throw new Error('No shortcut key element for ${name} (' + shortcut + ')');
      key.doCommand();
      return true;`);
    if (!done) throw new Error(`Command ${name} did not fire`);
  }

  async triggerContextMenu(tab: TabHandle, menuItemId: string): Promise<void> {
    await tab.bringToFront();
    await this.chrome(`${this.extensionPrelude}
      const nativeTab = window.gBrowser.selectedTab;
      ext.tabManager.addActiveTabPermission(nativeTab);
      ext.emit('webext-menu-menuitem-click', {
        menuItemId: ${JSON.stringify(menuItemId)}, editable: false, modifiers: [], button: 0,
        pageUrl: nativeTab.linkedBrowser.currentURI.spec, frameId: 0,
      }, nativeTab);
      return true;`);
  }

  /** The extension's console errors earlier calls reported (keyed with their time: the console's buffer is bounded). */
  private readonly errorsReported = new Set<string>();

  async extensionErrors(): Promise<string[]> {
    const all = await this.chrome<string[]>(`
      const origin = ${JSON.stringify(this.extensionOrigin)};
      return Services.console.getMessageArray()
        .filter((m) => m instanceof Ci.nsIScriptError)
        .filter((m) => !(m.flags & Ci.nsIScriptError.warningFlag) && !(m.flags & Ci.nsIScriptError.infoFlag))
        .filter((m) => (m.sourceName || '').startsWith(origin) || (m.errorMessage || '').includes(origin))
        .map((m) => m.timeStamp + '\t' + m.errorMessage + ' @ ' + m.sourceName + ':' + m.lineNumber);`);
    const fresh = all.filter((entry) => !this.errorsReported.has(entry));
    for (const entry of fresh) this.errorsReported.add(entry);
    return fresh.map((entry) => entry.slice(entry.indexOf('\t') + 1));
  }

  async setColorScheme(_tab: TabHandle, scheme: ColorScheme): Promise<void> {
    // Content's prefers-color-scheme: 0 dark, 1 light (2 follows the browser theme).
    await this.chrome(
      `Services.prefs.setIntPref('layout.css.prefers-color-scheme.content-override', ${scheme === 'dark' ? 0 : 1}); return true;`,
    );
  }

  async setMedia(tab: TabHandle, media: 'screen' | 'print'): Promise<void> {
    // What DevTools' print simulation sets: the medium of the tab's browsing context.
    await this.chrome(
      `for (const b of gBrowser.browsers) if (b.currentURI.spec === ${JSON.stringify(tab.url)}) b.browsingContext.mediumOverride = ${JSON.stringify(media === 'print' ? 'print' : '')}; return true;`,
    );
  }

  async close(): Promise<void> {
    await this.browser.close();
  }
}

/**
 * Makes `locale` Firefox's UI language before the add-on installs (the add-on picks its catalogue
 * at startup). Debian's firefox-esr ships only en-US; a real Hindi user installs the language pack
 * (firefox-esr-l10n-hi-in) and sets intl.locale.requested. Declaring the locale available and
 * requested in chrome scope has the same effect on extension i18n without that package.
 */
async function setAppLocale(instance: Browser, locale: string): Promise<void> {
  const bidi = (
    instance as unknown as {
      connection: { send(method: string, params: object): Promise<{ result: { contexts: { context: string; url: string }[] } }> };
    }
  ).connection;
  const { result } = await bidi.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
  const win = result.contexts.find((c) => c.url === 'chrome://browser/content/browser.xhtml');
  if (!win) throw new Error('No Firefox chrome window to set the locale in');
  const tag = JSON.stringify(locale);
  await bidi.send('script.evaluate', {
    target: { context: win.context },
    awaitPromise: false,
    expression: `Services.locale.availableLocales = [${tag}, 'en-US']; Services.locale.requestedLocales = [${tag}]; Services.locale.appLocaleAsBCP47`,
  });
}

/** Launches headless Firefox ESR with the `kind` build of Broadsheet (see builds.ts for the folder). */
export async function launchFirefox(kind: BuildKind, options: LaunchOptions = {}): Promise<BrowserSession> {
  const dir = buildDir('firefox', kind);
  const uuid = randomUUID();
  const instance = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    defaultViewport: { width: 1280, height: 800 },
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: uuid }),
      'layout.css.prefers-color-scheme.content-override': options.colorScheme === 'dark' ? 0 : 1,
      // A dark OS: the override above reaches web pages only; the toolbar popup follows the system.
      ...(options.colorScheme === 'dark' ? { 'ui.systemUsesDarkTheme': 1 } : {}),
    },
  });
  try {
    if (options.locale && options.locale !== 'en') await setAppLocale(instance, options.locale);
    const installed = await instance.installExtension(dir);
    if (installed !== GECKO_ID) throw new Error(`Installed ${installed}, expected ${GECKO_ID}`);
    return new FirefoxSession(kind, instance, uuid);
  } catch (error) {
    await instance.close();
    throw error;
  }
}
