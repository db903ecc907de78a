/**
 * The highlight bar and the reader's highlight layer, through props and callbacks: colour buttons
 * named for their colour (in English and Hindi), a note that goes with the colour or is saved on
 * its own, Esc closing only the bar, Delete for an existing highlight; in the reader, a selection
 * in the body becomes a highlight with "H" (whitespace and the toolbar's text do not), and a
 * highlight that no longer anchors is listed with its quote.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { catalogueTranslator } from '../../tests/i18n-catalogue';
import type { Highlight, HighlightColour, HighlightTarget } from '../../utils/annotations/types';
import type { Article, SanitizedHtml } from '../../utils/extract/types';
import { DEFAULT_SETTINGS } from '../../utils/settings-model';
import { BUNDLED_PANELS } from '../bundled-panels';
import { HighlightBar, type HighlightBarProps } from '../HighlightBar';
import type { ReaderHighlights } from '../HighlightLayer';
import { I18nContext, type MessageKey } from '../i18n';
import { Reader } from '../Reader';

let container: HTMLElement;
beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
});
afterEach(() => {
  render(null, container);
  container.remove();
});

const translator = (locale: 'en' | 'hi') => catalogueTranslator(locale) as (key: MessageKey, ...subs: string[]) => string;

function mountBar(props: Partial<HighlightBarProps> = {}, locale: 'en' | 'hi' = 'en') {
  const all: HighlightBarProps = {
    anchor: { top: 100, bottom: 120, left: 40 },
    current: null,
    onColour: vi.fn(),
    onNote: vi.fn(),
    onDelete: vi.fn(),
    onDismiss: vi.fn(),
    viewport: { width: 800, height: 600 },
    ...props,
  };
  act(() =>
    render(
      <I18nContext.Provider value={{ t: translator(locale), uiLang: locale }}>
        <HighlightBar {...all} />
      </I18nContext.Provider>,
      container,
    ),
  );
  return all;
}

const q = <T extends HTMLElement = HTMLElement>(testId: string) => container.querySelector<T>(`[data-testid="${testId}"]`);

function typeNote(text: string): void {
  const input = q<HTMLInputElement>('highlight-note')!;
  act(() => {
    input.value = text;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

describe('HighlightBar', () => {
  it('is a named toolbar of four colour buttons named for their colours, in English and Hindi', () => {
    mountBar();
    const bar = q('highlight-bar')!;
    expect(bar.getAttribute('role')).toBe('toolbar');
    expect(bar.getAttribute('aria-label')).toBe('Highlight');
    const names = [...bar.querySelectorAll('.bs-hl-swatch')].map((b) => b.getAttribute('aria-label'));
    expect(names).toEqual(['Yellow highlight', 'Green highlight', 'Blue highlight', 'Pink highlight']);
    expect(q('highlight-note')!.getAttribute('aria-label')).toBe('Note');
    expect(q('highlight-delete')).toBeNull();
    render(null, container);
    mountBar({}, 'hi');
    expect(q('highlight-colour-yellow')!.getAttribute('aria-label')).toBe('पीला हाइलाइट');
  });

  it('makes a highlight with the picked colour and the note typed so far', () => {
    const props = mountBar();
    typeNote('Worth quoting');
    act(() => q('highlight-colour-blue')!.click());
    expect(props.onColour).toHaveBeenCalledWith('blue', 'Worth quoting');
  });

  it('for an existing highlight: shows its colour as pressed, recolours, saves the note on Enter, deletes', () => {
    const props = mountBar({ current: { colour: 'green', note: 'old' } });
    expect(q('highlight-colour-green')!.getAttribute('aria-pressed')).toBe('true');
    expect(q('highlight-colour-pink')!.getAttribute('aria-pressed')).toBe('false');
    expect(q<HTMLInputElement>('highlight-note')!.value).toBe('old');
    expect(q<HTMLButtonElement>('highlight-save-note')!.disabled).toBe(true);
    act(() => q('highlight-colour-pink')!.click());
    expect(props.onColour).toHaveBeenCalledWith('pink', 'old');
    typeNote('new note');
    act(
      () =>
        void q('highlight-note')!
          .closest('form')!
          .dispatchEvent(new Event('submit', { cancelable: true, bubbles: true })),
    );
    expect(props.onNote).toHaveBeenCalledWith('new note');
    act(() => q('highlight-delete')!.click());
    expect(props.onDelete).toHaveBeenCalled();
  });

  it('closes on Esc without letting the key reach the reader', () => {
    const outer = vi.fn();
    container.addEventListener('keydown', outer);
    const props = mountBar();
    const event = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true });
    act(() => void q('highlight-note')!.dispatchEvent(event));
    expect(props.onDismiss).toHaveBeenCalled();
    expect(event.defaultPrevented).toBe(true);
    expect(outer).not.toHaveBeenCalled();
  });

  it('stays inside the window near its right and bottom edges', () => {
    mountBar({ anchor: { top: 560, bottom: 580, left: 700 } });
    const style = q('highlight-bar')!.style;
    expect(parseFloat(style.left)).toBeLessThanOrEqual(800 - 300 - 8);
    expect(parseFloat(style.top)).toBeLessThan(560);
  });
});

const article: Article = {
  title: 'A calm headline',
  byline: null,
  siteName: 'The Daily Example',
  publishedTime: null,
  lang: 'en',
  dir: 'ltr',
  excerpt: null,
  leadImage: null,
  html: '<p>First sentence here. Second one follows.</p><p>Another paragraph.</p>' as SanitizedHtml,
  text: '',
  wordCount: 6,
  readingMinutes: 1,
  url: 'https://news.example/a',
  canonicalUrl: 'https://news.example/a',
};

function mountReader(highlights: Partial<ReaderHighlights> = {}, shown: Article = article, uiLang = 'en') {
  const all: ReaderHighlights = {
    list: [],
    onAdd: vi.fn(async () => 'new-id'),
    onUpdate: vi.fn(),
    onDelete: vi.fn(),
    onUndo: vi.fn(),
    undoable: false,
    error: null,
    ...highlights,
  };
  act(() =>
    render(
      <I18nContext.Provider value={{ t: translator('en'), uiLang }}>
        <Reader article={shown} settings={DEFAULT_SETTINGS} mode="page" panels={BUNDLED_PANELS} highlights={all} />
      </I18nContext.Provider>,
      container,
    ),
  );
  return all;
}

function select(startNode: Node, startOffset: number, endNode: Node, endOffset: number): void {
  const range = document.createRange();
  range.setStart(startNode, startOffset);
  range.setEnd(endNode, endOffset);
  const selection = document.getSelection()!;
  selection.removeAllRanges();
  selection.addRange(range);
}

const pressH = () => {
  const event = new KeyboardEvent('keydown', { key: 'h', code: 'KeyH', bubbles: true, cancelable: true });
  act(() => void q('reader')!.dispatchEvent(event));
  return event;
};

describe('highlights in the reader', () => {
  it('"H" highlights the selection in the body with the default colour', () => {
    const props = mountReader();
    const text = q('reader-body')!.querySelector('p')!.firstChild!;
    select(text, 6, text, 14);
    expect(pressH().defaultPrevented).toBe(true);
    const [target, colour, note] = (props.onAdd as ReturnType<typeof vi.fn>).mock.calls[0] as [HighlightTarget, HighlightColour, string];
    expect(target.quote.exact).toBe('sentence');
    expect(target.position).toEqual({ type: 'TextPositionSelector', start: 6, end: 14 });
    expect([colour, note]).toEqual(['yellow', '']);
  });

  it('clips a selection that starts in the reader header to the body, and ignores whitespace', () => {
    const props = mountReader();
    const title = q('reader-title')!.firstChild!;
    const text = q('reader-body')!.querySelector('p')!.firstChild!;
    select(title, 2, text, 5);
    pressH();
    expect((props.onAdd as ReturnType<typeof vi.fn>).mock.calls[0]?.[0].quote.exact).toBe('First');
    select(text, 5, text, 6);
    expect(pressH().defaultPrevented).toBe(false);
    expect(props.onAdd).toHaveBeenCalledTimes(1);
  });

  it('lists a highlight that no longer anchors, with its quote, and keeps the rest unlisted', () => {
    const found: Highlight = {
      id: 'a',
      articleId: 1,
      target: {
        quote: { type: 'TextQuoteSelector', exact: 'Second one', prefix: '', suffix: '' },
        position: { type: 'TextPositionSelector', start: 22, end: 32 },
      },
      colour: 'green',
      note: '',
      createdAt: 1,
      updatedAt: 1,
    };
    const lost: Highlight = {
      ...found,
      id: 'b',
      note: 'my note',
      target: {
        quote: { type: 'TextQuoteSelector', exact: 'a sentence that was edited away entirely', prefix: '', suffix: '' },
        position: { type: 'TextPositionSelector', start: 0, end: 40 },
      },
    };
    mountReader({ list: [found, lost] });
    const orphans = [...container.querySelectorAll('[data-testid="highlight-orphan"]')];
    expect(orphans).toHaveLength(1);
    expect(orphans[0]!.textContent).toContain('a sentence that was edited away entirely');
    expect(orphans[0]!.textContent).toContain('my note');
    expect(q('highlight-orphans')!.textContent).toContain('Not found in the current text');
  });

  it("lays the bar, its status line and the not-found list out in the UI's direction, not the article's", () => {
    const lost: Highlight = {
      id: 'b',
      articleId: 1,
      target: {
        quote: { type: 'TextQuoteSelector', exact: 'text that is no longer in the article', prefix: '', suffix: '' },
        position: { type: 'TextPositionSelector', start: 0, end: 37 },
      },
      colour: 'blue',
      note: '',
      createdAt: 1,
      updatedAt: 1,
    };
    const arabic: Article = { ...article, lang: 'ar', dir: 'rtl', html: '<p>جملة أولى هنا. وجملة ثانية.</p>' as SanitizedHtml };
    const openBar = () => {
      const text = q('reader-body')!.querySelector('p')!.firstChild!;
      select(text, 0, text, 4);
      act(() => void q('reader')!.dispatchEvent(new KeyboardEvent('keyup', { key: 'Shift', shiftKey: true, bubbles: true })));
    };
    // Which way a control runs: the nearest `dir` above it, as the browser resolves it.
    const direction = (el: Element) => el.closest('[dir]')!.getAttribute('dir');

    mountReader({ list: [lost], undoable: true }, arabic, 'en');
    openBar();
    expect(direction(q('reader-body')!)).toBe('rtl');
    expect(direction(q('highlight-bar')!)).toBe('ltr');
    expect(direction(q('highlight-status')!)).toBe('ltr');
    expect(direction(container.querySelector('.bs-hl-orphans-title')!)).toBe('ltr');
    expect(q('highlight-note')!.getAttribute('dir')).toBe('auto');

    render(null, container);
    mountReader({ undoable: true }, article, 'ar');
    openBar();
    expect(direction(q('reader-body')!)).toBe('ltr');
    expect(direction(q('highlight-bar')!)).toBe('rtl');
    expect(direction(q('highlight-status')!)).toBe('rtl');
  });

  it('offers undo after a delete', () => {
    const props = mountReader({ undoable: true });
    act(() => q('highlight-undo')!.click());
    expect(props.onUndo).toHaveBeenCalled();
  });
});
