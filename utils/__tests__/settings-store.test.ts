/**
 * The reader settings: the pure model, and the one store every context uses. The store keeps the
 * layout earlier releases wrote through WXT's storage item (value at `readerSettings`, version at
 * `readerSettings$`), so a user's settings survive the update; if the key or the version record
 * changed on one side of that, the migration tests here fail.
 */
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, FONT_SIZES_PX, normalizeSettings, SETTINGS_VERSION, stepIn, THEMES } from '../settings-model';
import { loadSettings, updateSettings, watchSettings } from '../settings-store';

const V1 = { theme: 'sepia', font: 'sans', fontSizeStep: 7, width: 'narrow', lineHeight: 1.9, openOnPopup: false } as const;

describe('settings model', () => {
  it('offers at least 8 text sizes and the four themes', () => {
    expect(FONT_SIZES_PX.length).toBeGreaterThanOrEqual(8);
    expect([...THEMES]).toEqual(['auto', 'light', 'sepia', 'dark']);
  });

  it('coerces malformed stored values to defaults, field by field', () => {
    expect(normalizeSettings(null)).toEqual(DEFAULT_SETTINGS);
    const odd = { theme: 'neon', font: 'sans', fontSizeStep: 99, width: 'wide', lineHeight: 7, speechRate: 1.5, openOnPopup: 'yes' };
    expect(normalizeSettings(odd as never)).toEqual({
      ...DEFAULT_SETTINGS,
      font: 'sans',
      fontSizeStep: FONT_SIZES_PX.length - 1,
      width: 'wide',
      speechRate: 1.5,
    });
  });

  it('steps through a list, clamping at the ends or wrapping round', () => {
    expect(stepIn(THEMES, 'dark', 1, true)).toBe('auto');
    expect(stepIn(THEMES, 'dark', 1)).toBe('dark');
    expect(stepIn([1, 2, 3], 1, -1)).toBe(1);
  });
});

describe('settings storage', () => {
  it('gives the defaults when nothing is stored', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it.each([
    ['without a version record (WXT wrote none for version 1)', {}],
    ['with version 1 recorded', { readerSettings$: { v: 1 } }],
  ])('migrates version 1 (no speech rate) %s, keeping the user’s choices', async (_name, meta) => {
    await fakeBrowser.storage.local.set({ readerSettings: V1, ...meta });
    expect(await loadSettings()).toEqual({ ...V1, speechRate: DEFAULT_SETTINGS.speechRate });
  });

  it('reads a current value as it is, without migrating it again', async () => {
    await fakeBrowser.storage.local.set({ readerSettings: { ...V1, speechRate: 1.75 }, readerSettings$: { v: SETTINGS_VERSION } });
    expect(await loadSettings()).toEqual({ ...V1, speechRate: 1.75 });
  });

  it('a change saved over an old value records the current version, so it is not migrated again later', async () => {
    await fakeBrowser.storage.local.set({ readerSettings: V1 });
    await updateSettings({ speechRate: 1.75 });
    expect(await fakeBrowser.storage.local.get(['readerSettings', 'readerSettings$'])).toEqual({
      readerSettings: { ...V1, speechRate: 1.75 },
      readerSettings$: { v: SETTINGS_VERSION },
    });
    expect(await loadSettings()).toEqual({ ...V1, speechRate: 1.75 });
  });

  it('keeps every one of several quick changes (no lost update)', async () => {
    const results = await Promise.all([
      updateSettings({ theme: 'sepia' }),
      updateSettings({ fontSizeStep: 8 }),
      updateSettings({ width: 'wide' }),
    ]);
    expect(results.map((r) => [r.theme, r.fontSizeStep, r.width])).toEqual([
      ['sepia', 4, 'medium'],
      ['sepia', 8, 'medium'],
      ['sepia', 8, 'wide'],
    ]);
    expect(await loadSettings()).toMatchObject({ theme: 'sepia', fontSizeStep: 8, width: 'wide' });
  });

  it("reads after its own context's changes still being written (close and reopen at once)", async () => {
    void updateSettings({ theme: 'dark' });
    void updateSettings({ theme: 'light' });
    expect((await loadSettings()).theme).toBe('light');
  });

  it('remembers a change and returns the merged result', async () => {
    expect(await updateSettings({ theme: 'dark', fontSizeStep: 6 })).toMatchObject({ theme: 'dark', fontSizeStep: 6 });
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark', fontSizeStep: 6 });
  });

  it('tells a watcher about changes until unsubscribed, and ignores other keys', async () => {
    const seen = vi.fn();
    const stop = watchSettings(seen);
    await updateSettings({ theme: 'light' });
    await updateSettings({ font: 'sans' });
    await vi.waitFor(() => expect(seen).toHaveBeenCalledTimes(2));
    expect(seen).toHaveBeenLastCalledWith({ ...DEFAULT_SETTINGS, theme: 'light', font: 'sans' });
    await fakeBrowser.storage.local.set({ unrelated: 1 });
    stop();
    await updateSettings({ theme: 'dark' });
    expect(seen).toHaveBeenCalledTimes(2);
  });
});
