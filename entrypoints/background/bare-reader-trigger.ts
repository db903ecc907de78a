/**
 * E2E builds only (index.ts registers it behind `import.meta.env.MODE === 'e2e'`, which a
 * production build compiles out with this module): the trigger for `npm run bench:reader`'s bare
 * reader (entrypoints/bare-reader). An extension page sends `{ type: 'bench:bare-reader', data:
 * { tabId } }` and the background injects the script exactly as tab-overlay.ts injects the
 * overlay, so both readers' times start at the same message and cross the same hops.
 *
 * Outside the product's typed protocol on purpose: the message exists in no build users get.
 * The product's listener ignores it (an unknown type); this one ignores everything else.
 */
import { browser } from 'wxt/browser';
import type { ScriptPublicPath } from 'wxt/utils/inject-script';
import { BARE_READER_SCRIPT } from '../../utils/injected-scripts';

/** The message's type. */
export const BARE_READER_MESSAGE = 'bench:bare-reader';

/** Registers the listener (call once, in e2e builds only). */
export function listenForBareReader(): void {
  browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse: (response: unknown) => void) => {
    const m = message as { type?: unknown; data?: { tabId?: unknown } } | null;
    const tabId = m?.data?.tabId;
    if (m?.type !== BARE_READER_MESSAGE || typeof tabId !== 'number' || sender.id !== browser.runtime.id) return undefined;
    // A path WXT's generated list does not know: `wxt prepare` reads the entrypoints of a build
    // that is not e2e, which drops this script (wxt.config.ts E2E_ONLY_ENTRIES).
    const files = [BARE_READER_SCRIPT as ScriptPublicPath];
    browser.scripting.executeScript({ target: { tabId }, files, injectImmediately: true }).then(
      () => sendResponse({ ok: true }),
      (error: unknown) => sendResponse({ ok: false, message: error instanceof Error ? error.message : String(error) }),
    );
    return true;
  });
}
