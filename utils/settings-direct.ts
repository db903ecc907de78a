/**
 * Reader settings for the injected overlay, read and written straight through `browser.storage`
 * instead of WXT's storage library, which would add about 2.7 kB gzip to the script injected into
 * every page the reader opens on (`npm run bench:size`). Same key, same value and the same version
 * record as utils/settings.ts (WXT's format: the value at `readerSettings`, `{ v }` at
 * `readerSettings$`) and the same migrations, so either side reads what the other wrote; the
 * contract test runs both against each other.
 */
import { browser } from 'wxt/browser';
import {
  DEFAULT_SETTINGS,
  normalizeSettings,
  SETTINGS_KEY,
  SETTINGS_VERSION,
  settingsMigrations,
  type ReaderSettings,
} from './settings-model';

/** WXT keeps an item's version beside it, under the key plus `$`. */
const META_KEY = `${SETTINGS_KEY}$`;

type Stored = Partial<ReaderSettings> | null;
type Meta = Record<string, unknown> & { v?: number };

/** The stored value brought up to the current version, in memory (WXT's item writes it back when it next runs). */
function upgrade(value: unknown, meta: Meta | undefined): Stored {
  if (value === null || value === undefined) return null;
  const migrations: Record<number, ((old: Stored) => Stored) | undefined> = settingsMigrations;
  let current = value as Stored;
  for (let version = (meta?.v ?? 1) + 1; version <= SETTINGS_VERSION; version++) current = migrations[version]?.(current) ?? current;
  return current;
}

async function read(): Promise<{ value: Stored; meta: Meta | undefined }> {
  const stored = await browser.storage.local.get([SETTINGS_KEY, META_KEY]);
  const meta = stored[META_KEY] as Meta | undefined;
  return { value: upgrade(stored[SETTINGS_KEY], meta), meta };
}

/** Current settings, with defaults filled in for anything missing or malformed. */
export async function loadSettings(): Promise<ReaderSettings> {
  return normalizeSettings((await read()).value ?? DEFAULT_SETTINGS);
}

/** Merges a partial change into the stored settings and returns the result. */
export async function updateSettings(change: Partial<ReaderSettings>): Promise<ReaderSettings> {
  const { value, meta } = await read();
  const next = normalizeSettings({ ...normalizeSettings(value), ...change });
  // The value written is in the current shape: record that version too, as WXT does after
  // migrating, so no migration later runs over it again.
  await browser.storage.local.set({ [SETTINGS_KEY]: next, [META_KEY]: { ...meta, v: SETTINGS_VERSION } });
  return next;
}

/** Calls `callback` whenever the settings change (in any context). Returns an unsubscribe function. */
export function watchSettings(callback: (settings: ReaderSettings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local' || !(SETTINGS_KEY in changes)) return;
    callback(normalizeSettings((changes[SETTINGS_KEY]?.newValue as Stored | undefined) ?? DEFAULT_SETTINGS));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
