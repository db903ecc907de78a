/**
 * One open library connection per context (background, popup, reader page), opened on first use.
 * If a newer extension version needs to upgrade the database, the old connection closes itself
 * (schema.ts) and the next call here opens a fresh one.
 */
import { openLibrary } from './open';
import { LIBRARY_DB, type LibraryDB } from './schema';

let pending: Promise<LibraryDB> | null = null;

/** The library database, opened (and created or migrated) on first use. */
export function getLibrary(name: string = LIBRARY_DB): Promise<LibraryDB> {
  // Through a promise even when IndexedDB is missing (a throw, not a rejection, from indexedDB.open).
  pending ??= Promise.resolve()
    .then(() =>
      openLibrary(name, () => {
        pending = null;
      }),
    )
    .catch((error: unknown) => {
      pending = null;
      throw error;
    });
  return pending;
}

/** Forgets the open connection (closing it), so the next `getLibrary` opens afresh: for tests with a fresh IndexedDB. */
export async function closeLibrary(): Promise<void> {
  const current = pending;
  pending = null;
  if (current) (await current.catch(() => null))?.close();
}
