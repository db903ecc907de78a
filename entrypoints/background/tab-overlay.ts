/**
 * "Tab → overlay": the one way the background reaches the overlay script in a tab, for opening
 * the reader, saving a tab's article and loading the panels. The overlay is injected only on
 * request (activeTab grants access for that one user gesture); pages where extensions may not run
 * are refused up front; every step has a time limit, so no popup is left saying "Opening…"; and
 * each failure comes back typed (`restricted`, `no-tab`, `failed`, or the overlay's own answer).
 */
import { browser } from 'wxt/browser';
import { OVERLAY_SCRIPT, PANELS_SCRIPT } from '../../utils/injected-scripts';
import { sendToTab } from '../../utils/messaging/client';
import type { ReaderAction, ReaderError, ReaderState, RequestOf, ResponseOf, ToContent } from '../../utils/messaging/protocol';
import { isRestrictedUrl } from '../../utils/restricted-url';
import { fail, ok, type Failure, type Result } from '../../utils/result';

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

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** Whether the reader may run in `tabId`: the tab exists and its page is not off limits. */
export async function checkTab(tabId: number): Promise<Result<true, ReaderError>> {
  let url: string | undefined;
  try {
    url = (await browser.tabs.get(tabId)).url;
  } catch {
    return fail('no-tab', `No tab ${tabId}`);
  }
  return isRestrictedUrl(url) ? fail('restricted', `Extensions cannot run on ${url}`) : ok(true);
}

/**
 * Injects one of our scripts into the tab (one frame, or the top one). `injectImmediately`: a page
 * that never finishes loading (a subresource that never ends) would otherwise hold the script
 * back until `document_idle`, which never comes; the overlay waits for the parsed DOM itself.
 * The browser's refusal means the page is off limits; running out of time is a plain failure.
 */
async function inject(
  tabId: number,
  frameId: number | undefined,
  file: typeof OVERLAY_SCRIPT | typeof PANELS_SCRIPT,
): Promise<Result<true, ReaderError>> {
  try {
    await withTimeout(
      browser.scripting.executeScript({
        target: frameId === undefined ? { tabId } : { tabId, frameIds: [frameId] },
        files: [file],
        injectImmediately: true,
      }),
      INJECT_TIMEOUT_MS,
      'Injecting the reader',
    );
    return ok(true);
  } catch (error) {
    // Chrome: "Cannot access contents of…", "The extensions gallery cannot be scripted", PDF viewer;
    // Firefox: "Missing host permission for the tab". All mean: this page is off limits to us.
    return fail(error instanceof TimedOut ? 'failed' : 'restricted', messageOf(error));
  }
}

/** An overlay's answer, or why the background could not get one. */
export type OverlayAnswer<K extends keyof ToContent> = ResponseOf<ToContent, K> | Failure<ReaderError>;

/** Marks "no overlay listens in this tab" apart from every other failure. */
const ABSENT = Symbol('absent');

/** Asks the overlay in a tab, with the time limit; ABSENT when no overlay listens there. */
async function ask<K extends keyof ToContent>(
  tabId: number,
  type: K,
  data: RequestOf<ToContent, K>,
): Promise<OverlayAnswer<K> | typeof ABSENT> {
  try {
    return await withTimeout(sendToTab(tabId, type, data), OPEN_TIMEOUT_MS, 'The reader');
  } catch (error) {
    // An overlay that is there but never answers (a frozen page) is a failure, not a reason to inject a second copy.
    return error instanceof TimedOut ? fail('failed', error.message) : ABSENT;
  }
}

/** Overlay injections under way, by tab. */
const injecting = new Map<number, Promise<Result<true, ReaderError>>>();

/**
 * Injects the overlay into a tab once however many asks found it absent at the same moment (three
 * triggers together): each copy replaces the one before it, and one replaced while it was still
 * opening its reader went on to open it beside the newer copy's.
 */
function injectOverlay(tabId: number): Promise<Result<true, ReaderError>> {
  let injection = injecting.get(tabId);
  if (!injection) {
    injection = inject(tabId, undefined, OVERLAY_SCRIPT).finally(() => injecting.delete(tabId));
    injecting.set(tabId, injection);
  }
  return injection;
}

/**
 * Sends `type` to the overlay in `tabId` and returns its answer. The overlay is asked first, so a
 * second request costs no re-evaluation; only when nothing listens is it injected, and then asked
 * again. `ifAbsent` answers instead of injecting (closing a reader that was never opened).
 */
export async function askOverlay<K extends keyof ToContent>(
  tabId: number,
  type: K,
  data: RequestOf<ToContent, K>,
  ifAbsent?: () => OverlayAnswer<K>,
): Promise<OverlayAnswer<K>> {
  const allowed = await checkTab(tabId);
  if (!allowed.ok) return allowed;
  const first = await ask(tabId, type, data);
  if (first !== ABSENT) return first;
  if (ifAbsent) return ifAbsent();
  const injected = await injectOverlay(tabId);
  if (!injected.ok) return injected;
  const second = await ask(tabId, type, data);
  return second === ABSENT ? fail('failed', 'The reader did not start in the page') : second;
}

/** Applies `action` to the reader in `tabId` and reports the resulting state. */
export function setReader(tabId: number, action: ReaderAction): Promise<Result<ReaderState, ReaderError>> {
  return askOverlay(tabId, 'overlay:set', { action }, action === 'close' ? () => ok('closed') : undefined);
}

/**
 * Injects the reader's panels into the frame the overlay that asked for them runs in. The grant
 * that let the overlay in (activeTab, from the click, shortcut or menu) lasts while the tab stays
 * on the page, so this needs no other permission.
 */
export function injectPanels(tabId: number, frameId: number | undefined): Promise<Result<true, ReaderError>> {
  return inject(tabId, frameId, PANELS_SCRIPT);
}

/** The active tab of the focused window, or undefined. */
export async function activeTabId(): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}
