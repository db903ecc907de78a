/**
 * One driving API for both browsers, so each E2E test is written once and runs in Chromium
 * (playwright-core) and Firefox ESR (puppeteer-core over WebDriver BiDi). `launchBrowser` in
 * ./index.ts returns a `BrowserSession`; chromium.ts and firefox.ts implement it.
 *
 * Two ways to open the reader, matching the two builds:
 *   - `setReader(tab, action)` sends the product's own `reader:set` message from an extension page
 *     (needs the `e2e` build: without a user gesture only the host permission lets it inject);
 *   - `clickToolbar(tab)` is a REAL toolbar click (works on the production build, activeTab only):
 *     the popup opens and itself asks the background to open the reader; read it with `popupStatus()`.
 */
import type { BrowserName, BuildKind } from './builds';

/** A page-side function and its argument: serialised into the page, so it must be self-contained. */
/**
 * The extension page each session keeps open in a background tab to send messages and reach the
 * popup. The reader page with no article: it does nothing on its own. (It was popup.html, which
 * opens the reader on the active tab as it starts: on a slow start that could be the test's new
 * tab, and the test's first "toggle" would then close the reader instead of opening it.)
 */
export const HELPER_PAGE = 'reader.html#e2e-helper';

export type PageFunction<A, R> = (arg: A) => R | Promise<R>;

/**
 * The overlay's closed shadow roots, as an in-reader page function receives them (null: that host
 * is not in the page). Closed in every build, so `host.shadowRoot` is null for tests as for pages:
 * the harness reaches them from outside the page (Chromium: CDP, Firefox: WebDriver BiDi).
 */
export interface ReaderRoots {
  /** `<broadsheet-reader>`'s root. */
  reader: ShadowRoot | null;
  /** `<broadsheet-notice>`'s root (the "not an article" notice). */
  notice: ShadowRoot | null;
}

const IN_READER: unique symbol = Symbol('in-reader');

/** A page function that also receives the overlay's shadow roots; made with `inReader`. */
export type ReaderFunction<A, R> = ((arg: A, roots: ReaderRoots) => R | Promise<R>) & { readonly [IN_READER]: true };

/**
 * Marks a page function as one that reads the overlay: `tab.evaluate(fn, arg)` then calls
 * `fn(arg, roots)` in the page with the closed roots. Like any page function it must be
 * self-contained (it is serialised into the page).
 */
export function inReader<A, R>(fn: (arg: A, roots: ReaderRoots) => R | Promise<R>): ReaderFunction<A, R> {
  return Object.assign(fn, { [IN_READER]: true as const });
}

/** True for a function made with `inReader`. */
export function isReaderFunction<A, R>(fn: PageFunction<A, R> | ReaderFunction<A, R>): fn is ReaderFunction<A, R> {
  return IN_READER in fn;
}

/**
 * The in-page wrapper both drivers call with the two roots and the argument as JSON: the result
 * comes back as JSON too, so `undefined` and nested objects survive either protocol's serialisation.
 */
export function readerCall(fn: (...args: never[]) => unknown): string {
  // `__name`: what tsx's keepNames wraps named inner functions in (the benches run under tsx).
  return `async (reader, notice, arg) => { const __name = (f) => f; return JSON.stringify({ value: await (${fn.toString()})(arg === undefined ? undefined : JSON.parse(arg), { reader, notice }) }); }`;
}

/** Colour scheme the page (and so the reader's `data-theme=auto`) sees. */
export type ColorScheme = 'light' | 'dark';

/** How to launch: the colour scheme pages see, and the browser's UI language (extension i18n follows it). */
export interface LaunchOptions {
  colorScheme?: ColorScheme;
  /** 'hi' for a Hindi browser (Chromium `--lang=hi`; Firefox: Hindi made an available, requested app locale). */
  locale?: 'en' | 'hi';
}

/** A browser tab: a web page or an extension page opened in a tab. */
export interface TabHandle {
  /** The URL the tab was opened with. */
  readonly url: string;
  /**
   * Runs `fn(arg)` in the page's main world and returns its (JSON-serialisable) result. A function
   * made with `inReader` runs as `fn(arg, roots)`, with the overlay's closed shadow roots.
   */
  evaluate<A, R>(fn: ReaderFunction<A, R>, arg: A): Promise<R>;
  evaluate<A, R>(fn: PageFunction<A, R>, arg: A): Promise<R>;
  /** Presses a key (Playwright key names: 'Escape', 'PageDown', 'Alt+Shift+R'). */
  press(key: string): Promise<void>;
  /** A real mouse click at a point in the viewport (CSS pixels). */
  click(x: number, y: number): Promise<void>;
  /** A real mouse drag (press at `from`, move in steps, release at `to`), as a user selects text; viewport CSS pixels. */
  drag(from: { x: number; y: number }, to: { x: number; y: number }): Promise<void>;
  /** A real mouse-wheel scroll at a point in the viewport (CSS pixels). */
  wheel(x: number, y: number, deltaY: number): Promise<void>;
  /** Makes this the active tab of its window (the popup and shortcuts act on the active tab). */
  bringToFront(): Promise<void>;
  /** Saves a PNG of the viewport, or of `clip` within it (CSS pixels). */
  screenshot(path: string, clip?: { x: number; y: number; width: number; height: number }): Promise<void>;
  close(): Promise<void>;
}

/** What the real popup shows about the reader (components/ReaderStatus.tsx). */
export interface PopupStatus {
  /** `data-status`: opening | open | closed | not-article | restricted | failed. */
  status: string;
  /** The visible status message (empty when the popup shows only a button). */
  message: string;
}

/** A running browser with Broadsheet installed. */
export interface BrowserSession {
  readonly name: BrowserName;
  readonly build: BuildKind;
  /** `chrome-extension://<id>` or `moz-extension://<uuid>` (no trailing slash). */
  readonly extensionOrigin: string;
  /** Opens a web page in a new tab and waits for it to load. */
  openTab(url: string): Promise<TabHandle>;
  /** Opens an extension page (`popup.html`, `reader.html?id=…`, `library.html`) in a new tab. */
  openExtensionPage(path: string): Promise<TabHandle>;
  /** The browser's own tab id (`tabs.Tab.id`) for a tab, as the extension sees it. */
  tabId(tab: TabHandle): Promise<number>;
  /** Sends a protocol message to the background from an extension page; returns the response. */
  sendMessage(message: { type: string; data: unknown }): Promise<unknown>;
  /** `reader:set` for a tab through the product's message path (e2e build). */
  setReader(tab: TabHandle, action: 'open' | 'toggle' | 'close'): Promise<unknown>;
  /** A real toolbar-button click on `tab` (made active first); the real popup opens. */
  clickToolbar(tab: TabHandle): Promise<void>;
  /** The open popup's status, or null while no popup is open or it has not rendered. */
  popupStatus(): Promise<PopupStatus | null>;
  /** The open popup's page colour (computed), or null while no popup is open. */
  popupBackground(): Promise<string | null>;
  /** Closes the open popup, if any (a user clicking elsewhere), and waits until it is gone. */
  closePopup(): Promise<void>;
  /** Saves a PNG of the open popup (the real one opened by `clickToolbar`). */
  screenshotPopup(path: string): Promise<void>;
  /**
   * Fires the keyboard-shortcut command `name` (manifest `commands`) with `tab` active, through
   * the browser's own command dispatch (Firefox: the real shortcut key element; Chromium: the
   * `commands.onCommand` event of the service worker, which needs the e2e build).
   */
  triggerCommand(tab: TabHandle, name: string): Promise<void>;
  /** Fires a page context-menu click on item `menuItemId` with `tab` active. */
  triggerContextMenu(tab: TabHandle, menuItemId: string): Promise<void>;
  /**
   * Uncaught errors, unhandled rejections and console errors of the extension (background, overlay)
   * since the previous call (the first call: since launch). Each call drains the list, so an error
   * is reported once, by the test that checks after causing it, and does not fail every later test.
   */
  extensionErrors(): Promise<string[]>;
  /** Sets the colour scheme pages see (`prefers-color-scheme`), for light/dark screenshots. */
  setColorScheme(tab: TabHandle, scheme: ColorScheme): Promise<void>;
  /** Emulates print media for `tab` (`@media print` rules apply), or back to screen. */
  setMedia(tab: TabHandle, media: 'screen' | 'print'): Promise<void>;
  close(): Promise<void>;
}
