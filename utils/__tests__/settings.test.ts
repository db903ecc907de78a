import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DEFAULT_SETTINGS,
  FONT_SIZES_PX,
  loadSettings,
  normalizeSettings,
  readerSettingsItem,
  SETTINGS_VERSION,
  stepIn,
  THEMES,
  updateSettings,
} from '../settings';

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
  it('migrates version 1 (no speech rate) to version 2, keeping the user’s choices', async () => {
    const v1 = { theme: 'sepia', font: 'sans', fontSizeStep: 7, width: 'narrow', lineHeight: 1.9, openOnPopup: false };
    await fakeBrowser.storage.local.set({ readerSettings: v1 });
    await readerSettingsItem.migrate();
    expect(await readerSettingsItem.getMeta()).toEqual({ v: SETTINGS_VERSION });
    expect(await fakeBrowser.storage.local.get('readerSettings')).toEqual({ readerSettings: { ...v1, speechRate: 1 } });
    expect(await loadSettings()).toEqual({ ...v1, speechRate: 1 });
  });

  it('keeps every one of several quick changes (no lost update)', async () => {
    const results = await Promise.all([updateSettings({ theme: 'sepia' }), updateSettings({ fontSizeStep: 8 }), updateSettings({ width: 'wide' })]);
    expect(results.map((r) => [r.theme, r.fontSizeStep, r.width])).toEqual([
      ['sepia', 4, 'medium'],
      ['sepia', 8, 'medium'],
      ['sepia', 8, 'wide'],
    ]);
    expect(await loadSettings()).toMatchObject({ theme: 'sepia', fontSizeStep: 8, width: 'wide' });
  });

  it('remembers a change and returns the merged result', async () => {
    expect(await updateSettings({ theme: 'dark', fontSizeStep: 6 })).toMatchObject({ theme: 'dark', fontSizeStep: 6 });
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark', fontSizeStep: 6 });
  });
});
