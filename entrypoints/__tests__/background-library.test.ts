/**
 * The background's library messages, delivered as the overlay, popup and library page send them:
 * the background is the only writer, failures come back as values, and the context menu saves.
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background, { MENU_SAVE } from '@/entrypoints/background';
import { deliver } from '@/tests/deliver';
import type { TriggerableEvent } from '@/tests/fake-events';
import { closeLibrary, getLibrary } from '@/utils/library/connection';
import { getMetas, listIds } from '@/utils/library/read';
import { freshIndexedDB, makeItem, SCRIPTS } from '@/utils/library/__tests__/fixtures';

beforeEach(async () => {
  await closeLibrary();
  freshIndexedDB();
  background.main();
});
afterEach(() => closeLibrary());

/** A tab whose (fake) overlay content script answers `overlay:extract` once injected. */
async function tabWithArticle(article = SCRIPTS.english) {
  const tab = await fakeBrowser.tabs.create({ url: article.url, active: true });
  let injected = false;
  const executeScript = vi.fn(async () => {
    injected = true;
    return [];
  });
  fakeBrowser.scripting.executeScript = executeScript as unknown as typeof fakeBrowser.scripting.executeScript;
  fakeBrowser.tabs.sendMessage = vi.fn(async () => {
    if (!injected) throw new Error('Receiving end does not exist.');
    return { ok: true, value: article };
  }) as unknown as typeof fakeBrowser.tabs.sendMessage;
  return { tab, executeScript };
}

describe('library messages', () => {
  it('saves from the overlay, answers lookups, and updates instead of duplicating', async () => {
    const tab = { id: 7, url: SCRIPTS.hindi.url } as never;
    const saved = await deliver('library:save', { article: SCRIPTS.hindi }, { tab });
    expect(saved).toMatchObject({ ok: true, value: { id: 1 } });
    expect(await deliver('library:lookup', { canonicalUrl: SCRIPTS.hindi.canonicalUrl })).toMatchObject({ ok: true, value: { id: 1 } });
    expect(await deliver('library:save', { article: { ...SCRIPTS.hindi, title: 'नया शीर्षक' } })).toMatchObject({
      ok: true,
      value: { id: 1 },
    });
    const db = await getLibrary();
    expect(await listIds(db, 'all')).toEqual([1]);
    expect((await getMetas(db, [1]))[0]?.title).toBe('नया शीर्षक');
  });

  it('refuses an article that is not one (a malformed message) as invalid', async () => {
    const result = await deliver('library:save', { article: { ...SCRIPTS.english, canonicalUrl: 'javascript:alert(1)' } });
    expect(result).toMatchObject({ ok: false, error: 'invalid' });
    expect(await listIds(await getLibrary(), 'all')).toEqual([]);
  });

  it('deletes, undoes, and marks read', async () => {
    await deliver('library:save', { article: SCRIPTS.english });
    await deliver('library:save', { article: SCRIPTS.chinese });
    expect(await deliver('library:delete', { ids: [1, 99] })).toEqual({ ok: true, value: [1] });
    expect(await listIds(await getLibrary(), 'all')).toEqual([2]);
    expect(await deliver('library:undo-delete', { ids: [1] })).toEqual({ ok: true, value: [1] });
    expect(await deliver('library:set-read', { ids: [1, 2], read: true })).toEqual({ ok: true, value: [1, 2] });
    expect(await listIds(await getLibrary(), 'unread')).toEqual([]);
    expect(await deliver('library:set-progress', { id: 2, progress: 0.5 })).toEqual({ ok: true, value: true });
  });

  it('imports a chunk: good items written, bad ones reported by their index in the file', async () => {
    const result = await deliver('library:import', { items: [makeItem(1), { title: 'broken' }, makeItem(2)], offset: 100 });
    expect(result).toEqual({
      ok: true,
      value: {
        added: 2,
        updated: 0,
        rejected: [{ index: 101, label: 'broken', reason: 'bad-canonicalUrl' }],
        highlights: 0,
        rejectedHighlights: [],
      },
    });
  });

  it('tags and untags articles, cleaning what the message carries', async () => {
    await deliver('library:import', { items: [makeItem(1), makeItem(2)], offset: 0 });
    expect(await deliver('library:edit-tags', { ids: [1, 2], add: ['  weekend ', '', 7 as unknown as string], remove: [] })).toEqual({
      ok: true,
      value: [1, 2],
    });
    expect((await getMetas(await getLibrary(), [1]))[0]?.tags).toEqual(['weekend']);
    expect(await deliver('library:edit-tags', { ids: [2], add: [], remove: ['weekend'] })).toEqual({ ok: true, value: [2] });
    expect(await listIds(await getLibrary(), 'all', 'weekend')).toEqual([1]);
  });

  it('saves the article in a tab without opening the reader (popup Save)', async () => {
    const { tab, executeScript } = await tabWithArticle(SCRIPTS.japanese);
    expect(await deliver('library:save-tab', { tabId: tab.id })).toMatchObject({ ok: true, value: { id: 1 } });
    expect(executeScript).toHaveBeenCalledTimes(1);
    expect(await deliver('library:lookup', { canonicalUrl: SCRIPTS.japanese.canonicalUrl })).toMatchObject({ ok: true, value: { id: 1 } });
  });

  it('refuses to save a browser page', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'chrome://settings', active: true });
    expect(await deliver('library:save-tab', { tabId: tab.id })).toMatchObject({ ok: false, error: 'restricted' });
  });

  it('saves from the page context menu and shows ✓ on the button', async () => {
    const { tab } = await tabWithArticle(SCRIPTS.arabic);
    const onClicked = fakeBrowser.contextMenus.onClicked as unknown as TriggerableEvent<[{ menuItemId: string }, { id?: number }]>;
    await onClicked.trigger({ menuItemId: MENU_SAVE }, tab);
    await vi.waitFor(async () => expect(await listIds(await getLibrary(), 'all')).toEqual([1]));
    await vi.waitFor(() => expect(fakeBrowser.action.setBadgeText).toHaveBeenCalledWith({ tabId: tab.id, text: '✓' }));
  });
});
