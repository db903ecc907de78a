/**
 * The saved-article page (reader.html?id=…) in real Chromium and Firefox, English and Hindi, light
 * and dark: a long read (6,753 minutes) says its reading time in hours and minutes in the UI
 * language, and the page has a way back to the library that the keyboard reaches first and that
 * opens the library page.
 *
 * Screenshots: artifacts/screenshots/<browser>-reader-page-<locale>-<theme>.png.
 */
import { describe, expect, it } from 'vitest';
import { BROWSERS, screenshotPath, waitFor, type BrowserName, type ColorScheme } from './harness';
import { useBrowserSession } from './harness/use-session';
import { importLibraryFile } from './library-file';
import { POPUP_TITLES, popupLibraryFile } from './pages/popup-library';

/** The long read, and how each UI language says its reading time. */
const LONG_READ_TITLE = POPUP_TITLES[2];
const EXPECTED = {
  en: { time: '112 hr 33 min read', back: 'Library' },
  hi: { time: '112 घंटे 33 मिनट में पढ़ें', back: 'लाइब्रेरी' },
} as const;

/** The page's header and focus (runs in the page). */
function readPage() {
  const back = document.querySelector<HTMLAnchorElement>('[data-testid="reader-back"]');
  const toolbar = document.querySelector('.bs-toolbar');
  const backBox = back?.getBoundingClientRect();
  const barBox = toolbar?.getBoundingClientRect();
  return {
    title: document.querySelector('[data-testid="reader-title"]')?.textContent ?? null,
    time: document.querySelector('[data-testid="reader-time"]')?.textContent?.trim() ?? null,
    back: back ? { text: (back.textContent ?? '').replace('←', '').trim(), href: back.href } : null,
    /** The link sits in the toolbar's row (its vertical middle inside the toolbar's box). */
    backInToolbarRow:
      backBox && barBox ? (backBox.top + backBox.bottom) / 2 > barBox.top && (backBox.top + backBox.bottom) / 2 < barBox.bottom : false,
    focused: document.activeElement?.getAttribute('data-testid') ?? document.activeElement?.className ?? null,
    path: location.pathname,
  };
}

const VARIANTS: [BrowserName, 'en' | 'hi', ColorScheme][] = BROWSERS.flatMap((name) =>
  (['en', 'hi'] as const).flatMap((locale) =>
    (['light', 'dark'] as const).map((scheme): [BrowserName, 'en' | 'hi', ColorScheme] => [name, locale, scheme]),
  ),
);

describe.each(VARIANTS)('%s, e2e build, %s UI, %s: the saved-article page', (name, locale, scheme) => {
  const session = useBrowserSession(name, 'e2e', { locale, colorScheme: scheme });

  it('says a long read in hours, and Tab then Enter on its first control goes back to the library', async () => {
    const library = await session.browser.openExtensionPage('library.html');
    const saved = await importLibraryFile(library, popupLibraryFile(), POPUP_TITLES.length);
    const id = saved.find((item) => item.title.includes(LONG_READ_TITLE))?.id;
    expect(id).toBeTruthy();
    await library.close();

    const reader = await session.browser.openExtensionPage(`reader.html?id=${id}`);
    const view = await waitFor(
      () => reader.evaluate(readPage, undefined),
      (v) => v.title !== null && v.back !== null,
    );
    expect(view.title).toBe(LONG_READ_TITLE);
    expect(view.time).toBe(EXPECTED[locale].time);
    expect(view.back?.text).toBe(EXPECTED[locale].back);
    expect(view.back?.href).toBe(`${session.browser.extensionOrigin}/library.html`);
    expect(view.backInToolbarRow).toBe(true);
    await reader.screenshot(screenshotPath(name, `reader-page-${locale}`, scheme));

    // The page focuses the reader as it opens; the first Tab reaches the way back.
    expect(view.focused).toBe('reader');
    await reader.press('Tab');
    expect((await reader.evaluate(readPage, undefined)).focused).toBe('reader-back');
    await reader.press('Enter');
    const after = await waitFor(
      () => reader.evaluate(() => location.pathname, undefined).catch(() => ''),
      (path) => path === '/library.html',
    );
    expect(after).toBe('/library.html');
  });
});
