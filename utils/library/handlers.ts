/**
 * The background's library message handlers: the one place the library is written. Every write
 * is one transaction; "storage full" comes back as the `quota` failure the UI explains, and any
 * other failure as `failed`, never as an exception across contexts.
 */
import { browser } from 'wxt/browser';
import type { Article } from '../extract/types';
import type { Handlers } from '../messaging/client';
import { sendToTab } from '../messaging/client';
import { fail, ok, type ReaderError, type Result, type SaveError, type SavedRef, type ToBackground } from '../messaging/protocol';
import { translate, type MessageKey } from '../i18n';
import { isRestrictedUrl, OVERLAY_SCRIPT } from '../reader-control';
import { announceLibraryChange } from './changes';
import { scheduleCompaction } from './compact';
import { getLibrary } from './connection';
import { describeError, isQuotaError } from './errors';
import { validateItem } from './export-format';
import { lookupSaved } from './read';
import { deleteArticles, purgeDeleted, undoDelete } from './remove';
import { itemFromArticle, writeArticles } from './save';
import { setProgress, setRead } from './state';
import type { LibraryItem } from './types';

/** The library messages, for `listen<Pick<ToBackground, LibraryMessage>>`. */
export type LibraryMessage =
  | 'library:save'
  | 'library:save-tab'
  | 'library:lookup'
  | 'library:delete'
  | 'library:undo-delete'
  | 'library:set-read'
  | 'library:set-progress'
  | 'library:import';

/** Deleted articles older than this are purged when the background starts (their undo is long gone). */
const UNDO_WINDOW_MS = 10 * 60_000;

/** Saves an extracted article now; a second save of the same canonical URL updates it. */
export async function saveArticle(article: Article, now = Date.now()): Promise<Result<SavedRef, SaveError>> {
  const checked = validateItem(itemFromArticle(article, now), 0);
  if (!checked.ok) return fail('invalid', checked.rejected.reason);
  try {
    const db = await getLibrary();
    const [outcome] = await writeArticles(db, [checked.item], 'save');
    announceLibraryChange();
    void scheduleCompaction(db);
    return ok({ id: outcome!.id, savedAt: outcome!.savedAt });
  } catch (error) {
    return isQuotaError(error) ? fail('quota', describeError(error)) : fail('failed', describeError(error));
  }
}

/** Extracts the article in a tab (injecting the overlay script if needed, without opening the reader) and saves it. */
export async function saveTab(tabId: number): Promise<Result<SavedRef, ReaderError | SaveError>> {
  let url: string | undefined;
  try {
    url = (await browser.tabs.get(tabId)).url;
  } catch {
    return fail('no-tab', `No tab ${tabId}`);
  }
  if (isRestrictedUrl(url)) return fail('restricted', `Extensions cannot run on ${url}`);
  let extracted: Result<Article, ReaderError>;
  try {
    extracted = await sendToTab(tabId, 'overlay:extract', {});
  } catch {
    try {
      await browser.scripting.executeScript({ target: { tabId }, files: [OVERLAY_SCRIPT] });
      extracted = await sendToTab(tabId, 'overlay:extract', {});
    } catch (error) {
      return fail('restricted', describeError(error));
    }
  }
  return extracted.ok ? saveArticle(extracted.value) : extracted;
}

/** Writes a chunk of an import file. */
async function importChunk(items: unknown[], offset: number): Promise<Result<ToBackgroundImport, 'quota' | 'failed'>> {
  const good: LibraryItem[] = [];
  const rejected: ToBackgroundImport['rejected'] = [];
  items.forEach((raw, i) => {
    const checked = validateItem(raw, offset + i);
    if (checked.ok) good.push(checked.item);
    else rejected.push(checked.rejected);
  });
  try {
    const db = await getLibrary();
    const outcomes = good.length ? await writeArticles(db, good, 'import') : [];
    if (good.length) {
      announceLibraryChange();
      // Merging before answering keeps a long import from piling up segments faster than they merge.
      await scheduleCompaction(db);
    }
    const added = outcomes.filter((o) => o.added).length;
    return ok({ added, updated: outcomes.length - added, rejected });
  } catch (error) {
    return isQuotaError(error) ? fail('quota', describeError(error)) : fail('failed', describeError(error));
  }
}

type ToBackgroundImport = Extract<ToBackground['library:import']['response'], { ok: true }>['value'];

/** Runs a write and announces it; failures become values. */
async function writing<T>(write: () => Promise<T>): Promise<Result<T, 'failed'>> {
  try {
    const value = await write();
    announceLibraryChange();
    return ok(value);
  } catch (error) {
    return fail('failed', describeError(error));
  }
}

const ids = (value: unknown): number[] =>
  Array.isArray(value) ? value.filter((id): id is number => Number.isInteger(id) && (id as number) > 0) : [];

/** The handlers, for the background's `listen` call. `activeTabId` answers `library:save-tab` without a tab id. */
export function libraryHandlers(activeTabId: () => Promise<number | undefined>): Handlers<Pick<ToBackground, LibraryMessage>> {
  return {
    'library:save': async ({ article }) => saveArticle(article),
    'library:save-tab': async ({ tabId }) => {
      const target = tabId ?? (await activeTabId());
      return target === undefined ? fail('no-tab', 'No active tab') : saveTab(target);
    },
    'library:lookup': async ({ canonicalUrl }) => {
      try {
        return ok(typeof canonicalUrl === 'string' ? await lookupSaved(await getLibrary(), canonicalUrl) : null);
      } catch (error) {
        return fail('failed', describeError(error));
      }
    },
    'library:delete': async (data) => writing(async () => deleteArticles(await getLibrary(), ids(data.ids), Date.now())),
    'library:undo-delete': async (data) => writing(async () => undoDelete(await getLibrary(), ids(data.ids))),
    'library:set-read': async (data) => writing(async () => setRead(await getLibrary(), ids(data.ids), data.read === true, Date.now())),
    'library:set-progress': async ({ id, progress }) => writing(async () => setProgress(await getLibrary(), id, Number(progress))),
    'library:import': async ({ items, offset }) =>
      Array.isArray(items) ? importChunk(items, Number.isInteger(offset) ? offset : 0) : fail('failed', 'items is not a list'),
  };
}

/** Purges deletes whose undo has long expired (called when the background starts). */
export async function purgeExpiredDeletes(now = Date.now()): Promise<void> {
  try {
    await purgeDeleted(await getLibrary(), now - UNDO_WINDOW_MS);
  } catch {
    // Best effort: the next delete purges them too.
  }
}

/**
 * Saves the article in a tab from the page's context menu, where no popup or reader is there to
 * answer: the toolbar button shows ✓ briefly, or ! with the reason in its tooltip.
 */
export async function saveTabFromMenu(tabId: number): Promise<void> {
  const result = await saveTab(tabId);
  const action = browser.action ?? browser.browserAction;
  if (result.ok) {
    await action.setBadgeText({ tabId, text: '✓' });
    await action.setTitle({ tabId, title: translate('readerSaved') });
    setTimeout(() => void action.setBadgeText({ tabId, text: '' }).catch(() => {}), 4000);
    return;
  }
  const reason: MessageKey =
    result.error === 'quota'
      ? 'libraryStorageFull'
      : result.error === 'restricted'
        ? 'statusRestricted'
        : result.error === 'not-article'
          ? 'statusNotArticle'
          : 'statusFailed';
  await action.setBadgeText({ tabId, text: '!' });
  await action.setTitle({ tabId, title: translate(reason) });
}
