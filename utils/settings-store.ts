/**
 * The reader settings' one store, used in every context (overlay, popup, reader page): straight
 * through `browser.storage.local`, so the script injected into pages carries no storage library
 * (WXT's would add about 2.7 kB gzip to every injection, `npm run bench:size`). The record keeps
 * the layout earlier releases wrote through WXT's storage item: the value at `readerSettings`,
 * `{ v }` at `readerSettings$`; a value stored at an older version is migrated as it is read
 * (settings-model.ts) and written back in the current shape with the next change.
 */
import { browser } from 'wxt/browser';
import { normalizeSettings, SETTINGS_KEY, SETTINGS_VERSION, settingsMigrations, type ReaderSettings } from './settings-model';

/** The version record beside the value (the key plus `$`, as WXT's storage item kept it). */
const META_KEY = `${SETTINGS_KEY}$`;

type Stored = Partial<ReaderSettings> | null;
type Meta = Record<string, unknown> & { v?: number };

/** The stored value, brought up to the current version in memory, and its version record. */
async function read(): Promise<{ value: Stored; meta: Meta | undefined }> {
  const stored = await browser.storage.local.get([SETTINGS_KEY, META_KEY]);
  const meta = stored[META_KEY] as Meta | undefined;
  const migrations: Record<number, ((old: Stored) => Stored) | undefined> = settingsMigrations;
  let value = (stored[SETTINGS_KEY] ?? null) as Stored;
  for (let version = (meta?.v ?? 1) + 1; value && version <= SETTINGS_VERSION; version++) value = migrations[version]?.(value) ?? value;
  return { value, meta };
}

/** Updates in this context, one after another (see updateSettings). */
let updates: Promise<unknown> = Promise.resolve();

/**
 * Current settings, with defaults filled in for anything missing or malformed. Read after this
 * context's own changes still being written: a reader closed and opened again at once would
 * otherwise read the value from before the last change.
 */
export async function loadSettings(): Promise<ReaderSettings> {
  await updates;
  return normalizeSettings((await read()).value);
}

/**
 * Merges a partial change into the stored settings and returns the result. Calls are applied one
 * at a time in call order: two quick clicks would otherwise both read the old value and the second
 * write would undo the first.
 */
export function updateSettings(change: Partial<ReaderSettings>): Promise<ReaderSettings> {
  const run = updates.then(async () => {
    const { value, meta } = await read();
    const next = normalizeSettings({ ...value, ...change });
    // The value written is in the current shape: record that version too, so no migration runs over it again.
    await browser.storage.local.set({ [SETTINGS_KEY]: next, [META_KEY]: { ...meta, v: SETTINGS_VERSION } });
    return next;
  });
  updates = run.catch(() => undefined);
  return run;
}

/** Calls `callback` whenever the settings change (in any context). Returns an unsubscribe function. */
export function watchSettings(callback: (settings: ReaderSettings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local' || !(SETTINGS_KEY in changes)) return;
    callback(normalizeSettings(changes[SETTINGS_KEY]?.newValue as Stored | undefined));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
