/**
 * Search finds an article through a highlight's note (words the article itself does not have), and
 * the row says it matched a highlight; the same list component and view hook serve the popup. The
 * library page lists every highlight, filters them by colour and exports them as Markdown.
 */
import 'fake-indexeddb/auto';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import background from '@/entrypoints/background';
import { LibraryPage } from '@/entrypoints/library/LibraryPage';
import { deliver } from '@/tests/deliver';
import { mountPage, routeMessagesToBackground, t } from '@/tests/extension-page';
import { closeLibrary } from '@/utils/library/connection';
import { freshIndexedDB, SCRIPTS } from '@/utils/library/__tests__/fixtures';

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

const titles = () => [...container.querySelectorAll('[data-testid="library-item-title"]')].map((el) => el.textContent);
const hits = () => [...container.querySelectorAll('[data-testid="library-item-highlight-hit"]')].map((el) => el.textContent);

function type(query: string): void {
  const search = container.querySelector<HTMLInputElement>('[data-testid="library-search"]')!;
  act(() => {
    search.value = query;
    search.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

describe('search through highlights', () => {
  it('finds an article by the note of its highlight and says so on the row', async () => {
    await deliver('library:save', { article: SCRIPTS.english });
    const saved = await deliver('library:save', { article: SCRIPTS.hindi });
    if (!saved.ok) throw new Error('not saved');
    const exact = 'पुस्तक मेले';
    const start = SCRIPTS.hindi.text.indexOf(exact);
    const added = await deliver('highlights:add', {
      highlight: {
        id: 'n1',
        articleId: saved.value.id,
        target: {
          quote: { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' },
          position: { type: 'TextPositionSelector', start, end: start + exact.length },
        },
        colour: 'yellow',
        note: 'Zebra crossing',
        createdAt: 1,
        updatedAt: 1,
      },
    });
    expect(added.ok).toBe(true);
    ({ container, unmount } = mountPage(<LibraryPage />));
    await vi.waitFor(() => expect(titles()).toHaveLength(2));
    expect(hits()).toEqual([]);

    type('zebra');
    await vi.waitFor(() => expect(titles()).toEqual([SCRIPTS.hindi.title]));
    expect(hits()).toEqual([t('libraryMatchedHighlight')]);

    type('पुस्तक');
    await vi.waitFor(() => expect(titles()).toEqual([SCRIPTS.hindi.title]));
    expect(hits()).toEqual([t('libraryMatchedHighlight')]);
  });
});

describe('the Highlights view', () => {
  it('lists every highlight newest first with its note and article, filters by colour, and exports Markdown', async () => {
    const saved = await deliver('library:save', { article: SCRIPTS.english });
    if (!saved.ok) throw new Error('not saved');
    const make = (id: string, exact: string, colour: 'yellow' | 'pink', createdAt: number, note = '') => {
      const start = SCRIPTS.english.text.indexOf(exact);
      return deliver('highlights:add', {
        highlight: {
          id,
          articleId: saved.value.id,
          target: {
            quote: { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' },
            position: { type: 'TextPositionSelector', start, end: start + exact.length },
          },
          colour,
          note,
          createdAt,
          updatedAt: createdAt,
        },
      });
    };
    const [first, second] = SCRIPTS.english.text.split(' ');
    await make('old', first!, 'yellow', 1);
    await make('new', second!, 'pink', 2, 'A pink note');
    ({ container, unmount } = mountPage(<LibraryPage />));
    const quotes = () => [...container.querySelectorAll('[data-testid="library-highlight"] blockquote')].map((el) => el.textContent);
    await vi.waitFor(() => expect(quotes()).toEqual([second, first]));
    expect(container.querySelector('[data-testid="library-highlight-note"]')?.textContent).toBe('A pink note');
    expect(container.querySelector('[data-testid="library-highlight"]')?.textContent).toContain(SCRIPTS.english.title);

    const select = container.querySelector<HTMLSelectElement>('[data-testid="library-highlights-colour"]')!;
    act(() => {
      select.value = 'yellow';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(quotes()).toEqual([first]);

    const created: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => {
      created.push(blob);
      return 'blob:x';
    });
    URL.revokeObjectURL = vi.fn();
    act(() => container.querySelector<HTMLButtonElement>('[data-testid="library-highlights-export"]')!.click());
    const markdown = await created[0]!.text();
    expect(markdown).toContain(`# [${SCRIPTS.english.title}]`);
    expect(markdown).toContain(`> ${first}`);
    expect(markdown).not.toContain('A pink note');
  });
});
