/**
 * Opening, toggling and closing the reader in a tab, from the background. The overlay script is
 * injected only on request (activeTab grants access for that one user gesture), and pages where
 * extensions may not run are recognised up front so the user gets a clear answer, not an error.
 */
import { browser } from 'wxt/browser';
import { sendToTab } from './messaging/client';
import { fail, type ReaderAction, type ReaderError, type ReaderState, type Result } from './messaging/protocol';

/** The built overlay script (entrypoints/overlay, a WXT unlisted script). */
export const OVERLAY_SCRIPT = '/overlay.js';
/** The reader's settings and read-aloud panels, injected when the overlay first needs them. */
export const PANELS_SCRIPT = '/overlay-panels.js';

/** Hosts where browsers forbid extension scripts (stores, account pages). */
const RESTRICTED_HOSTS = new Set([
  'chromewebstore.google.com',
  'microsoftedge.microsoft.com',
  'addons.mozilla.org',
  'accounts-static.cdn.mozilla.net',
  'accounts.firefox.com',
  'addons.cdn.mozilla.net',
  'api.accounts.firefox.com',
  'content.cdn.mozilla.net',
  'discovery.addons.mozilla.org',
  'install.mozilla.org',
  'oauth.accounts.firefox.com',
  'profile.accounts.firefox.com',
  'support.mozilla.org',
  'sync.services.mozilla.com',
]);

/**
 * True when extensions cannot run on `url` (browser pages, extension pages, view-source, stores).
 * An unknown URL (undefined) is not judged here: injection will tell.
 */
export function isRestrictedUrl(url: string | undefined): boolean {
  if (url === undefined || url === '') return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return true;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:' && parsed.protocol !== 'file:') return true;
  if (RESTRICTED_HOSTS.has(parsed.hostname)) return true;
  return parsed.hostname === 'chrome.google.com' && parsed.pathname.startsWith('/webstore');
}

/** How long injection may take before the popup stops saying "Opening…" (a page that never settles). */
export const INJECT_TIMEOUT_MS = 10_000;
/** How long the overlay may take to extract and paint; generous, since huge pages are slow but legal. */
export const OPEN_TIMEOUT_MS = 30_000;

/** What `withTimeout` rejects with, so callers can tell "too slow" from the promise's own failure. */
class TimedOut extends Error {}

/** Rejects with a clear message when `promise` has not settled within `ms`. */
function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TimedOut(`${what} did not finish within ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Injects the reader's panels into the frame the overlay that asked for them runs in. The grant
 * that let the overlay in (activeTab, from the click, shortcut or menu) lasts while the tab stays
 * on the page, so this needs no other permission.
 */
export function injectPanels(tabId: number, frameId: number | undefined): Promise<Result<true, ReaderError>> {
  return inject(tabId, frameId, PANELS_SCRIPT);
}

/** Injects one of our scripts into the tab (one frame, or the top one); the browser's refusal means the page is off limits. */
async function inject(tabId: number, frameId: number | undefined, file: typeof OVERLAY_SCRIPT | typeof PANELS_SCRIPT): Promise<Result<true, ReaderError>> {
  try {
    await withTimeout(
      browser.scripting.executeScript({ target: frameId === undefined ? { tabId } : { tabId, frameIds: [frameId] }, files: [file] }),
      INJECT_TIMEOUT_MS,
      'Injecting the reader',
    );
    return { ok: true, value: true };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // Chrome: "Cannot access contents of…", "The extensions gallery cannot be scripted", PDF viewer;
    // Firefox: "Missing host permission for the tab". All mean: this page is off limits to us.
    // A page that never lets the script settle is a failure to report, not a restriction.
    return fail(error instanceof TimedOut ? 'failed' : 'restricted', message);
  }
}

/**
 * Applies `action` to the reader in `tabId` and reports the resulting state. The overlay script
 * is asked first; only when nothing answers is it injected, so reopening costs no re-evaluation.
 */
export async function setReader(tabId: number, action: ReaderAction): Promise<Result<ReaderState, ReaderError>> {
  let url: string | undefined;
  try {
    url = (await browser.tabs.get(tabId)).url;
  } catch {
    return fail('no-tab', `No tab ${tabId}`);
  }
  if (isRestrictedUrl(url)) return fail('restricted', `Extensions cannot run on ${url}`);
  try {
    // The same time limit as opening after an injection: an overlay that is there but never
    // answers (a frozen page) must not leave the popup saying "Opening…" for ever.
    return await withTimeout(sendToTab(tabId, 'overlay:set', { action }), OPEN_TIMEOUT_MS, 'Opening the reader');
  } catch (error) {
    if (error instanceof TimedOut) return fail('failed', error.message);
    // No listener yet: the overlay has not been injected into this page.
  }
  if (action === 'close') return { ok: true, value: 'closed' };
  // Inject the overlay; a failure means the page is off limits.
  const injected = await inject(tabId, undefined, OVERLAY_SCRIPT);
  if (!injected.ok) return injected;
  try {
    return await withTimeout(sendToTab(tabId, 'overlay:set', { action }), OPEN_TIMEOUT_MS, 'Opening the reader');
  } catch (error) {
    return fail('failed', error instanceof Error ? error.message : String(error));
  }
}

/** The active tab of the focused window, or undefined. */
export async function activeTabId(): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}
