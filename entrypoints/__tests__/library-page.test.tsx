/**
 * The library page against the real background and a fake IndexedDB: it lists what is saved,
 * deletes the selection at once with an undo that brings it back, reads the list once per change
 * it makes, and imports a file a chunk at a time with a report that names the items it skipped;
 * another tool's file is previewed first (nothing written before Import, nothing at all on
 * Cancel), and its tags show on the rows, filter the list and are found by search.
 */
import 'fake-indexeddb/auto';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import background from '@/entrypoints/background';
import { LibraryPage } from '@/entrypoints/library/LibraryPage';
import { deliver } from '@/tests/deliver';
import { mountPage, routeMessagesToBackground, t } from '@/tests/extension-page';
import { closeLibrary, getLibrary } from '@/utils/library/connection';
import * as read from '@/utils/library/read';
import { freshIndexedDB, makeItem, SCRIPTS } from '@/utils/library/__tests__/fixtures';
import { EXPORT_FORMAT, EXPORT_VERSION } from '@/utils/library/export-format';

let container: HTMLElement;
let unmount = () => {};

beforeEach(async () => {
  await closeLibrary();
  freshIndexedDB();
  background.main();
  routeMessagesToBackground();
});
afterEach(async () => {
  unmount();
  await closeLibrary();
});

function mount() {
  ({ container, unmount } = mountPage(<LibraryPage />));
}

const titles = () => [...container.querySelectorAll('[data-testid="library-item-title"]')].map((el) => el.textContent);
const byTestId = <T extends HTMLElement = HTMLElement>(id: string) => container.querySelector<T>(`[data-testid="${id}"]`);

/** Chooses `file` in the Import… control, as the file picker does. */
function choose(file: File): void {
  const input = byTestId<HTMLInputElement>('library-import-file')!;
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  act(() => void input.dispatchEvent(new Event('change')));
}

const pocketZip = () =>
  new File(
    [
      zipSync({
        'part_000000.csv': strToU8(
          'title,url,time_added,tags,status\n' +
            'Harbour bridge closes,https://example.org/a,1700000000,local|transport,unread\n' +
            'Ferry timetable,https://example.org/b,1700000100,transport,archive\n' +
            'Bad link,javascript:alert(1),1700000200,,unread\n' +
            'Night market,https://example.org/c,1700000300,food,unread\n',
        ),
      }),
    ],
    'pocket-export',
  );

describe('library page', () => {
  it('lists the saved articles, deletes the selection at once, and undo brings it back', async () => {
    await deliver('library:save', { article: SCRIPTS.english });
    await deliver('library:save', { article: SCRIPTS.hindi });
    mount();
    await vi.waitFor(() => expect(titles()).toEqual([SCRIPTS.hindi.title, SCRIPTS.english.title]));

    act(() => byTestId('library-select-all')!.click());
    act(() => byTestId('library-delete-selected')!.click());
    expect(titles()).toEqual([]);
    await vi.waitFor(() => expect(byTestId('library-empty')?.dataset.reason).toBe('empty-library'));
    await vi.waitFor(() => expect(byTestId('library-undo-bar')).not.toBeNull());

    act(() => byTestId('library-undo')!.click());
    await vi.waitFor(() => expect(titles()).toEqual([SCRIPTS.hindi.title, SCRIPTS.english.title]));
    expect(byTestId('library-undo-bar')).toBeNull();
  });

  it('reads the list once per change it makes, not again when the background announces it', async () => {
    await deliver('library:save', { article: SCRIPTS.english });
    mount();
    await vi.waitFor(() => expect(titles()).toEqual([SCRIPTS.english.title]));
    // Let the first read finish before counting.
    await new Promise((resolve) => setTimeout(resolve, 400));
    const firstPage = vi.spyOn(read, 'firstPage');

    act(() => byTestId('library-item-read')!.click());
    await vi.waitFor(() => expect(firstPage).toHaveBeenCalledTimes(1));
    // The background's announcement of the same change arrives too; it must not read again.
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(firstPage).toHaveBeenCalledTimes(1);
  });

  it('imports a file and reports what it skipped, by its place in the file', async () => {
    mount();
    await vi.waitFor(() => expect(byTestId('library-empty')).not.toBeNull());
    const file = new File(
      [
        JSON.stringify({
          format: EXPORT_FORMAT,
          version: EXPORT_VERSION,
          count: 3,
          articles: [makeItem(1), { title: 'broken' }, makeItem(2)],
        }),
      ],
      'library.json',
      { type: 'application/json' },
    );
    choose(file);
    await vi.waitFor(() => expect(byTestId('import-preview')?.dataset.format).toBe('broadsheet-json'));
    act(() => byTestId('import-preview-confirm')!.click());

    await vi.waitFor(() => expect(byTestId('library-import-report')?.dataset.kind).toBe('done'));
    expect(byTestId('library-import-report')!.textContent).toContain(t('libraryImportDone', '2', '0'));
    expect(byTestId('library-import-rejected')!.textContent).toContain(t('libraryImportItem', '2', 'broken', 'bad-canonicalUrl'));
    await vi.waitFor(() => expect(titles()).toHaveLength(2));
  });

  it('imports a version-2 file’s highlights and lists the one it refused, with its article and reason', async () => {
    mount();
    await vi.waitFor(() => expect(byTestId('library-empty')).not.toBeNull());
    const highlight = (id: string, colour: string) => ({
      id,
      target: {
        quote: { type: 'TextQuoteSelector', exact: 'Body', prefix: '', suffix: '' },
        position: { type: 'TextPositionSelector', start: 0, end: 4 },
      },
      colour,
      note: '',
      createdAt: 1,
      updatedAt: 1,
    });
    const articles = [{ ...makeItem(1), highlights: [highlight('a', 'yellow'), highlight('b', 'mauve')] }];
    const file = new File([JSON.stringify({ format: EXPORT_FORMAT, version: 2, count: 1, articles })], 'library.json', {
      type: 'application/json',
    });
    choose(file);
    await vi.waitFor(() => expect(byTestId('import-preview')?.dataset.format).toBe('broadsheet-json'));
    act(() => byTestId('import-preview-confirm')!.click());

    await vi.waitFor(() => expect(byTestId('library-import-report')?.dataset.kind).toBe('done'));
    expect(byTestId('library-import-report')!.textContent).toContain(t('libraryImportHighlights', '1'));
    expect(byTestId('library-import-rejected')).toBeNull();
    expect(byTestId('library-import-rejected-highlights')!.textContent).toContain(
      t('libraryImportHighlightItem', '1', 'Story number 1', '2', 'bad-colour'),
    );
  });

  it('previews another tool’s file, writes nothing on Cancel, and on Import shows its tags, filters and searches by them', async () => {
    mount();
    await vi.waitFor(() => expect(byTestId('library-empty')).not.toBeNull());
    choose(pocketZip());
    await vi.waitFor(() => expect(byTestId('import-preview')).not.toBeNull());
    expect(byTestId('import-preview-summary')!.textContent).toBe('3 articles from Pocket: 2 unread, 1 archived, 3 tags.');
    expect(byTestId('import-preview-rejected')).toBeNull();
    act(() => byTestId('import-preview-show-rejected')!.click());
    expect(byTestId('import-preview-rejected')!.textContent).toMatch(/line 4.*javascript/);
    act(() => byTestId('import-preview-cancel')!.click());
    expect(byTestId('import-preview')).toBeNull();
    expect(await read.listIds(await getLibrary(), 'all')).toEqual([]);

    choose(pocketZip());
    await vi.waitFor(() => expect(byTestId('import-preview')).not.toBeNull());
    act(() => byTestId('import-preview-confirm')!.click());
    await vi.waitFor(() => expect(byTestId('library-import-report')?.textContent).toContain(t('libraryImportDone', '3', '0')));
    await vi.waitFor(() => expect(titles()).toEqual(['Night market', 'Ferry timetable', 'Harbour bridge closes']));
    const chips = () =>
      [...container.querySelectorAll('[data-testid="library-item"]')].map(
        (row) => row.querySelector('[data-testid="library-item-tags"]')?.textContent ?? '',
      );
    expect(chips()[2]).toContain('localtransport');

    const filter = byTestId<HTMLSelectElement>('library-tag-filter')!;
    await vi.waitFor(() => expect([...filter.options].map((o) => o.value)).toEqual(['', 'food', 'local', 'transport']));
    act(() => {
      filter.value = 'transport';
      filter.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await vi.waitFor(() => expect(titles()).toEqual(['Ferry timetable', 'Harbour bridge closes']));
    act(() => {
      filter.value = '';
      filter.dispatchEvent(new Event('change', { bubbles: true }));
    });
    const search = byTestId<HTMLInputElement>('library-search')!;
    act(() => {
      search.value = 'food';
      search.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await vi.waitFor(() => expect(titles()).toEqual(['Night market']));

    // Tagging by hand: select the row, type a tag, Add.
    act(() => byTestId('library-item-check')!.click());
    const tagInput = byTestId<HTMLInputElement>('library-tag-input')!;
    act(() => {
      tagInput.value = 'weekend';
      tagInput.dispatchEvent(new Event('input', { bubbles: true }));
    });
    act(() => byTestId('library-tag-add')!.click());
    await vi.waitFor(() => expect(container.querySelector('[data-testid="library-item-tags"]')?.textContent).toContain('weekend'));
    expect(tagInput.value).toBe('');
  });

  it('exports all, or the selection when there is one, as JSON, bookmarks or a Markdown ZIP', async () => {
    await deliver('library:save', { article: SCRIPTS.english });
    await deliver('library:save', { article: SCRIPTS.hindi });
    mount();
    await vi.waitFor(() => expect(titles()).toEqual([SCRIPTS.hindi.title, SCRIPTS.english.title]));
    // jsdom has no blob URLs: capture what the page offers for download instead.
    const offered: { name: string; blob: Blob }[] = [];
    const createObjectURL = vi.fn((blob: Blob) => {
      offered.push({ name: '', blob });
      return 'blob:test';
    });
    const { createObjectURL: realCreate, revokeObjectURL: realRevoke } = URL;
    Object.assign(URL, { createObjectURL, revokeObjectURL: () => {} });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      offered[offered.length - 1]!.name = this.download;
    });
    const exportAs = async (format: string) => {
      const select = byTestId<HTMLSelectElement>('library-export-format')!;
      act(() => {
        select.value = format;
        select.dispatchEvent(new Event('change'));
      });
      const before = offered.length;
      act(() => byTestId('library-export')!.click());
      await vi.waitFor(() => expect(offered.length).toBe(before + 1));
      return offered[before]!;
    };
    try {
      expect(byTestId('library-export')!.textContent).toBe(t('libraryExportAll'));
      const options = [...byTestId<HTMLSelectElement>('library-export-format')!.options].map((o) => o.textContent);
      expect(options).toEqual([t('libraryExportJson'), t('libraryExportBookmarks'), t('libraryExportMarkdownZip')]);

      const bookmarks = await exportAs('bookmarks');
      expect(bookmarks.name).toMatch(/^broadsheet-bookmarks-\d{4}-\d{2}-\d{2}\.html$/);
      const html = await bookmarks.blob.text();
      expect(html).toMatch(/^<!DOCTYPE NETSCAPE-Bookmark-file-1>/);
      expect(html).toContain(`>${SCRIPTS.hindi.title}</A>`);
      expect(html).toContain('The Café Society of Zürich</A>');

      const all = await exportAs('markdown');
      expect(all.name).toMatch(/^broadsheet-notes-\d{4}-\d{2}-\d{2}\.zip$/);
      const folder = all.name.replace(/\.zip$/, '');
      const notes = unzipSync(new Uint8Array(await all.blob.arrayBuffer()));
      expect(Object.keys(notes)).toEqual([`${folder}/${SCRIPTS.hindi.title}.md`, `${folder}/${SCRIPTS.english.title}.md`]);
      expect(new TextDecoder().decode(notes[`${folder}/${SCRIPTS.english.title}.md`])).toContain(
        'The coöperative bakery sells pâtisserie.',
      );

      // The English article (the second row) selected: every format holds it alone.
      act(() => container.querySelectorAll<HTMLElement>('[data-testid="library-item-check"]')[1]!.click());
      await vi.waitFor(() => expect(byTestId('library-export')!.textContent).toBe(t('libraryExportSelected', '1')));
      const one = unzipSync(new Uint8Array(await (await exportAs('markdown')).blob.arrayBuffer()));
      expect(Object.keys(one)).toEqual([`${folder}/${SCRIPTS.english.title}.md`]);
      expect((await (await exportAs('bookmarks')).blob.text()).match(/<DT>/g)).toHaveLength(1);
      const json = JSON.parse(await (await exportAs('json')).blob.text()) as { count: number; articles: { title: string }[] };
      expect(json.count).toBe(1);
      expect(json.articles[0]?.title).toBe(SCRIPTS.english.title);
    } finally {
      click.mockRestore();
      Object.assign(URL, { createObjectURL: realCreate, revokeObjectURL: realRevoke });
    }
  });
});
