/**
 * Contract: the overlay's direct settings access (settings-direct.ts, no WXT storage library) and
 * the WXT storage item (settings.ts, used by the popup and reader page) read each other's writes,
 * agree on the version record, and never run a migration twice over a value. If WXT changed its
 * storage format, or someone renamed the key on one side, these fail.
 */
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readerSettingsItem, loadSettings as loadViaWxt, updateSettings as updateViaWxt } from '../settings';
import { loadSettings, updateSettings, watchSettings } from '../settings-direct';
import { DEFAULT_SETTINGS, SETTINGS_VERSION } from '../settings-model';

const V1 = { theme: 'sepia', font: 'sans', fontSizeStep: 7, width: 'narrow', lineHeight: 1.9, openOnPopup: false } as const;

describe('settings read and written without WXT storage', () => {
  it('gives the defaults when nothing is stored', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('reads what the WXT item wrote', async () => {
    await updateViaWxt({ theme: 'dark', fontSizeStep: 2, speechRate: 1.5 });
    expect(await loadSettings()).toEqual(await loadViaWxt());
    expect(await loadSettings()).toMatchObject({ theme: 'dark', fontSizeStep: 2, speechRate: 1.5 });
  });

  it('writes what the WXT item reads, with the current version recorded', async () => {
    const written = await updateSettings({ width: 'wide', lineHeight: 1.75 });
    expect(written).toEqual({ ...DEFAULT_SETTINGS, width: 'wide', lineHeight: 1.75 });
    expect(await readerSettingsItem.getValue()).toEqual(written);
    expect(await readerSettingsItem.getMeta()).toEqual({ v: SETTINGS_VERSION });
  });

  it('applies the same migrations to an old stored value', async () => {
    await fakeBrowser.storage.local.set({ readerSettings: V1 });
    const direct = await loadSettings();
    await readerSettingsItem.migrate();
    expect(direct).toEqual({ ...V1, speechRate: DEFAULT_SETTINGS.speechRate });
    expect(await loadViaWxt()).toEqual(direct);
  });

  it('a change saved over an old value is not migrated again later', async () => {
    await fakeBrowser.storage.local.set({ readerSettings: V1 });
    await updateSettings({ speechRate: 1.75 });
    await readerSettingsItem.migrate(); // what the popup's item does when it next loads
    expect(await loadViaWxt()).toEqual({ ...V1, speechRate: 1.75 });
  });

  it('tells a watcher about changes from either side until unsubscribed', async () => {
    const seen = vi.fn();
    const stop = watchSettings(seen);
    await updateViaWxt({ theme: 'light' });
    await updateSettings({ font: 'sans' });
    await vi.waitFor(() => expect(seen).toHaveBeenCalledTimes(2));
    expect(seen).toHaveBeenLastCalledWith({ ...DEFAULT_SETTINGS, theme: 'light', font: 'sans' });
    stop();
    await updateViaWxt({ theme: 'dark' });
    await fakeBrowser.storage.local.set({ unrelated: 1 });
    expect(seen).toHaveBeenCalledTimes(2);
  });
});
