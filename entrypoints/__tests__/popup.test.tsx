/**
 * The popup (App) against the real background, through fakeBrowser: on a web page it opens the
 * reader at once and says so; on a page extensions may not touch the background refuses before
 * any injection and the popup offers no Save; with "open on popup" off it opens nothing, and still
 * learns from the background whether the page can take the reader.
 */
import 'fake-indexeddb/auto';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '@/entrypoints/background';
import { App } from '@/entrypoints/popup/App';
import { mountPage, routeMessagesToBackground, t } from '@/tests/extension-page';
import { updateSettings } from '@/utils/settings-store';

let container: HTMLElement;
let unmount = () => {};

/** A fake overlay in the tab that answers `overlay:set` once injected. */
function fakeOverlay() {
  let injected = false;
  const executeScript = vi.fn(async () => {
    injected = true;
    return [];
  });
  fakeBrowser.scripting.executeScript = executeScript as unknown as typeof fakeBrowser.scripting.executeScript;
  fakeBrowser.tabs.sendMessage = vi.fn(async (_tabId: number, message: { data: { action: string } }) => {
    if (!injected) throw new Error('Receiving end does not exist.');
    return { ok: true, value: message.data.action === 'close' ? 'closed' : 'open' };
  }) as unknown as typeof fakeBrowser.tabs.sendMessage;
  return executeScript;
}

/** The active tab of a focused window, as the popup finds it when it opens. */
async function activeTab(url: string) {
  const window = await fakeBrowser.windows.create({ focused: true });
  return fakeBrowser.tabs.create({ url, active: true, windowId: window?.id });
}

beforeEach(() => {
  background.main();
  routeMessagesToBackground();
});
afterEach(() => {
  unmount();
});

function mount() {
  ({ container, unmount } = mountPage(<App />));
}

const status = () => container.querySelector<HTMLElement>('[data-testid="popup-status"]');
const settled = () => vi.waitFor(() => expect(status()?.dataset.status).not.toBe('opening'));

describe('popup', () => {
  it('opens the reader on a web page at once and says so, with Close and Save', async () => {
    await activeTab('https://news.example/story');
    const executeScript = fakeOverlay();
    mount();
    await settled();
    expect(status()?.dataset.status).toBe('open');
    expect(status()?.textContent).toContain(t('statusOpened'));
    expect(executeScript).toHaveBeenCalledTimes(1);
    expect(container.querySelector('[data-testid="popup-close-reader"]')).not.toBeNull();
    expect(container.querySelector('[data-testid="popup-save"]')).not.toBeNull();

    act(() => container.querySelector<HTMLButtonElement>('[data-testid="popup-close-reader"]')!.click());
    await vi.waitFor(() => expect(status()?.dataset.status).toBe('closed'));
  });

  it('on a browser page: the background refuses without injecting, and there is nothing to save', async () => {
    await activeTab('chrome://settings');
    const executeScript = fakeOverlay();
    mount();
    await settled();
    expect(status()?.dataset.status).toBe('restricted');
    expect(status()?.textContent).toContain(t('statusRestricted'));
    expect(executeScript).not.toHaveBeenCalled();
    expect(container.querySelector('[data-testid="popup-save"]')).toBeNull();
  });

  it.each([
    ['https://news.example/later', 'closed'],
    ['about:addons', 'restricted'],
  ])('with "open on popup" off, opens nothing on %s and shows %s', async (url, expected) => {
    await updateSettings({ openOnPopup: false });
    await activeTab(url);
    const executeScript = fakeOverlay();
    mount();
    await settled();
    expect(status()?.dataset.status).toBe(expected);
    expect(executeScript).not.toHaveBeenCalled();
  });
});
