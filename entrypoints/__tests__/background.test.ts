/**
 * The background's wiring: each trigger reaches the reader in the right tab, restricted pages are
 * refused before any injection, and failures come back as values.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '@/entrypoints/background';
import { deliver } from '@/tests/deliver';
import { INJECT_TIMEOUT_MS, OPEN_TIMEOUT_MS } from '@/entrypoints/background/tab-overlay';
import { OVERLAY_SCRIPT, PANELS_SCRIPT } from '@/utils/injected-scripts';
import type { TriggerableEvent } from '@/tests/fake-events';

/** Registers a fake overlay content script that answers `overlay:set` once injected. */
function fakeOverlay(answer: 'open' | 'closed' = 'open') {
  let injected = false;
  const executeScript = vi.fn(async () => {
    injected = true;
    return [];
  });
  fakeBrowser.scripting.executeScript = executeScript as unknown as typeof fakeBrowser.scripting.executeScript;
  const sendMessage = vi.fn(async (_tabId: number, message: { type: string; data: { action: string } }) => {
    if (!injected) throw new Error('Could not establish connection. Receiving end does not exist.');
    return { ok: true, value: message.data.action === 'close' ? 'closed' : answer };
  });
  fakeBrowser.tabs.sendMessage = sendMessage as unknown as typeof fakeBrowser.tabs.sendMessage;
  return { executeScript, sendMessage };
}

describe('background', () => {
  beforeEach(() => {
    background.main();
  });

  it('opens the reader in a web page tab: injects the overlay once, then asks it to open', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://news.example/story', active: true });
    const { executeScript, sendMessage } = fakeOverlay();
    const result = await deliver('reader:set', { tabId: tab.id, action: 'open' });
    expect(result).toEqual({ ok: true, value: 'open' });
    expect(executeScript).toHaveBeenCalledWith({ target: { tabId: tab.id }, files: [OVERLAY_SCRIPT], injectImmediately: true });
    expect(sendMessage).toHaveBeenLastCalledWith(tab.id, { type: 'overlay:set', data: { action: 'open' } });

    // Second trigger: the overlay already listens, so nothing is injected again.
    await deliver('reader:set', { tabId: tab.id, action: 'toggle' });
    expect(executeScript).toHaveBeenCalledTimes(1);
  });

  it('three triggers at once, before any overlay listens, inject it once', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://news.example/story', active: true });
    const { executeScript } = fakeOverlay();
    const answers = await Promise.all([1, 2, 3].map(() => deliver('reader:set', { tabId: tab.id, action: 'open' })));
    expect(answers).toEqual([1, 2, 3].map(() => ({ ok: true, value: 'open' })));
    expect(executeScript).toHaveBeenCalledTimes(1);
  });

  it("injects the reader's panels into the asking overlay's own frame, and only for an overlay in a tab", async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://news.example/story', active: true });
    const { executeScript } = fakeOverlay();
    expect(await deliver('overlay:load-panels', {}, { tab, frameId: 3 })).toEqual({ ok: true, value: true });
    expect(executeScript).toHaveBeenCalledWith({
      target: { tabId: tab.id, frameIds: [3] },
      files: [PANELS_SCRIPT],
      injectImmediately: true,
    });

    // The popup or another extension page has no tab: nothing is injected.
    expect(await deliver('overlay:load-panels', {})).toMatchObject({ ok: false, error: 'no-tab' });
    // A tab that lost the page's grant (navigated away) answers with the browser's reason.
    executeScript.mockRejectedValueOnce(new Error('Missing host permission for the tab'));
    expect(await deliver('overlay:load-panels', {}, { tab, frameId: 0 })).toMatchObject({
      ok: false,
      error: 'restricted',
      message: 'Missing host permission for the tab',
    });
    expect(executeScript).toHaveBeenCalledTimes(2);
  });

  it.each([
    'chrome://settings',
    'about:addons',
    'https://chromewebstore.google.com/detail/x',
    'https://addons.mozilla.org/en-US/firefox/',
    'view-source:https://a.example/',
  ])('refuses %s as restricted without injecting', async (url) => {
    const tab = await fakeBrowser.tabs.create({ url, active: true });
    const { executeScript } = fakeOverlay();
    const result = await deliver('reader:set', { tabId: tab.id, action: 'open' });
    expect(result).toMatchObject({ ok: false, error: 'restricted' });
    expect(executeScript).not.toHaveBeenCalled();
  });

  it('reports a page the browser will not let us script (e.g. the PDF viewer) as restricted', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://example.org/report.pdf', active: true });
    const { executeScript } = fakeOverlay();
    executeScript.mockRejectedValueOnce(new Error('Cannot access contents of the page.'));
    const result = await deliver('reader:set', { tabId: tab.id, action: 'open' });
    expect(result).toMatchObject({ ok: false, error: 'restricted' });
  });

  it('answers "failed" instead of hanging when injection never settles', async () => {
    vi.useFakeTimers();
    try {
      const tab = await fakeBrowser.tabs.create({ url: 'https://news.example/slow', active: true });
      const { executeScript } = fakeOverlay();
      executeScript.mockReturnValueOnce(new Promise(() => {}));
      const pending = deliver('reader:set', { tabId: tab.id, action: 'open' });
      await vi.advanceTimersByTimeAsync(INJECT_TIMEOUT_MS + 1);
      expect(await pending).toMatchObject({ ok: false, error: 'failed' });
    } finally {
      vi.useRealTimers();
    }
  });

  it('answers "failed" instead of hanging when an overlay already in the page never answers, and injects no second copy', async () => {
    vi.useFakeTimers();
    try {
      const tab = await fakeBrowser.tabs.create({ url: 'https://news.example/frozen', active: true });
      const { executeScript, sendMessage } = fakeOverlay();
      sendMessage.mockReturnValueOnce(new Promise(() => {}));
      const pending = deliver('reader:set', { tabId: tab.id, action: 'toggle' });
      await vi.advanceTimersByTimeAsync(OPEN_TIMEOUT_MS + 1);
      expect(await pending).toMatchObject({ ok: false, error: 'failed', message: expect.stringContaining('did not finish') });
      expect(executeScript).not.toHaveBeenCalled();
    } finally {
      vi.useRealTimers();
    }
  });

  it('closing a tab that never had the reader does not inject anything', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://news.example/a', active: true });
    const { executeScript } = fakeOverlay();
    expect(await deliver('reader:set', { tabId: tab.id, action: 'close' })).toEqual({ ok: true, value: 'closed' });
    expect(executeScript).not.toHaveBeenCalled();
  });

  it('the keyboard shortcut toggles the reader in the given tab', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://news.example/b', active: true });
    const { sendMessage } = fakeOverlay();
    await (fakeBrowser.commands.onCommand as unknown as TriggerableEvent<[string, unknown]>).trigger('toggle-reader', tab);
    await vi.waitFor(() => expect(sendMessage).toHaveBeenLastCalledWith(tab.id, { type: 'overlay:set', data: { action: 'toggle' } }));
  });

  it('the context menu item toggles the reader', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://news.example/c', active: true });
    const { sendMessage } = fakeOverlay();
    await (fakeBrowser.contextMenus.onClicked as unknown as TriggerableEvent<[unknown, unknown]>).trigger(
      { menuItemId: 'broadsheet-toggle-reader', editable: false, pageUrl: tab.url },
      tab,
    );
    await vi.waitFor(() => expect(sendMessage).toHaveBeenLastCalledWith(tab.id, { type: 'overlay:set', data: { action: 'toggle' } }));
  });

  it('creates the context-menu item on install, with a translated title', async () => {
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    expect(fakeBrowser.contextMenus.create).toHaveBeenCalledWith({
      id: 'broadsheet-toggle-reader',
      title: 'Open in Broadsheet reader',
      contexts: ['page'],
    });
  });

  it('ignores messages from other extensions', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://news.example/d', active: true });
    const { executeScript } = fakeOverlay();
    const sendResponse = vi.fn();
    // fakeBrowser delivers to our listener with the sender we give it.
    const returned = await fakeBrowser.runtime.onMessage.trigger(
      { type: 'reader:set', data: { tabId: tab.id, action: 'open' } },
      { id: 'some-other-extension' },
      sendResponse,
    );
    expect(returned).toEqual([undefined]);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(sendResponse).not.toHaveBeenCalled();
    expect(executeScript).not.toHaveBeenCalled();
  });
});
