/**
 * The background: wiring only. It routes the three triggers (popup, keyboard shortcut, context
 * menu) and protocol messages to the modules that do the work.
 */
import { browser, type Browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { fromThisExtension, listen } from '@/utils/messaging/client';
import { fail, type ToBackground } from '@/utils/messaging/protocol';
import { translate } from '@/utils/i18n';
import { activeTabId, injectPanels, setReader } from '@/utils/reader-control';
import { libraryHandlers, purgeExpiredDeletes, saveTabFromMenu, type LibraryMessage } from '@/utils/library/handlers';

/** Context-menu item ids. */
export const MENU_TOGGLE = 'broadsheet-toggle-reader';
export const MENU_SAVE = 'broadsheet-save-article';

/** Tells the user, on the toolbar button, why the reader did not open (no popup is there to say it). */
async function flagOnButton(tabId: number, message: string): Promise<void> {
  const action = browser.action ?? browser.browserAction;
  await action.setBadgeText({ tabId, text: '!' });
  await action.setTitle({ tabId, title: message });
}

async function toggleFromShortcutOrMenu(tab: Browser.tabs.Tab | undefined): Promise<void> {
  const tabId = tab?.id ?? (await activeTabId());
  if (tabId === undefined) return;
  const result = await setReader(tabId, 'toggle');
  // "not-article" is shown by the overlay itself; the others have no UI on the page.
  if (!result.ok && result.error !== 'not-article') {
    await flagOnButton(tabId, translate(result.error === 'restricted' ? 'statusRestricted' : 'statusFailed'));
  }
}

export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: MENU_TOGGLE, title: translate('menuToggleReader'), contexts: ['page'] });
    browser.contextMenus.create({ id: MENU_SAVE, title: translate('menuSaveArticle'), contexts: ['page'] });
  });

  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU_TOGGLE) void toggleFromShortcutOrMenu(tab);
    if (info.menuItemId === MENU_SAVE && tab?.id !== undefined) void saveTabFromMenu(tab.id);
  });

  browser.commands.onCommand.addListener((command, tab) => {
    if (command === 'toggle-reader') void toggleFromShortcutOrMenu(tab);
  });

  listen<Pick<ToBackground, 'reader:set' | 'overlay:load-panels' | LibraryMessage>>(
    {
      'reader:set': async ({ tabId, action }) => {
        const target = tabId ?? (await activeTabId());
        return target === undefined ? fail('no-tab', 'No active tab') : setReader(target, action);
      },
      // Only an overlay in a tab asks for its panels, and gets them in its own frame.
      'overlay:load-panels': async (_request, sender) =>
        sender.tab?.id === undefined ? fail('no-tab', 'Panels are for the overlay in a tab') : injectPanels(sender.tab.id, sender.frameId),
      // The library: the background is its only writer.
      ...libraryHandlers(activeTabId),
    },
    fromThisExtension,
  );
  void purgeExpiredDeletes();
});
