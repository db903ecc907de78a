/**
 * Feedback on the toolbar button, for triggers with no popup or reader to answer them (keyboard
 * shortcut, context menu): ✓ briefly after a save, or ! with the reason in the button's tooltip.
 */
import { browser } from 'wxt/browser';
import type { ReaderError, SaveError } from '../../utils/messaging/protocol';
import { translate, type MessageKey } from '../../utils/i18n';

/** How long the ✓ after a save stays on the button. */
const SAVED_BADGE_MS = 4000;

const action = () => browser.action ?? browser.browserAction;

/** The user's words for why the reader or a save did not work. */
export function reasonKey(error: ReaderError | SaveError): MessageKey {
  switch (error) {
    case 'quota':
      return 'libraryStorageFull';
    case 'restricted':
      return 'statusRestricted';
    case 'not-article':
      return 'statusNotArticle';
    default:
      return 'statusFailed';
  }
}

/** Shows ! on the button in `tabId`, with the reason as its tooltip. */
export async function flagFailure(tabId: number, error: ReaderError | SaveError): Promise<void> {
  await action().setBadgeText({ tabId, text: '!' });
  await action().setTitle({ tabId, title: translate(reasonKey(error)) });
}

/** Shows ✓ on the button in `tabId` for a few seconds, and "Saved" as its tooltip. */
export async function flagSaved(tabId: number): Promise<void> {
  await action().setBadgeText({ tabId, text: '✓' });
  await action().setTitle({ tabId, title: translate('readerSaved') });
  setTimeout(
    () =>
      void action()
        .setBadgeText({ tabId, text: '' })
        .catch(() => {}),
    SAVED_BADGE_MS,
  );
}
