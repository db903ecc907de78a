/**
 * Reader settings: typed, versioned, stored in extension storage so the overlay on any site and
 * the reader page share them. Bump SETTINGS_VERSION and add a migration (settings-model.ts) when the shape changes.
 */
import { storage } from 'wxt/utils/storage';
import {
  DEFAULT_SETTINGS,
  normalizeSettings,
  SETTINGS_KEY,
  SETTINGS_VERSION,
  settingsMigrations,
  type ReaderSettings,
} from './settings-model';

export * from './settings-model';

/**
 * The stored settings item. Missing fields (older versions) fall back to defaults on read.
 * utils/settings-direct.ts reads and writes the same key and version without this library.
 */
export const readerSettingsItem = storage.defineItem<ReaderSettings>(`local:${SETTINGS_KEY}`, {
  fallback: DEFAULT_SETTINGS,
  version: SETTINGS_VERSION,
  migrations: settingsMigrations,
});

/** Current settings, with defaults filled in for anything missing or malformed. */
export async function loadSettings(): Promise<ReaderSettings> {
  return normalizeSettings(await readerSettingsItem.getValue());
}

/** Updates in this context, one after another (see updateSettings). */
let updates: Promise<unknown> = Promise.resolve();

/**
 * Merges a partial change into the stored settings and returns the result. Calls are applied one
 * at a time in call order: two quick clicks would otherwise both read the old value and the second
 * write would undo the first.
 */
export function updateSettings(change: Partial<ReaderSettings>): Promise<ReaderSettings> {
  const run = updates.then(async () => {
    const next = normalizeSettings({ ...(await loadSettings()), ...change });
    await readerSettingsItem.setValue(next);
    return next;
  });
  updates = run.catch(() => undefined);
  return run;
}

/** Calls `callback` whenever the settings change (in any context). Returns an unsubscribe function. */
export function watchSettings(callback: (settings: ReaderSettings) => void): () => void {
  return readerSettingsItem.watch((value) => callback(normalizeSettings(value)));
}
