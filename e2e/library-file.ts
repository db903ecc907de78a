/**
 * Puts articles into a test browser's library the way a user would: a library export file chosen in
 * the library page's import control. Shared by the E2E files that need saved articles to look at.
 */
import { waitFor, type TabHandle } from './harness';

/** Saved articles as the library page lists them (runs in the page). */
function listedArticles(): { id: string; title: string }[] {
  return Array.from(document.querySelectorAll<HTMLElement>('[data-testid="library-item"]'), (el) => ({
    id: el.dataset.id ?? '',
    title: el.querySelector('[data-testid="library-item-title"]')?.textContent ?? '',
  }));
}

/**
 * Imports `file` (a library export file's text) through `library` (the open library.html page):
 * chooses it, confirms the preview, and waits until the list shows `count` articles; returns them
 * with their ids, in list order.
 */
export async function importLibraryFile(library: TabHandle, file: string, count: number): Promise<{ id: string; title: string }[]> {
  await waitFor(() => library.evaluate(() => document.querySelector('[data-testid="library-import-file"]') !== null, undefined), Boolean);
  await library.evaluate((text) => {
    const input = document.querySelector<HTMLInputElement>('[data-testid="library-import-file"]')!;
    const files = new DataTransfer();
    files.items.add(new File([text], 'library.json', { type: 'application/json' }));
    input.files = files.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
  }, file);
  const confirmed = await waitFor(
    () =>
      library.evaluate(() => {
        const button = document.querySelector<HTMLButtonElement>('[data-testid="import-preview-confirm"]');
        button?.click();
        return button !== null;
      }, undefined),
    Boolean,
  );
  if (!confirmed) throw new Error('the library page never showed the import preview');
  const listed = await waitFor(
    () => library.evaluate(listedArticles, undefined),
    (items) => items.length === count && items.every((item) => item.id !== ''),
  );
  if (listed.length !== count) throw new Error(`the library page lists ${listed.length} articles after the import, not ${count}`);
  return listed;
}
