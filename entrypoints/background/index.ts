/**
 * The background: wiring only. It routes the three triggers (popup, keyboard shortcut, context
 * menu) and protocol messages to the modules beside it: tab-overlay.ts reaches the reader in a
 * tab, library-handlers.ts writes the library (highlight-handlers.ts its highlights), toolbar.ts answers on the toolbar button.
 */
import { browser, type Browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { translate } from '../../utils/i18n';
import { fromThisExtension, listen } from '../../utils/messaging/client';
import type { ToBackground } from '../../utils/messaging/protocol';
import { fail } from '../../utils/result';
import { highlightHandlers, type HighlightMessage } from './highlight-handlers';
import { libraryHandlers, purgeExpiredDeletes, saveTab, type LibraryMessage } from './library-handlers';
import { activeTabId, checkTab, injectPanels, setReader } from './tab-overlay';
import { flagFailure, flagSaved } from './toolbar';
// Last, so a production build (which drops it) lays the bundle out exactly as without it.
import { listenForBareReader } from './bare-reader-trigger';

/** Context-menu item ids. */
export const MENU_TOGGLE = 'broadsheet-toggle-reader';
export const MENU_SAVE = 'broadsheet-save-article';

async function toggleFromShortcutOrMenu(tab: Browser.tabs.Tab | undefined): Promise<void> {
  const tabId = tab?.id ?? (await activeTabId());
  if (tabId === undefined) return;
  const result = await setReader(tabId, 'toggle');
  // "not-article" is shown by the overlay itself; the others have no UI on the page.
  if (!result.ok && result.error !== 'not-article') await flagFailure(tabId, result.error);
}

/** Saves the article in a tab from the page's context menu, where no popup or reader is there to answer. */
async function saveFromMenu(tabId: number): Promise<void> {
  const result = await saveTab(tabId);
  await (result.ok ? flagSaved(tabId) : flagFailure(tabId, result.error));
}

/** Runs `act` on the given tab, or on the active tab when none is given. */
async function onTab<T>(tabId: number | undefined, act: (tabId: number) => Promise<T>) {
  const target = tabId ?? (await activeTabId());
  return target === undefined ? fail('no-tab', 'No active tab') : act(target);
}

export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: MENU_TOGGLE, title: translate('menuToggleReader'), contexts: ['page'] });
    browser.contextMenus.create({ id: MENU_SAVE, title: translate('menuSaveArticle'), contexts: ['page'] });
  });

  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU_TOGGLE) void toggleFromShortcutOrMenu(tab);
    if (info.menuItemId === MENU_SAVE && tab?.id !== undefined) void saveFromMenu(tab.id);
  });

  browser.commands.onCommand.addListener((command, tab) => {
    if (command === 'toggle-reader') void toggleFromShortcutOrMenu(tab);
  });

  listen<Pick<ToBackground, 'reader:set' | 'reader:can-open' | 'overlay:load-panels' | LibraryMessage | HighlightMessage>>(
    {
      'reader:set': async ({ tabId, action }) => onTab(tabId, (target) => setReader(target, action)),
      'reader:can-open': async ({ tabId }) => onTab(tabId, checkTab),
      // Only an overlay in a tab asks for its panels, and gets them in its own frame.
      'overlay:load-panels': async (_request, sender) =>
        sender.tab?.id === undefined ? fail('no-tab', 'Panels are for the overlay in a tab') : injectPanels(sender.tab.id, sender.frameId),
      // The library: the background is its only writer.
      ...libraryHandlers(activeTabId),
      ...highlightHandlers(),
    },
    fromThisExtension,
  );
  void purgeExpiredDeletes();
  // The benchmark's bare reader (npm run bench:reader); compiled out of production builds.
  if (import.meta.env.MODE === 'e2e') listenForBareReader();
});
