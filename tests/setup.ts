/**
 * Vitest setup for tiers 1–3: fakeBrowser starts clean for every test, and `browser.i18n` (which
 * fakeBrowser leaves unimplemented) answers from the real English catalogue, so tests see the
 * strings users see; events fakeBrowser lacks are real in-memory events.
 */
import { beforeEach, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { triggerableEvent } from './fake-events';
import { catalogueTranslator } from './i18n-catalogue';

beforeEach(() => {
  fakeBrowser.reset();
  const t = catalogueTranslator('en');
  fakeBrowser.i18n.getMessage = ((key: string, subs?: string | string[]) =>
    t(key, ...(subs === undefined ? [] : Array.isArray(subs) ? subs : [subs]))) as typeof fakeBrowser.i18n.getMessage;
  fakeBrowser.i18n.getUILanguage = () => 'en';
  // Unimplemented in fakeBrowser: give them real in-memory events (fresh per test).
  Object.assign(fakeBrowser.commands, { onCommand: triggerableEvent() });
  Object.assign(fakeBrowser.contextMenus, { onClicked: triggerableEvent(), create: vi.fn() });
  Object.assign(fakeBrowser.action, { setBadgeText: vi.fn(async () => {}), setTitle: vi.fn(async () => {}) });
});
