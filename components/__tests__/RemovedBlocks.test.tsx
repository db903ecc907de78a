/**
 * "Not right?" in the reader, driven through props, clicks and keys with the real catalogues: the
 * toggle appears only with a removal record; pressed, it shows each removed block in place with its
 * label (English and Hindi), as a button with a name; a click puts it back (the reader's owner gets
 * the index); Esc and "Hide removed" go back; a hostile removal renders with nothing active.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { catalogueTranslator } from '../../tests/i18n-catalogue';
import { MAX_REMOVALS } from '../../utils/extract/removal-report';
import type { RemovalReason } from '../../utils/extract/types';
import { sanitizeHtml } from '../../utils/extract/sanitize';
import type { Article, Removal } from '../../utils/extract/types';
import { DEFAULT_SETTINGS } from '../../utils/settings-model';
import { BUNDLED_PANELS } from '../bundled-panels';
import { I18nContext, type MessageKey } from '../i18n';
import { Reader, type ReaderProps } from '../Reader';
import { REMOVAL_LABELS } from '../removal-labels';
import { RemovedBlocks, type RemovedBlocksProps } from '../RemovedBlocks';

const clean = (html: string) => sanitizeHtml(html, window);
const HTML = clean('<p>First paragraph of the story.</p><p>Second paragraph.</p><p>Third paragraph.</p>');

function removal(reason: RemovalReason, html: string, at: number | null, within = false): Removal {
  const text = html
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return { step: 'test', reason, text, chars: text.length, html: clean(html), at, within };
}

const REMOVALS: Removal[] = [
  removal('read-also', '<div><p>Also read: <a href="https://news.example/tram">The tram line opens</a></p></div>', 1),
  removal('share', '<ul><li><a href="https://share.example/">Share on WhatsApp</a></li></ul>', 3),
  removal('navigation', '<nav><a href="/">Home</a></nav>', null),
];

const article: Article = {
  title: 'A calm headline',
  byline: null,
  siteName: 'The Daily Example',
  publishedTime: null,
  lang: 'en',
  dir: 'ltr',
  excerpt: null,
  leadImage: null,
  html: HTML,
  text: '',
  wordCount: 9,
  readingMinutes: 1,
  url: 'https://news.example/a',
  canonicalUrl: 'https://news.example/a',
};

let container: HTMLElement;
beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
});
afterEach(() => {
  render(null, container);
  container.remove();
});

function draw(node: preact.ComponentChild, locale: 'en' | 'hi' = 'en') {
  const t = catalogueTranslator(locale) as (key: MessageKey, ...subs: string[]) => string;
  act(() => render(<I18nContext.Provider value={{ t, uiLang: locale }}>{node}</I18nContext.Provider>, container));
}

function mountView(props: Partial<RemovedBlocksProps> = {}, locale: 'en' | 'hi' = 'en') {
  const onRestore = vi.fn<(index: number) => void>();
  const all: RemovedBlocksProps = { html: HTML, removals: REMOVALS, restored: new Set(), onRestore, ...props };
  draw(<RemovedBlocks {...all} />, locale);
  return { onRestore, redraw: (p: Partial<RemovedBlocksProps>) => draw(<RemovedBlocks {...all} {...p} />, locale) };
}

const blocks = () => [...container.querySelectorAll<HTMLElement>('[data-testid="removed-block"]')];
const buttons = () => [...container.querySelectorAll<HTMLButtonElement>('.bs-removed-button')];
/** The outer body's text, block by block, with each placed block as its label in brackets. */
function readBody(): string[] {
  const body = container.querySelector('[data-testid="removed-view"] > .bs-body')!;
  return [...body.children].map((el) =>
    el.matches('.bs-removed') ? `[${el.querySelector('.bs-removed-label')!.textContent}]` : (el.textContent ?? '').trim(),
  );
}

describe('RemovedBlocks', () => {
  it('shows each removed block that sat in the article at its place, labelled, and leaves out the rest', () => {
    mountView();
    expect(readBody()).toEqual([
      'First paragraph of the story.',
      '[Also read box]',
      'Second paragraph.',
      'Third paragraph.',
      '[Share bar]',
    ]);
    expect(blocks()[0]!.textContent).toContain('The tram line opens');
    expect(buttons().map((b) => b.textContent)).toEqual([
      'Also read box Put back: Also read: The tram line opens',
      'Share bar Put back: Share on WhatsApp',
    ]);
  });

  it('labels in Hindi when the UI is Hindi', () => {
    mountView({}, 'hi');
    expect(buttons().map((b) => b.querySelector('.bs-removed-label')!.textContent)).toEqual(['यह भी पढ़ें बॉक्स', 'शेयर बार']);
    expect(container.querySelector('[data-testid="removed-hint"]')!.textContent).toContain('वापस');
  });

  it('keeps a removed block’s own links out of reach: inert, hidden from assistive technology, under one button', () => {
    mountView();
    const content = blocks()[0]!.querySelector('.bs-removed-content')!;
    expect(content.hasAttribute('inert')).toBe(true);
    expect(content.getAttribute('aria-hidden')).toBe('true');
    expect(blocks()[0]!.querySelectorAll('button')).toHaveLength(1);
    expect(content.contains(blocks()[0]!.querySelector('button'))).toBe(false);
  });

  it('puts a block back on a click, then shows it as part of the story and moves focus to the next block', () => {
    const { onRestore, redraw } = mountView();
    act(() => buttons()[0]!.click());
    expect(onRestore).toHaveBeenCalledWith(0);
    redraw({ restored: new Set([0]) });
    expect(readBody()).toEqual([
      'First paragraph of the story.',
      'Also read: The tram line opens',
      'Second paragraph.',
      'Third paragraph.',
      '[Share bar]',
    ]);
    expect(buttons()).toHaveLength(1);
    expect(container.ownerDocument.activeElement).toBe(buttons()[0]);
    expect(container.querySelector('[data-testid="removed-hint"]')!.textContent).toContain('Put back: Also read box');
  });

  it('says so when nothing was removed from inside the article', () => {
    mountView({ removals: [REMOVALS[2]!] });
    expect(blocks()).toEqual([]);
    expect(container.querySelector('[data-testid="removed-hint"]')!.textContent).toBe('Nothing was removed from inside this article.');
  });

  it('shows text cut from within a block inside that block', () => {
    const html = clean('<figure><img src="https://img.example/a.jpg" alt="A bridge"><figcaption>The bridge.</figcaption></figure>');
    mountView({ html, removals: [removal('credit', 'Photo: A. Lens', 0, true)] });
    const caption = container.querySelector('figure')!;
    expect(caption.querySelector('.bs-removed-within')!.textContent).toContain('Photo: A. Lens');
    expect(buttons()[0]!.textContent).toBe('Photo credit Put back: Photo: A. Lens');
  });

  it('shows at most MAX_REMOVALS blocks of a huge record', () => {
    const many = Array.from({ length: MAX_REMOVALS + 50 }, (_, i) => removal('widget', `<p>Widget ${i}</p>`, 1));
    mountView({ removals: many });
    expect(blocks()).toHaveLength(MAX_REMOVALS);
  });

  it('renders a hostile removal with nothing active: no handler, no script link, no script', () => {
    const hostile = removal(
      'share',
      '<div><img src="https://img.example/x.png" onerror="window.__pwned=1"><a href="javascript:window.__pwned=1">Share</a><script>window.__pwned=1</script></div>',
      1,
    );
    mountView({ removals: [hostile] });
    const block = blocks()[0]!;
    expect(block.querySelector('script')).toBeNull();
    for (const el of block.querySelectorAll('*')) {
      expect([...el.attributes].filter((a) => a.name.startsWith('on')).map((a) => a.name)).toEqual([]);
      expect(el.getAttribute('href') ?? '').not.toMatch(/javascript:/i);
    }
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('has a label for every removal reason in English and Hindi', () => {
    for (const locale of ['en', 'hi'] as const) {
      const t = catalogueTranslator(locale);
      for (const key of Object.values(REMOVAL_LABELS)) expect(t(key), `${locale} ${key}`).not.toBe('');
    }
  });
});

describe('Reader: Not right?', () => {
  function mountReader(props: Partial<ReaderProps> = {}) {
    const onClose = vi.fn();
    const onRestore = vi.fn<(index: number) => void>();
    const notRight: RemovedBlocksProps = { html: HTML, removals: REMOVALS, restored: new Set(), onRestore };
    const all: ReaderProps = {
      article,
      settings: DEFAULT_SETTINGS,
      mode: 'overlay',
      onClose,
      speech: null,
      panels: BUNDLED_PANELS,
      notRight,
      ...props,
    };
    draw(<Reader {...all} />);
    return { onClose, onRestore };
  }
  const toggle = () => container.querySelector<HTMLButtonElement>('[data-testid="reader-not-right"]');

  it('has no Not right? button without a removal record (a saved article)', () => {
    mountReader({ notRight: undefined });
    expect(toggle()).toBeNull();
  });

  it('renders nothing of the removed blocks until pressed, and "Hide removed" goes back', () => {
    mountReader();
    expect(toggle()!.textContent).toBe('Not right?');
    expect(container.querySelector('[data-testid="removed-view"]')).toBeNull();
    act(() => toggle()!.click());
    expect(blocks()).toHaveLength(2);
    expect(toggle()!.textContent).toBe('Hide removed');
    act(() => toggle()!.click());
    expect(container.querySelector('[data-testid="removed-view"]')).toBeNull();
    expect(container.querySelector('[data-testid="reader-body"]')!.textContent).not.toContain('tram');
  });

  it('Esc hides the removed blocks first (focus back on the toggle), then closes the reader', () => {
    const { onClose } = mountReader();
    act(() => toggle()!.click());
    buttons()[0]!.focus();
    const esc = () =>
      act(
        () =>
          void container.ownerDocument.activeElement!.dispatchEvent(
            new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }),
          ),
      );
    esc();
    expect(container.querySelector('[data-testid="removed-view"]')).toBeNull();
    expect(onClose).not.toHaveBeenCalled();
    expect(container.ownerDocument.activeElement).toBe(toggle());
    esc();
    expect(onClose).toHaveBeenCalledOnce();
  });

  it('passes a click on a removed block to its owner', () => {
    const { onRestore } = mountReader();
    act(() => toggle()!.click());
    act(() => buttons()[1]!.click());
    expect(onRestore).toHaveBeenCalledWith(1);
  });
});
