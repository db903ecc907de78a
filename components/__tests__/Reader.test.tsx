/**
 * The reader's toolbar, settings, shortcuts, focus handling and read aloud, driven the way a user
 * drives them (clicks and keys) through props and callbacks, with the real English and Hindi catalogues.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { catalogueTranslator } from '../../tests/i18n-catalogue';
import type { Article, SanitizedHtml } from '../../utils/extract/types';
import { DEFAULT_SETTINGS, type ReaderSettings } from '../../utils/settings-model';
import { fakeSpeech, voice } from '../../utils/__tests__/fake-speech';
import type { SpeechPort } from '../../utils/read-aloud';
import { I18nContext, type MessageKey } from '../i18n';
import { Reader, type ReaderProps } from '../Reader';
import { BUNDLED_PANELS } from '../bundled-panels';

const article: Article = {
  title: 'A calm headline',
  byline: 'By A. Writer',
  siteName: 'The Daily Example',
  publishedTime: '2024-09-03T10:00:00Z',
  lang: 'en',
  dir: 'ltr',
  excerpt: null,
  leadImage: null,
  html: '<p>First sentence here. Second one follows.</p><p>Another <a href="https://x.example/">link</a> paragraph.</p>' as SanitizedHtml,
  text: '',
  wordCount: 12,
  readingMinutes: 3,
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

function mount(props: Partial<ReaderProps> = {}, locale: 'en' | 'hi' = 'en') {
  const onSettingsChange = vi.fn<(change: Partial<ReaderSettings>) => void>();
  const onClose = vi.fn();
  const t = catalogueTranslator(locale) as (key: MessageKey, ...subs: string[]) => string;
  const all: ReaderProps = {
    article,
    settings: DEFAULT_SETTINGS,
    mode: 'overlay',
    onSettingsChange,
    onClose,
    speech: null,
    panels: BUNDLED_PANELS,
    ...props,
  };
  const draw = (p: ReaderProps) =>
    act(() =>
      render(
        <I18nContext.Provider value={{ t, uiLang: locale }}>
          <Reader {...p} />
        </I18nContext.Provider>,
        container,
      ),
    );
  draw(all);
  return { onSettingsChange, onClose, rerender: (p: Partial<ReaderProps>) => draw({ ...all, ...p }) };
}

const $ = <T extends Element = HTMLElement>(testid: string) => container.querySelector<T & HTMLElement>(`[data-testid="${testid}"]`);
const click = (testid: string) => act(() => $(testid)!.click());
const key = (target: Element, init: KeyboardEventInit) =>
  act(() => void target.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init })));

describe('Reader toolbar and settings', () => {
  it('opens the settings panel from the Aa button, which says it is expanded', () => {
    mount();
    const toggle = $('reader-settings-toggle')!;
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(toggle.getAttribute('aria-label')).toBe('Text and theme');
    click('reader-settings-toggle');
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(container.querySelector(`#${toggle.getAttribute('aria-controls')}`)).toBe($('reader-settings'));
  });

  it('loads its panels on first use when given a loader, and says so (and retries) when loading fails', async () => {
    let attempts = 0;
    let finish: (() => void) | null = null;
    const loader = vi.fn(() => {
      attempts += 1;
      if (attempts === 1) return Promise.reject(new Error('Missing host permission for the tab'));
      return new Promise<typeof BUNDLED_PANELS>((resolve) => {
        finish = () => resolve(BUNDLED_PANELS);
      });
    });
    mount({ panels: loader });
    expect(loader).not.toHaveBeenCalled();

    click('reader-settings-toggle');
    await act(async () => undefined);
    expect($('reader-settings')).toBeNull();
    expect($('reader-panel-pending')!.textContent).toBe(
      "These controls didn't load. Press the button again, or close the reader and open it again.",
    );
    expect($('reader-panel-pending')!.id).toBe($('reader-settings-toggle')!.getAttribute('aria-controls'));

    click('reader-settings-toggle'); // closes
    click('reader-settings-toggle'); // tries again
    expect(loader).toHaveBeenCalledTimes(2);
    expect($('reader-panel-pending')!.textContent).toBe(''); // loading: nothing to say yet
    await act(async () => finish!());
    expect($('reader-settings')).not.toBeNull();
    expect($('reader-panel-pending')).toBeNull();
    // Loaded once, for good: closing and reopening the panel loads nothing again.
    click('reader-settings-toggle');
    click('reader-settings-toggle');
    expect($('reader-settings')).not.toBeNull();
    expect(loader).toHaveBeenCalledTimes(2);
  });

  it.each<[string, Partial<ReaderSettings>]>([
    ['theme-light', { theme: 'light' }],
    ['theme-sepia', { theme: 'sepia' }],
    ['theme-dark', { theme: 'dark' }],
    ['font-sans', { font: 'sans' }],
    ['size-more', { fontSizeStep: 5 }],
    ['size-less', { fontSizeStep: 3 }],
    ['width-narrow', { width: 'narrow' }],
    ['width-wide', { width: 'wide' }],
    ['line-height-more', { lineHeight: 1.75 }],
    ['line-height-less', { lineHeight: 1.5 }],
  ])('control %s reports %o', (testid, change) => {
    const { onSettingsChange } = mount();
    click('reader-settings-toggle');
    click(testid);
    expect(onSettingsChange).toHaveBeenCalledWith(change);
  });

  it('shows the current choices as pressed and applies the settings to the reader', () => {
    mount({ settings: { ...DEFAULT_SETTINGS, theme: 'sepia', font: 'sans', width: 'wide', fontSizeStep: 9, lineHeight: 1.9 } });
    click('reader-settings-toggle');
    expect($('theme-sepia')!.getAttribute('aria-pressed')).toBe('true');
    expect($('theme-dark')!.getAttribute('aria-pressed')).toBe('false');
    expect($('font-sans')!.getAttribute('aria-pressed')).toBe('true');
    expect($('size-value')!.textContent).toBe('33 px');
    expect($('size-more')!.getAttribute('aria-disabled')).toBe('true');
    const reader = $('reader')!;
    expect([reader.dataset.theme, reader.dataset.font, reader.dataset.width]).toEqual(['sepia', 'sans', 'wide']);
    expect(reader.style.getPropertyValue('--bs-font-size')).toBe('33px');
    expect(reader.style.getPropertyValue('--bs-line-height')).toBe('1.9');
  });

  it('does nothing at the ends of a stepper (the button stays focusable)', () => {
    const { onSettingsChange } = mount({ settings: { ...DEFAULT_SETTINGS, fontSizeStep: 0 } });
    click('reader-settings-toggle');
    click('size-less');
    expect(onSettingsChange).not.toHaveBeenCalled();
  });

  it('documents the shortcuts in tooltips', () => {
    mount();
    click('reader-settings-toggle');
    expect($('size-more')!.title).toBe('Larger text (+)');
    expect($('size-less')!.title).toBe('Smaller text (-)');
    expect($('theme-dark')!.title).toBe('Next theme (T)');
    expect($('reader-close')!.title).toBe('Close reader (Esc)');
  });
});

describe('Reader keyboard', () => {
  it('changes text size with + - 0 and theme with T (also on a Hindi layout), not with Ctrl or in a field', () => {
    const { onSettingsChange } = mount({ settings: { ...DEFAULT_SETTINGS, theme: 'dark' } });
    const reader = $('reader')!;
    key(reader, { key: '+' });
    key(reader, { key: '=' });
    key(reader, { key: '-' });
    key(reader, { key: '0' });
    key(reader, { key: 't' });
    key(reader, { key: 'त', code: 'KeyT' });
    key(reader, { key: '+', ctrlKey: true });
    expect(onSettingsChange.mock.calls.map((c) => c[0])).toEqual([
      { fontSizeStep: 5 },
      { fontSizeStep: 5 },
      { fontSizeStep: 3 },
      { fontSizeStep: 4 },
      { theme: 'auto' },
      { theme: 'auto' },
    ]);
  });

  it('Esc closes an open panel first (focus back on its button), then the reader', () => {
    const { onClose } = mount();
    click('reader-settings-toggle');
    key($('theme-dark')!, { key: 'Escape' });
    expect($('reader-settings')).toBeNull();
    expect(document.activeElement).toBe($('reader-settings-toggle'));
    expect(onClose).not.toHaveBeenCalled();
    key($('reader')!, { key: 'Escape' });
    expect(onClose).toHaveBeenCalledOnce();
  });

  it('on the reader page, holds focus as soon as the article is in the document, so a first "T" lands', () => {
    const onSettingsChange = vi.fn<(change: Partial<ReaderSettings>) => void>();
    const t = catalogueTranslator('en') as (key: MessageKey, ...subs: string[]) => string;
    // No act(): what a key pressed in the task right after the first render would find.
    render(
      <I18nContext.Provider value={{ t, uiLang: 'en' }}>
        <Reader
          article={article}
          settings={DEFAULT_SETTINGS}
          mode="page"
          onSettingsChange={onSettingsChange}
          speech={null}
          panels={BUNDLED_PANELS}
        />
      </I18nContext.Provider>,
      container,
    );
    expect(document.activeElement).toBe($('reader'));
    document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: 't', bubbles: true, cancelable: true }));
    expect(onSettingsChange).toHaveBeenCalledWith({ theme: 'light' });
  });

  it('keeps Tab inside the overlay: from the last control to the first and back', () => {
    mount();
    const last = $('reader-original')!;
    last.focus();
    key(last, { key: 'Tab' });
    expect(document.activeElement).toBe($('reader-close'));
    key($('reader-close')!, { key: 'Tab', shiftKey: true });
    expect(document.activeElement).toBe(last);
  });

  it('moves between toolbar buttons with the arrow keys', () => {
    mount();
    $('reader-close')!.focus();
    key($('reader-close')!, { key: 'ArrowRight' });
    expect(document.activeElement).toBe($('reader-settings-toggle'));
    key($('reader-settings-toggle')!, { key: 'ArrowLeft' });
    expect(document.activeElement).toBe($('reader-close'));
  });

  it('has a visible focus ring on controls and links in the stylesheet', () => {
    const css = readFileSync(join(process.cwd(), 'components/reader.css'), 'utf8');
    expect(css).toMatch(/\.bs-button:focus-visible,[^{]*\.bs-reader a:focus-visible[^{]*\{\s*outline: 3px solid var\(--bs-focus\)/);
    expect(css).toMatch(/prefers-reduced-motion: reduce/);
  });
});

describe('Reader structure', () => {
  it('is a labelled modal dialog over the page, with banner, main and one h1', () => {
    mount();
    const reader = $('reader')!;
    expect(reader.getAttribute('role')).toBe('dialog');
    expect(reader.getAttribute('aria-modal')).toBe('true');
    expect(reader.getAttribute('aria-label')).toBe('Reader view');
    expect(reader.querySelector(':scope > header')).not.toBeNull();
    expect(reader.querySelectorAll('main')).toHaveLength(1);
    expect(reader.querySelectorAll('h1')).toHaveLength(1);
    expect(reader.querySelector('[role=toolbar]')!.getAttribute('aria-label')).toBe('Reader tools');
  });

  it('renders a right-to-left article with dir=rtl and its language, the chrome in the UI language', () => {
    mount({ article: { ...article, lang: 'ar', dir: 'rtl', title: 'عنوان' } });
    const body = container.querySelector('article')!;
    expect(body.getAttribute('dir')).toBe('rtl');
    expect(body.getAttribute('lang')).toBe('ar');
    expect($('reader')!.getAttribute('lang')).toBe('en');
    // The chrome follows the UI language, not the page (an RTL page must not mirror an English toolbar).
    expect($('reader')!.getAttribute('dir')).toBe('ltr');
  });

  it('shows its first frame without Intl (no date, plain digits) and localizes both right after', async () => {
    const t = catalogueTranslator('en') as (key: MessageKey, ...subs: string[]) => string;
    // No act(): effects wait for the next frame, as in a browser.
    render(
      <I18nContext.Provider value={{ t, uiLang: 'en' }}>
        <Reader
          article={{ ...article, readingMinutes: 123_456 }}
          settings={DEFAULT_SETTINGS}
          mode="overlay"
          speech={null}
          panels={BUNDLED_PANELS}
        />
      </I18nContext.Provider>,
      container,
    );
    expect($('reader-title')!.textContent).toBe(article.title);
    expect($('reader-date')).toBeNull();
    expect($('reader-time')!.textContent).toBe('2057 hr 36 min read');
    // Preact runs effects after the next animation frame.
    await vi.waitFor(() => expect($('reader-date')?.textContent).toBe('September 3, 2024'));
    expect($('reader-time')!.textContent).toBe('2,057 hr 36 min read');
  });

  it('speaks Hindi when the UI is Hindi (names, reading time); the dateline follows the article', () => {
    mount({}, 'hi');
    expect($('reader-close')!.getAttribute('aria-label')).toBe('रीडर बंद करें');
    expect($('reader-settings-toggle')!.getAttribute('aria-label')).toBe('टेक्स्ट और थीम');
    expect($('reader-date')!.textContent).toBe('September 3, 2024');
    expect($('reader-time')!.textContent).toBe('3 मिनट में पढ़ें');
    click('reader-settings-toggle');
    expect($('theme-dark')!.textContent).toBe('गहरी');
  });

  it('hides read aloud where there is no speech, and the settings without a change handler', () => {
    mount({ speech: null, onSettingsChange: undefined });
    expect($('reader-listen-toggle')).toBeNull();
    click('reader-settings-toggle');
    expect($('reader-settings')).toBeNull();
  });
});

describe('Read aloud', () => {
  const openListen = async (speech: SpeechPort, locale: 'en' | 'hi' = 'en', a: Article = article) => {
    const r = mount({ speech, article: a }, locale);
    click('reader-listen-toggle');
    await act(async () => $('read-aloud-play')!.click());
    return r;
  };

  it('plays sentence by sentence, marks the one being read, pauses and stops', async () => {
    const speech = fakeSpeech([voice('en-US', 'Samantha')]);
    await openListen(speech);
    expect(speech.spoken.map((u) => u.text)).toEqual(['A calm headline']);
    expect($('read-aloud-status')!.textContent).toBe('Voice: Samantha');
    act(() => speech.finish());
    expect(speech.spoken.at(-1)!.text).toBe('First sentence here.');
    const marked = container.querySelectorAll('[data-bs-speaking]');
    expect([...marked].map((el) => el.textContent)).toEqual(['First sentence here. Second one follows.']);
    expect($('read-aloud-play')!.textContent).toContain('Pause');
    click('read-aloud-play');
    expect($('read-aloud-play')!.dataset.state).toBe('paused');
    click('read-aloud-stop');
    expect(container.querySelectorAll('[data-bs-speaking]')).toHaveLength(0);
  });

  it('changes speed through the settings callback', () => {
    const { onSettingsChange } = mount({ speech: fakeSpeech([voice('en')]) });
    click('reader-listen-toggle');
    const select = $<HTMLSelectElement>('read-aloud-speed')!;
    act(() => {
      select.value = '1.5';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(onSettingsChange).toHaveBeenCalledWith({ speechRate: 1.5 });
  });

  it('says clearly, in the UI language, when the system has no voice for the article', async () => {
    const hindi = { ...article, lang: 'hi', title: 'शीर्षक', html: '<p>एक वाक्य।</p>' as SanitizedHtml };
    const speech = fakeSpeech([voice('en-US')]);
    await openListen(speech, 'hi', hindi);
    await act(async () => new Promise((r) => setTimeout(r, 0)));
    expect($('read-aloud-status')!.textContent).toBe(
      'इस सिस्टम पर हिन्दी के लिए कोई आवाज़ इंस्टॉल नहीं है। आप इसे अपने ऑपरेटिंग सिस्टम की स्पीच सेटिंग में जोड़ सकते हैं।',
    );
    expect(speech.spoken).toEqual([]);
  });
});
