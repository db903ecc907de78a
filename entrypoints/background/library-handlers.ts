/**
 * The background's library message handlers: the one place the library is written. Every write
 * is one transaction; "storage full" comes back as the `quota` failure the UI explains, and any
 * other failure as `failed`, never as an exception across contexts.
 */
import { announceLibraryChange } from '../../utils/library/changes';
import { scheduleCompaction } from '../../utils/library/compact';
import { getLibrary } from '../../utils/library/connection';
import { describeError, isQuotaError } from '../../utils/library/errors';
import { itemFromArticle } from '../../utils/library/item';
import { lookupSaved } from '../../utils/library/read';
import { deleteArticles, purgeDeleted, undoDelete } from '../../utils/library/remove';
import { writeArticles } from '../../utils/library/save';
import { setProgress, setRead } from '../../utils/library/state';
import { cleanTag, editTags } from '../../utils/library/tags';
import { importItems } from '../../utils/library/import-items';
import type { ImportReport } from '../../utils/library/types';
import { validateArticle } from '../../utils/library/validate-item';
import type { Handlers } from '../../utils/messaging/client';
import type { ReaderError, SaveError, SavedRef, ToBackground } from '../../utils/messaging/protocol';
import { fail, ok, type Result } from '../../utils/result';
import { askOverlay } from './tab-overlay';

/** The library messages, for `listen<Pick<ToBackground, LibraryMessage>>`. */
export type LibraryMessage =
  | 'library:save'
  | 'library:save-tab'
  | 'library:lookup'
  | 'library:delete'
  | 'library:undo-delete'
  | 'library:set-read'
  | 'library:set-progress'
  | 'library:edit-tags'
  | 'library:import';

/** Deleted articles older than this are purged when the background starts (their undo is long gone). */
const UNDO_WINDOW_MS = 10 * 60_000;

/** A storage failure as a value: `quota` when the disk is full, else `failed`. */
const storageFailure = (error: unknown) =>
  isQuotaError(error) ? fail('quota', describeError(error)) : fail('failed', describeError(error));

/**
 * Saves an article a content script sent (checked first: the message crossed a context boundary);
 * a second save of the same canonical URL updates it.
 */
export async function saveArticle(article: unknown, now = Date.now()): Promise<Result<SavedRef, SaveError>> {
  const checked = validateArticle(article);
  if (!checked.ok) return fail('invalid', checked.error);
  try {
    const db = await getLibrary();
    const [outcome] = await writeArticles(db, [itemFromArticle(checked.value, now)], 'save');
    announceLibraryChange();
    void scheduleCompaction(db);
    return ok({ id: outcome!.id, savedAt: outcome!.savedAt });
  } catch (error) {
    return storageFailure(error);
  }
}

/** Extracts the article in a tab (injecting the overlay script if needed, without opening the reader) and saves it. */
export async function saveTab(tabId: number): Promise<Result<SavedRef, ReaderError | SaveError>> {
  const extracted = await askOverlay(tabId, 'overlay:extract', {});
  return extracted.ok ? saveArticle(extracted.value) : extracted;
}

/** Writes a chunk of an import file (articles and their highlights); `offset` is the chunk's place in the file, for the report. */
async function importChunk(items: unknown[], offset: number): Promise<Result<ImportReport, 'quota' | 'failed'>> {
  try {
    const db = await getLibrary();
    const report = await importItems(db, items, offset);
    if (report.added + report.updated > 0) {
      announceLibraryChange();
      // Merging before answering keeps a long import from piling up segments faster than they merge.
      await scheduleCompaction(db);
    }
    return ok(report);
  } catch (error) {
    return storageFailure(error);
  }
}

/** Runs a write and announces it (the popup's list and search follow); failures become values. */
export async function writing<T>(write: () => Promise<T>): Promise<Result<T, 'failed'>> {
  try {
    const value = await write();
    announceLibraryChange();
    return ok(value);
  } catch (error) {
    return fail('failed', describeError(error));
  }
}

/** The tags of a message, cleaned (the message crossed a context boundary). */
const tagsOf = (value: unknown): string[] => (Array.isArray(value) ? value.map(cleanTag).filter((tag): tag is string => tag !== null) : []);

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
    'library:edit-tags': async (data) =>
      writing(async () => editTags(await getLibrary(), ids(data.ids), tagsOf(data.add), tagsOf(data.remove))),
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
