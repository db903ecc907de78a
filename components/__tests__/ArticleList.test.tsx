/**
 * The saved-articles list through props and the keyboard: it renders only the rows in view, the
 * arrows move the active row (and scroll it into view), Enter opens, Delete deletes, Space
 * selects where rows can be selected; the empty states say something useful, in English and Hindi.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { catalogueTranslator } from '../../tests/i18n-catalogue';
import type { ArticleMeta } from '../../utils/library/types';
import { ArticleList, type ArticleListProps } from '../ArticleList';
import { I18nContext, type MessageKey } from '../i18n';
import { LibraryEmpty } from '../LibraryEmpty';

function meta(id: number): ArticleMeta {
  return {
    id,
    canonicalUrl: `https://news.example/${id}`,
    url: `https://news.example/${id}`,
    title: `Headline ${id}`,
    byline: null,
    siteName: id % 2 ? 'Odd Times' : null,
    publishedTime: null,
    lang: 'en',
    dir: 'ltr',
    excerpt: `Excerpt ${id}`,
    leadImage: null,
    wordCount: 500,
    readingMinutes: 3,
    savedAt: Date.UTC(2024, 8, 3),
    updatedAt: Date.UTC(2024, 8, 3),
    read: id % 3 === 0,
    readAt: null,
    progress: 0,
    tags: id === 1 ? ['climate', 'long reads'] : [],
  };
}

let container: HTMLElement;
beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
});
afterEach(() => {
  render(null, container);
  container.remove();
});

function mount(props: Partial<ArticleListProps> = {}, locale: 'en' | 'hi' = 'en') {
  const ids = Array.from({ length: 10_000 }, (_, i) => 10_000 - i);
  const rows = new Map(ids.slice(0, 50).map((id) => [id, meta(id)]));
  const handlers = {
    onOpen: vi.fn<(id: number) => void>(),
    onDelete: vi.fn<(ids: number[]) => void>(),
    onSetRead: vi.fn<(id: number, read: boolean) => void>(),
    onRange: vi.fn<(start: number, end: number) => void>(),
  };
  const t = catalogueTranslator(locale) as (key: MessageKey, ...subs: string[]) => string;
  act(() =>
    render(
      <I18nContext.Provider value={{ t, uiLang: locale }}>
        <ArticleList ids={ids} rows={rows} label="Saved articles" height={380} rowHeight={76} {...handlers} {...props} />
      </I18nContext.Provider>,
      container,
    ),
  );
  const list = container.querySelector<HTMLElement>('[data-testid="library-list"]')!;
  const press = (key: string) => act(() => void list.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true })));
  return { ids, list, press, ...handlers };
}

describe('ArticleList', () => {
  it('shows a row’s tags as chips, heard once as a phrase, and no controls inside the option', () => {
    const { list } = mount({ ids: [2, 1], rows: new Map([1, 2].map((id) => [id, meta(id)])) });
    const rows = list.querySelectorAll<HTMLElement>('[data-testid="library-item"]');
    expect([...rows[1]!.querySelectorAll('[data-testid="library-item-tag"]')].map((el) => el.textContent)).toEqual([
      'climate',
      'long reads',
    ]);
    expect(rows[1]!.querySelector('.bs-tags .bs-visually-hidden')?.textContent).toBe('Tags: climate, long reads');
    expect(rows[1]!.querySelectorAll('[data-testid="library-item-tag"][aria-hidden="true"]')).toHaveLength(2);
    expect(rows[1]!.querySelector('button, a, input, select')).toBeNull();
    expect(rows[0]!.querySelector('[data-testid="library-item-tags"]')).toBeNull();
  });

  it('renders only the rows in view (plus a few), not all 10,000, and asks for their metadata', () => {
    const { list, onRange } = mount();
    const rendered = list.querySelectorAll('[role="option"]').length;
    expect(rendered).toBeGreaterThan(4);
    expect(rendered).toBeLessThan(20);
    expect(onRange).toHaveBeenCalledWith(0, rendered);
    expect(list.querySelector<HTMLElement>('.bs-list-inner')!.style.height).toBe(`${10_000 * 76}px`);
    expect(list.getAttribute('role')).toBe('listbox');
    expect(list.getAttribute('aria-label')).toBe('Saved articles');
  });

  it('shows title, site, saved date, reading time, read state and excerpt in a row', () => {
    const { list } = mount();
    const row = list.querySelector<HTMLElement>('[data-id="9999"]')!;
    expect(row.textContent).toContain('Headline 9999');
    expect(row.textContent).toContain('Odd Times');
    expect(row.textContent).toContain('Sep 3, 2024');
    expect(row.textContent).toContain('3 min read');
    expect(row.textContent).toContain('Read'); // 9999 % 3 === 0
    expect(row.dataset.read).toBe('true');
    expect(row.textContent).toContain('Excerpt 9999');
    expect(list.querySelector<HTMLElement>('[data-id="10000"]')!.textContent).toContain('Unread');
  });

  it('moves with the arrows, opens with Enter and deletes with Delete', () => {
    const { list, press, ids, onOpen, onDelete } = mount();
    expect(list.getAttribute('aria-activedescendant')).toBe(`bs-row-${ids[0]}`);
    press('ArrowDown');
    press('ArrowDown');
    press('ArrowUp');
    expect(list.getAttribute('aria-activedescendant')).toBe(`bs-row-${ids[1]}`);
    press('Enter');
    expect(onOpen).toHaveBeenCalledWith(ids[1]);
    press('Delete');
    expect(onDelete).toHaveBeenCalledWith([ids[1]]);
  });

  it('scrolls the active row into view when the keyboard moves past the bottom', () => {
    const { list, press, ids } = mount();
    for (let i = 0; i < 8; i++) press('ArrowDown');
    expect(list.scrollTop).toBe(8 * 76 + 76 - 380);
    press('End');
    expect(list.getAttribute('aria-activedescendant')).toBe(`bs-row-${ids[ids.length - 1]}`);
    expect(list.querySelector(`#bs-row-${ids[ids.length - 1]}`)).not.toBeNull();
  });

  it('toggles selection with Space and the row checkbox in a selectable list', () => {
    const onToggleSelect = vi.fn<(id: number) => void>();
    const { list, press, ids } = mount({ selection: new Set([10_000]), onToggleSelect });
    expect(list.getAttribute('aria-multiselectable')).toBe('true');
    expect(list.querySelector<HTMLElement>('[data-id="10000"]')!.getAttribute('aria-selected')).toBe('true');
    expect(list.querySelector<HTMLElement>('[data-id="10000"] [data-testid="library-item-check"]')!.dataset.checked).toBe('true');
    press('ArrowDown');
    press(' ');
    expect(onToggleSelect).toHaveBeenCalledWith(ids[1]);
    act(() => list.querySelector<HTMLElement>('[data-id="9998"] [data-testid="library-item-check"]')!.click());
    expect(onToggleSelect).toHaveBeenCalledWith(9998);
  });

  it('marks read and deletes from the action bar of the active row, which is outside the listbox', () => {
    const { list, press, onSetRead, onDelete } = mount();
    const actions = () => container.querySelector<HTMLElement>('[data-testid="library-row-actions"]')!;
    expect(list.contains(actions())).toBe(false);
    expect(list.querySelector('button, input, a')).toBeNull();
    act(() => actions().querySelector<HTMLElement>('[data-testid="library-item-read"]')!.click());
    expect(onSetRead).toHaveBeenCalledWith(10_000, true);
    act(() => actions().querySelector<HTMLElement>('[data-testid="library-item-delete"]')!.click());
    expect(onDelete).toHaveBeenCalledWith([10_000]);
    press('ArrowDown');
    press('m');
    expect(onSetRead).toHaveBeenLastCalledWith(9999, false); // 9999 is read
  });
});

describe('LibraryEmpty', () => {
  function show(props: Parameters<typeof LibraryEmpty>[0], locale: 'en' | 'hi' = 'en') {
    const t = catalogueTranslator(locale) as (key: MessageKey, ...subs: string[]) => string;
    act(() =>
      render(
        <I18nContext.Provider value={{ t, uiLang: locale }}>
          <LibraryEmpty {...props} />
        </I18nContext.Provider>,
        container,
      ),
    );
    return container.textContent ?? '';
  }

  it('tells a new user how to save the first article', () => {
    expect(show({ reason: 'empty-library' })).toContain('Save to Broadsheet');
    expect(show({ reason: 'empty-library' }, 'hi')).toContain('अभी तक कोई लेख सहेजा नहीं गया है');
  });

  it('names the search that found nothing, and says when everything is read', () => {
    expect(show({ reason: 'no-matches', query: 'zebra ' })).toBe('Nothing saved matches “zebra”.');
    expect(show({ reason: 'all-read' })).toContain('read everything');
  });
});
