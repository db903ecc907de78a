/**
 * The reader people live in, in real Chromium and Firefox (e2e build): every toolbar setting
 * applies at once (computed styles) and is remembered after reopening; the keyboard shortcuts;
 * focus stays in the overlay and returns to the page; axe-core finds no serious or critical
 * problem in any theme (overlay and popup); print media shows only the article; read aloud says
 * clearly when there is no voice, and (with a stubbed voice) reads and highlights; a saved article
 * reopens where it was left; the whole UI in Hindi when the browser's language is Hindi; and, with
 * a dark OS, the real popup and the reader dark from the start. Screenshots go to artifacts/screenshots/.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { BROWSERS, clickInReader, readReaderView, screenshotDir, type BrowserName, type TabHandle } from './harness';
import { useBrowserSession } from './harness/use-session';
import {
  axeInstaller,
  clickOnPage,
  focusOwner,
  focusPageElement,
  readerDirections,
  readerPageLook,
  readerPagePlace,
  readerText,
  readLook,
  runAxe,
  speakingState,
  SPEECH_STUB,
  speechStubInstaller,
} from './reader-ui-helpers';

const TITLE = 'Harbour bridge closure splits the town in two';
const LONG_READ = "A year on Europe's night trains";
const HINDI_TITLE = 'विधानसभा चुनाव: गठबंधन में सीटों पर सहमति, सात चरणों में होगा मतदान';
const BACKGROUNDS = { light: 'rgb(251, 247, 238)', sepia: 'rgb(244, 236, 216)', dark: 'rgb(28, 27, 25)' };
const shot = (browser: BrowserName, scene: string) => join(screenshotDir(), `${browser}-${scene}.png`);

describe.each(BROWSERS)('%s: reader toolbar, keyboard, accessibility, print, read aloud', (name) => {
  const session = useBrowserSession(name, 'e2e');

  async function openReader(file = 'english-article.html', title = TITLE): Promise<TabHandle> {
    const tab = await session.openFixture(file);
    await session.browser.setReader(tab, 'open');
    await expect.poll(() => tab.evaluate(readReaderView, undefined).then((v) => v.title), { timeout: 20_000 }).toBe(title);
    return tab;
  }
  const look = async (t: TabHandle) => (await t.evaluate(readLook, undefined))!;
  // Polls: the overlay's panels arrive a moment after their button is first pressed (injected on use).
  const click = async (t: TabHandle, testId: string) => expect.poll(() => t.evaluate(clickInReader, testId)).toBe(true);
  /** Saves the page in `tab` to the library through the background, as the popup's Save does; returns its id. */
  async function saveTab(tab: TabHandle): Promise<number> {
    const saved = (await session.browser.sendMessage({ type: 'library:save-tab', data: { tabId: await session.browser.tabId(tab) } })) as {
      ok: boolean;
      value?: { id: number };
    };
    expect(saved).toMatchObject({ ok: true });
    return saved.value!.id;
  }

  it('applies each setting at once and remembers it after the reader is closed and reopened', async () => {
    const page = await openReader();
    // Focus moves to the close button once the reader's first frame is on screen.
    await expect.poll(() => look(page).then((l) => l.focused)).toBe('reader-close');
    const before = await look(page);
    expect(before).toMatchObject({ theme: 'auto', background: BACKGROUNDS.light, fontSize: '19px', focused: 'reader-close' });
    await click(page, 'reader-settings-toggle');

    await click(page, 'width-narrow');
    await expect.poll(() => look(page).then((l) => l.measure)).toBeLessThan(before.measure);
    await click(page, 'theme-sepia');
    await expect.poll(() => look(page).then((l) => l.background)).toBe(BACKGROUNDS.sepia);
    await click(page, 'theme-dark');
    await expect.poll(() => look(page).then((l) => l.background)).toBe(BACKGROUNDS.dark);
    await click(page, 'font-sans');
    await expect.poll(() => look(page).then((l) => l.fontFamily)).toMatch(/^system-ui/);
    await click(page, 'size-more');
    await click(page, 'size-more');
    await expect.poll(() => look(page).then((l) => l.fontSize)).toBe('23px');
    await click(page, 'line-height-more');
    await expect.poll(() => look(page).then((l) => parseFloat(l.lineHeight))).toBeCloseTo(23 * 1.75, 1);

    // Keyboard shortcuts, with real key presses (focus is on the close button inside the overlay).
    // "=" is the unshifted "+" key (and the harness's press() reads "+" as a chord separator).
    await page.press('=');
    await expect.poll(() => look(page).then((l) => l.fontSize)).toBe('26px');
    await page.press('t'); // dark → auto (the OS is light here)
    await expect.poll(() => look(page).then((l) => [l.theme, l.background])).toEqual(['auto', BACKGROUNDS.light]);
    await page.press('t'); // auto → light
    await expect.poll(() => look(page).then((l) => l.theme)).toBe('light');
    const chosen = await look(page);

    // Esc closes the panel first, then the reader.
    await page.press('Escape');
    await expect.poll(() => look(page).then((l) => l.panel)).toBe(false);
    await page.press('Escape');
    await expect.poll(() => page.evaluate(readReaderView, undefined).then((v) => v.hosts)).toBe(0);

    await session.browser.setReader(page, 'open');
    await expect.poll(() => page.evaluate(readReaderView, undefined).then((v) => v.title)).toBe(TITLE);
    const after = await look(page);
    expect({ ...after, focused: '', panel: false }).toEqual({ ...chosen, focused: '', panel: false });
    expect(after).toMatchObject({ theme: 'light', fontSize: '26px' });
    expect(after.fontFamily).toMatch(/^system-ui/);

    // Put the defaults back for the other tests (the settings are shared by every tab).
    await click(page, 'reader-settings-toggle');
    for (const id of ['theme-auto', 'font-serif', 'width-medium', 'size-less', 'size-less', 'size-less', 'line-height-less'])
      await click(page, id);
    await expect
      .poll(() =>
        look(page).then((l) => [l.theme, l.fontSize, l.fontFamily.startsWith('system-ui'), Math.round(parseFloat(l.lineHeight) * 10) / 10]),
      )
      .toEqual(['auto', '19px', false, 30.4]);
    expect(await session.browser.extensionErrors()).toEqual([]);
  });

  it('keeps Tab inside the open overlay and gives focus back to the page on close', async () => {
    const page = await session.openFixture('english-article.html');
    const target = await page.evaluate(focusPageElement, undefined);
    await session.browser.setReader(page, 'open');
    await expect.poll(() => page.evaluate(readReaderView, undefined).then((v) => v.title)).toBe(TITLE);
    await expect.poll(() => look(page).then((l) => l.focused)).toBe('reader-close');
    const seen = new Set<string>();
    for (let i = 0; i < 12; i += 1) {
      await page.press('Tab');
      expect(await page.evaluate(focusOwner, undefined)).toBe('reader');
      const now = await look(page);
      seen.add(now.focused);
      // Every control reached by keyboard shows the focus ring.
      expect(now.focusRing, now.focused).toBe('solid 3px');
    }
    // The walk went round: the toolbar's controls and the article's link were all reached.
    expect([...seen]).toEqual(expect.arrayContaining(['reader-close', 'reader-settings-toggle', 'reader-original']));
    await page.press('Escape');
    await expect.poll(() => page.evaluate(readReaderView, undefined).then((v) => v.hosts)).toBe(0);
    expect(await page.evaluate(focusOwner, undefined)).toBe(target);
  });

  it('has no serious or critical axe violations in any theme, with either panel open; screenshots each theme', async () => {
    const page = await openReader();
    expect(await page.evaluate(axeInstaller(), undefined)).toBe(true);
    const found: string[] = [];
    for (const theme of ['light', 'sepia', 'dark', 'auto'] as const) {
      if (theme === 'auto') await session.browser.setColorScheme(page, 'dark');
      await click(page, 'reader-settings-toggle');
      await click(page, `theme-${theme}`);
      await expect.poll(() => look(page).then((l) => l.background)).toBe(BACKGROUNDS[theme === 'auto' ? 'dark' : theme]);
      found.push(...(await page.evaluate(runAxe, 'broadsheet-reader')).map((v) => `${theme}, settings: ${v}`));
      await page.screenshot(shot(name, `reader-${theme === 'auto' ? 'auto-dark' : theme}`));
      await click(page, 'reader-listen-toggle');
      await expect.poll(() => page.evaluate(readerText, 'read-aloud')).not.toBeNull();
      found.push(...(await page.evaluate(runAxe, 'broadsheet-reader')).map((v) => `${theme}, read aloud: ${v}`));
      await click(page, 'reader-listen-toggle');
    }
    await session.browser.setColorScheme(page, 'light');
    await click(page, 'reader-settings-toggle');
    await click(page, 'theme-auto');
    expect(found).toEqual([]);
  });

  it('on a right-to-left page, the article is right to left and the English toolbar is not mirrored', async () => {
    const page = await session.openFixture('arabic-article.html');
    await session.browser.setReader(page, 'open');
    await expect.poll(() => page.evaluate(readerDirections, undefined), { timeout: 20_000 }).toEqual({ toolbar: 'ltr', article: 'rtl' });
  });

  it('prints only the article: no toolbar, no footer, black on white', async () => {
    const page = await openReader();
    await session.browser.setMedia(page, 'print');
    try {
      await expect
        .poll(() => look(page).then((l) => [l.topDisplay, l.footerDisplay, l.background, l.top]))
        .toEqual(['none', 'none', 'rgb(255, 255, 255)', 0]);
      const view = await page.evaluate(readReaderView, undefined);
      expect(view.title).toBe(TITLE);
      expect(view.byline).not.toBeNull();
      expect(view.bodyText!.length).toBeGreaterThan(500);
      await page.screenshot(shot(name, 'reader-print'));
    } finally {
      await session.browser.setMedia(page, 'screen');
    }
    await expect.poll(() => look(page).then((l) => l.topDisplay)).not.toBe('none');
  });

  it('says clearly that no voice reads Hindi when the system has none (headless browsers have no voices)', async () => {
    const page = await openReader('hindi-news.html', HINDI_TITLE);
    await click(page, 'reader-listen-toggle');
    await click(page, 'read-aloud-play');
    await expect
      .poll(() => page.evaluate(readerText, 'read-aloud-status'), { timeout: 10_000 })
      .toEqual({
        state: 'no-voice',
        label: null,
        text: "No voice for Hindi is installed on this system. You can add one in your operating system's speech settings.",
      });
  });

  // Chromium only: a stub voice must go into the overlay's isolated world, reachable only through
  // CDP (BiDi gives no handle on it). The reader page's read-aloud test stubs it in both browsers.
  if (name === 'chromium') {
    it('reads aloud with a stubbed voice: speaks sentence by sentence and highlights the one being read', async () => {
      const page = await openReader('hindi-news.html', HINDI_TITLE);
      // The overlay runs in the extension's isolated world: put the stub there, through CDP.
      const raw = (page as unknown as { page: Page }).page;
      const cdp = await raw.context().newCDPSession(raw);
      const contexts: { id: number; name: string; auxData?: { type?: string } }[] = [];
      cdp.on('Runtime.executionContextCreated', (event: { context: (typeof contexts)[number] }) => contexts.push(event.context));
      await cdp.send('Runtime.enable');
      const world = contexts.find((c) => c.auxData?.type === 'isolated' && c.name === 'Broadsheet');
      expect(world, `isolated worlds: ${contexts.map((c) => c.name).join(', ')}`).toBeDefined();
      await cdp.send('Runtime.evaluate', { expression: SPEECH_STUB, contextId: world!.id });

      await click(page, 'reader-listen-toggle');
      await click(page, 'read-aloud-play');
      await expect
        .poll(() => page.evaluate(readerText, 'read-aloud-status'))
        .toMatchObject({ state: 'playing', text: 'Voice: Stub Hindi' });
      await expect.poll(() => page.evaluate(speakingState, undefined)).toMatchObject({ highlight: true, block: HINDI_TITLE });
      // The stub ends each sentence after 400 ms: the highlight moves on into the body and stays in view.
      await expect.poll(() => page.evaluate(speakingState, undefined).then((s) => s.block), { timeout: 10_000 }).not.toBe(HINDI_TITLE);
      await page.screenshot(shot(name, 'reader-read-aloud'));
      const spoken = await cdp.send('Runtime.evaluate', { expression: 'window.__speech', contextId: world!.id, returnByValue: true });
      const texts = spoken.result.value as string[];
      expect(texts[0]).toBe(HINDI_TITLE);
      expect(texts.slice(1).every((s) => s.length < 400 && s.length > 3)).toBe(true);
      await click(page, 'read-aloud-stop');
      await expect.poll(() => page.evaluate(speakingState, undefined)).toMatchObject({ block: null, highlight: false });
    });
  }

  it('the reader page (a saved article): axe clean in every theme, prints without the toolbar, reads aloud with a stubbed voice', async () => {
    const id = await saveTab(await session.openFixture('english-article.html'));
    const page = await session.browser.openExtensionPage(`reader.html?id=${id}`);
    try {
      await expect.poll(() => page.evaluate(readerPageLook, undefined).then((l) => l?.title), { timeout: 20_000 }).toBe(TITLE);
      // The shortcuts work on the reader page from the start, before any click (the reader takes focus).
      await page.press('t');
      await expect.poll(() => page.evaluate(readerPageLook, undefined).then((l) => l?.theme)).toBe('light');
      expect(await page.evaluate(axeInstaller(), undefined)).toBe(true);
      const found: string[] = [];
      for (const theme of ['light', 'sepia', 'dark', 'auto'] as const) {
        if (theme === 'auto') await session.browser.setColorScheme(page, 'dark');
        expect(await page.evaluate(clickOnPage, 'reader-settings-toggle')).toBe(true);
        expect(await page.evaluate(clickOnPage, `theme-${theme}`)).toBe(true);
        await expect
          .poll(() => page.evaluate(readerPageLook, undefined).then((l) => l?.background))
          .toBe(BACKGROUNDS[theme === 'auto' ? 'dark' : theme]);
        found.push(...(await page.evaluate(runAxe, null)).map((v) => `${theme}: ${v}`));
        await page.screenshot(shot(name, `reader-page-${theme === 'auto' ? 'auto-dark' : theme}`));
        expect(await page.evaluate(clickOnPage, 'reader-settings-toggle')).toBe(true);
      }
      await session.browser.setColorScheme(page, 'light');
      expect(found).toEqual([]);

      await session.browser.setMedia(page, 'print');
      await expect
        .poll(() => page.evaluate(readerPageLook, undefined).then((l) => [l?.topDisplay, l?.background]))
        .toEqual(['none', 'rgb(255, 255, 255)']);
      await page.screenshot(shot(name, 'reader-page-print'));
      await session.browser.setMedia(page, 'screen');

      // The reader page runs in the extension's own world, so the stub goes straight into the page.
      expect(await page.evaluate(speechStubInstaller(), undefined)).toBe(true);
      expect(await page.evaluate(clickOnPage, 'reader-listen-toggle')).toBe(true);
      expect(await page.evaluate(clickOnPage, 'read-aloud-play')).toBe(true);
      await expect.poll(() => page.evaluate(readerPageLook, undefined)).toMatchObject({ speaking: TITLE, highlight: true });
      await expect.poll(() => page.evaluate(readerPageLook, undefined).then((l) => l?.speaking), { timeout: 10_000 }).not.toBe(TITLE);
      expect(await page.evaluate(clickOnPage, 'read-aloud-stop')).toBe(true);
      await expect.poll(() => page.evaluate(readerPageLook, undefined)).toMatchObject({ speaking: null, highlight: false });
      // Put the theme back for the other tests.
      expect(await page.evaluate(clickOnPage, 'reader-settings-toggle')).toBe(true);
      expect(await page.evaluate(clickOnPage, 'theme-auto')).toBe(true);
      await expect.poll(() => page.evaluate(readerPageLook, undefined).then((l) => l?.theme)).toBe('auto');
    } finally {
      await page.close();
    }
  });

  it('the reader page puts a saved article back where it was left, on the same paragraph', async () => {
    // A long read whose paragraphs run from one line to fifteen.
    const path = `reader.html?id=${await saveTab(await session.openFixture('long-read.html', 'position'))}`;
    const first = await session.browser.openExtensionPage(path);
    await expect.poll(() => first.evaluate(readerPageLook, undefined).then((l) => l?.title), { timeout: 20_000 }).toBe(LONG_READ);
    // Read down to just past the middle, a screen at a time (so every paragraph passed has been laid out).
    for (let to = 0.05; to < 0.55; to += 0.05) await first.evaluate(readerPagePlace, to);
    const left = await first.evaluate(readerPagePlace, 0.55);
    expect(left.top).not.toBeNull();
    expect(left.fraction).toBeGreaterThan(0.5);
    // The page writes the position 0.8 s after scrolling stops (entrypoints/reader/ReaderPage.tsx);
    // the test gives that write, through the background into IndexedDB, 2.5 s in all.
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    await first.close();

    const again = await session.browser.openExtensionPage(path);
    try {
      await expect.poll(() => again.evaluate(readerPageLook, undefined).then((l) => l?.title), { timeout: 20_000 }).toBe(LONG_READ);
      await expect.poll(() => again.evaluate(readerPagePlace, null).then((p) => p.top)).toBe(left.top);
    } finally {
      await again.close();
    }
  });

  it('the popup, with a saved article in its list, has no serious or critical axe violations; screenshot of the real popup in English', async () => {
    const article = await session.openFixture('english-article.html');
    await saveTab(article);
    await article.close();
    const popup = await session.browser.openExtensionPage('popup.html');
    try {
      await expect
        .poll(() =>
          popup.evaluate(
            () => document.querySelector('[data-testid="popup-status"]') !== null && document.querySelector('[role="option"]') !== null,
            undefined,
          ),
        )
        .toBe(true);
      expect(await popup.evaluate(axeInstaller(), undefined)).toBe(true);
      expect(await popup.evaluate(runAxe, null)).toEqual([]);
    } finally {
      await popup.close();
    }
    const tab = await session.openFixture('english-article.html');
    await session.browser.clickToolbar(tab);
    await expect.poll(() => session.browser.popupStatus(), { timeout: 20_000 }).toMatchObject({ status: 'open' });
    await session.browser.screenshotPopup(shot(name, 'popup-en'));
    await session.browser.closePopup();
  });
});

describe.each(BROWSERS)('%s in Hindi: the whole UI follows the browser language', (name) => {
  const session = useBrowserSession(name, 'e2e', { locale: 'hi' });

  it('popup, reader toolbar, messages, dates and numbers are in Hindi; axe finds nothing serious', async () => {
    const tab = await session.openFixture('hindi-news.html', 'hi');
    await session.browser.clickToolbar(tab);
    await expect
      .poll(() => session.browser.popupStatus(), { timeout: 20_000 })
      .toEqual({ status: 'open', message: 'इस पेज पर रीडर व्यू खुला है।' });
    await session.browser.screenshotPopup(shot(name, 'popup-hi'));
    await session.browser.closePopup();

    const page = tab;
    await expect.poll(() => page.evaluate(readReaderView, undefined).then((v) => v.title)).toBe(HINDI_TITLE);
    expect(await page.evaluate(readerText, 'reader-close')).toMatchObject({ label: 'रीडर बंद करें' });
    expect((await page.evaluate(readReaderView, undefined)).readingTime).toMatch(/^\d+ मिनट में पढ़ें$/);
    expect(await page.evaluate(clickInReader, 'reader-settings-toggle')).toBe(true);
    await expect.poll(() => page.evaluate(readerText, 'theme-dark')).toMatchObject({ text: 'गहरी' });
    expect(await page.evaluate(readerText, 'size-more')).toMatchObject({ label: 'बड़ा टेक्स्ट' });
    expect(await page.evaluate(axeInstaller(), undefined)).toBe(true);
    expect(await page.evaluate(runAxe, 'broadsheet-reader')).toEqual([]);
    await page.screenshot(shot(name, 'reader-hindi-ui'));
    expect(await page.evaluate(clickInReader, 'reader-listen-toggle')).toBe(true);
    await expect.poll(() => page.evaluate(clickInReader, 'read-aloud-play')).toBe(true);
    await expect
      .poll(() => page.evaluate(readerText, 'read-aloud-status'), { timeout: 10_000 })
      .toMatchObject({ state: 'no-voice', text: expect.stringContaining('हिन्दी के लिए कोई आवाज़ इंस्टॉल नहीं है') });
  });
});

describe.each(BROWSERS)('%s with a dark OS: the popup and the reader are dark from the start', (name) => {
  const session = useBrowserSession(name, 'e2e', { colorScheme: 'dark' });

  it('a toolbar click on a Hindi story: a dark popup over a dark reader; axe finds nothing serious in the popup (screenshots)', async () => {
    const tab = await session.openFixture('hindi-news.html', 'dark-os');
    await session.browser.clickToolbar(tab);
    await expect.poll(() => session.browser.popupStatus(), { timeout: 20_000 }).toMatchObject({ status: 'open' });
    // components/page-palette.css: the popup takes the reader's dark paper colour.
    expect(await session.browser.popupBackground()).toBe(BACKGROUNDS.dark);
    await session.browser.screenshotPopup(shot(name, 'popup-dark'));
    await session.browser.closePopup();

    await expect.poll(() => tab.evaluate(readReaderView, undefined).then((v) => v.title)).toBe(HINDI_TITLE);
    expect((await tab.evaluate(readReaderView, undefined)).readerBackground).toBe(BACKGROUNDS.dark);
    await tab.screenshot(shot(name, 'reader-hindi-dark-os'));

    const popup = await session.browser.openExtensionPage('popup.html');
    try {
      await expect.poll(() => popup.evaluate(() => document.querySelector('[data-testid="popup-status"]') !== null, undefined)).toBe(true);
      expect(await popup.evaluate(axeInstaller(), undefined)).toBe(true);
      expect(await popup.evaluate(runAxe, null)).toEqual([]);
    } finally {
      await popup.close();
    }
    expect(await session.browser.extensionErrors()).toEqual([]);
  });
});
