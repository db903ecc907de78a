/**
 * Highlights in real Chromium and Firefox: on the overlay of an English and a Hindi article (not
 * saved yet), text selected with the mouse gets the highlight bar, a colour makes the highlight
 * (saving the article first) and a note can follow; the saved-article page paints it again from
 * the library (CSS.highlights, read from inside the closed root for the overlay), a selection made
 * with the keyboard (Shift+arrows) becomes one with "H", a click on a highlight opens it, and
 * delete is undone; the library page's Highlights view lists them, its search finds a word only a
 * note holds (saying the row matched a highlight), and axe finds nothing serious or critical on the
 * reader page with a highlight painted and its bar open.
 *
 * Screenshots: artifacts/screenshots/<browser>-highlights-<scene>-<theme>.png.
 */
import { describe, expect, it } from 'vitest';
import { BROWSERS, clickInReader, inReader, readReaderView, screenshotPath, type TabHandle } from './harness';
import { useBrowserSession } from './harness/use-session';
import { axeInstaller, runAxe } from './reader-ui-helpers';

type Point = { x: number; y: number };
type Painted = Record<'yellow' | 'green' | 'blue' | 'pink', string[]>;

/** Viewport points just inside the first and last characters of `phrase` in the overlay's body (one line). */
const phraseInReader = inReader((phrase: string, roots): { from: Point; to: Point } | null => {
  const body = roots.reader?.querySelector('[data-testid="reader-body"]');
  if (!body) return null;
  const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = node.textContent!.indexOf(phrase);
    if (at < 0) continue;
    const first = document.createRange();
    first.setStart(node, at);
    first.setEnd(node, at + 1);
    const last = document.createRange();
    last.setStart(node, at + phrase.length - 1);
    last.setEnd(node, at + phrase.length);
    const a = first.getBoundingClientRect();
    const b = last.getBoundingClientRect();
    return { from: { x: a.left + 1, y: (a.top + a.bottom) / 2 }, to: { x: b.right - 1, y: (b.top + b.bottom) / 2 } };
  }
  return null;
});

/** The text of every painted range, by colour (the document's highlight registry, as the overlay filled it). */
const paintedInReader = inReader((_: undefined): Painted => {
  const registry = (CSS as unknown as { highlights?: Map<string, Iterable<Range>> }).highlights;
  const out: Record<string, string[]> = {};
  for (const colour of ['yellow', 'green', 'blue', 'pink']) {
    const entry = registry?.get(`broadsheet-hl-${colour}`);
    out[colour] = entry ? [...entry].map((range) => range.toString()) : [];
  }
  return out as Painted;
});

/** The same on an extension page (no shadow root). */
function paintedOnPage(): Painted {
  const registry = (CSS as unknown as { highlights?: Map<string, Iterable<Range>> }).highlights;
  const out: Record<string, string[]> = {};
  for (const colour of ['yellow', 'green', 'blue', 'pink']) {
    const entry = registry?.get(`broadsheet-hl-${colour}`);
    out[colour] = entry ? [...entry].map((range) => range.toString()) : [];
  }
  return out as Painted;
}

/** Whether the highlight bar is open in the overlay, and its note field's value. */
const barInReader = inReader((_: undefined, roots) => {
  const bar = roots.reader?.querySelector('[data-testid="highlight-bar"]');
  return bar ? { note: bar.querySelector<HTMLInputElement>('[data-testid="highlight-note"]')?.value ?? null } : null;
});

/** Focuses the overlay's note field (a synthetic click does not focus). */
const focusNoteInReader = inReader((_: undefined, roots): boolean => {
  const input = roots.reader?.querySelector<HTMLInputElement>('[data-testid="highlight-note"]');
  input?.focus();
  return !!input && roots.reader?.activeElement === input;
});

/** Page-side (reader page): the bar's note, or null when closed. */
function barOnPage(): { note: string | null } | null {
  const bar = document.querySelector('[data-testid="highlight-bar"]');
  return bar ? { note: bar.querySelector<HTMLInputElement>('[data-testid="highlight-note"]')?.value ?? null } : null;
}

/** Page-side: the centre of the painted range of `colour` whose text includes `text`. */
function paintedCentre(arg: { colour: string; text: string }): Point | null {
  const registry = (CSS as unknown as { highlights?: Map<string, Iterable<Range>> }).highlights;
  for (const range of registry?.get(`broadsheet-hl-${arg.colour}`) ?? []) {
    if (!range.toString().includes(arg.text)) continue;
    const rect = range.getClientRects()[0]!;
    return { x: rect.left + Math.min(rect.width / 2, 40), y: (rect.top + rect.bottom) / 2 };
  }
  return null;
}

/** Page-side: selects `word` in the body (a caret-browsing stand-in: the keys then extend it). */
function selectWord(word: string): boolean {
  const body = document.querySelector('[data-testid="reader-body"]')!;
  const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = node.textContent!.indexOf(word);
    if (at < 0) continue;
    document.getSelection()!.setBaseAndExtent(node, at, node, at + word.length);
    return true;
  }
  return false;
}

/** Page-side: whether the page now sees the colour scheme `scheme` (Firefox applies the emulation a moment later). */
function schemeIs(scheme: string): boolean {
  return matchMedia(`(prefers-color-scheme: ${scheme})`).matches;
}

/** Page-side (library page): the quotes the Highlights view lists, in order. */
function highlightsListed(): string[] {
  return [...document.querySelectorAll('[data-testid="library-highlight"] blockquote')].map((el) => el.textContent ?? '');
}

/** Page-side (library page or popup): types `query` into the search box. */
function typeSearch(query: string): boolean {
  const input = document.querySelector<HTMLInputElement>('[data-testid="library-search"]');
  if (!input) return false;
  input.value = query;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  return true;
}

/** Page-side: the rows the list shows, each with its title and whether it says it matched a highlight. */
function rowsListed(): { title: string; hit: string | null }[] {
  return [...document.querySelectorAll('[data-testid="library-item"]')].map((row) => ({
    title: row.querySelector('[data-testid="library-item-title"]')?.textContent ?? '',
    hit: row.querySelector('[data-testid="library-item-highlight-hit"]')?.textContent ?? null,
  }));
}

function clickOnPage(testId: string): boolean {
  const el = document.querySelector<HTMLElement>(`[data-testid="${testId}"]`);
  el?.click();
  return !!el;
}

describe.each(BROWSERS)('%s: highlights', (name) => {
  const session = useBrowserSession(name, 'e2e');

  async function openOverlay(file: string): Promise<TabHandle> {
    const tab = await session.openFixture(file);
    await session.browser.setReader(tab, 'open');
    await expect.poll(() => tab.evaluate(readReaderView, undefined).then((v) => v.title), { timeout: 20_000 }).toBeTruthy();
    return tab;
  }

  /** Selects `phrase` with a real mouse drag in the overlay and picks `colour` in the bar. */
  async function highlightInOverlay(tab: TabHandle, phrase: string, colour: keyof Painted): Promise<void> {
    const box = await tab.evaluate(phraseInReader, phrase);
    expect(box).not.toBeNull();
    await tab.drag(box!.from, box!.to);
    await expect.poll(() => tab.evaluate(barInReader, undefined)).not.toBeNull();
    expect(await tab.evaluate(clickInReader, `highlight-colour-${colour}`)).toBe(true);
    await expect.poll(() => tab.evaluate(paintedInReader, undefined).then((p) => p[colour])).toEqual([phrase]);
  }

  /** The library id of the article in `tab` (saving again only updates it). */
  async function idOf(tab: TabHandle): Promise<number> {
    const saved = (await session.browser.sendMessage({ type: 'library:save-tab', data: { tabId: await session.browser.tabId(tab) } })) as {
      ok: boolean;
      value?: { id: number };
    };
    expect(saved.ok).toBe(true);
    return saved.value!.id;
  }

  /** Switches `tab` to `scheme` and waits until the page sees it, for a screenshot. */
  async function scheme(tab: TabHandle, value: 'light' | 'dark'): Promise<void> {
    await session.browser.setColorScheme(tab, value);
    await expect.poll(() => tab.evaluate(schemeIs, value)).toBe(true);
    // One more frame for the restyle to be painted.
    await tab.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))), undefined);
  }

  async function typeKeys(tab: TabHandle, text: string): Promise<void> {
    for (const ch of text) await tab.press(ch);
  }

  it('English: mouse selection → colour and note in the overlay (saving the article), painted again on the saved page; keyboard selection + H; delete and undo', async () => {
    const phrase = 'harbour bridge for repairs';
    const tab = await openOverlay('english-article.html');
    await highlightInOverlay(tab, phrase, 'green');
    // The bar stays open on the new highlight: a note follows.
    expect(await tab.evaluate(focusNoteInReader, undefined)).toBe(true);
    await typeKeys(tab, 'Key point');
    expect(await tab.evaluate(clickInReader, 'highlight-save-note')).toBe(true);
    await tab.screenshot(screenshotPath(name, 'highlights-overlay', 'light'));
    await scheme(tab, 'dark');
    await tab.screenshot(screenshotPath(name, 'highlights-overlay', 'dark'));
    await scheme(tab, 'light');
    const id = await idOf(tab);

    const page = await session.browser.openExtensionPage(`reader.html?id=${id}`);
    await expect.poll(() => page.evaluate(paintedOnPage, undefined).then((p) => p.green)).toEqual([phrase]);
    // A click on the highlight opens it, with its note.
    const centre = await page.evaluate(paintedCentre, { colour: 'green', text: phrase });
    await page.click(centre!.x, centre!.y);
    await expect.poll(() => page.evaluate(barOnPage, undefined)).toEqual({ note: 'Key point' });
    await page.press('Escape');
    await expect.poll(() => page.evaluate(barOnPage, undefined)).toBeNull();

    // Keyboard: a selection extended with Shift+arrows, then "H" for the default colour.
    expect(await page.evaluate(selectWord, 'Engineers')).toBe(true);
    for (let i = 0; i < 6; i++) await page.press('Shift+ArrowRight');
    await page.press('h');
    await expect.poll(() => page.evaluate(paintedOnPage, undefined).then((p) => p.yellow.length)).toBe(1);
    const [keyboardQuote] = (await page.evaluate(paintedOnPage, undefined)).yellow;
    expect(keyboardQuote).toMatch(/^Engineers/);
    await page.press('Escape');
    await page.screenshot(screenshotPath(name, 'highlights-page', 'light'));

    // Delete (from the bar of a clicked highlight), then undo.
    await page.click(centre!.x, centre!.y);
    await expect.poll(() => page.evaluate(barOnPage, undefined)).not.toBeNull();
    await scheme(page, 'dark');
    await page.screenshot(screenshotPath(name, 'highlights-page-bar', 'dark'));
    await scheme(page, 'light');
    await page.screenshot(screenshotPath(name, 'highlights-page-bar', 'light'));
    expect(await page.evaluate(clickOnPage, 'highlight-delete')).toBe(true);
    await expect.poll(() => page.evaluate(paintedOnPage, undefined).then((p) => p.green)).toEqual([]);
    expect(await page.evaluate(clickOnPage, 'highlight-undo')).toBe(true);
    await expect.poll(() => page.evaluate(paintedOnPage, undefined).then((p) => p.green)).toEqual([phrase]);

    // Opened again (the offline path: the library alone), both are there.
    const again = await session.browser.openExtensionPage(`reader.html?id=${id}&again=1`);
    await expect.poll(() => again.evaluate(paintedOnPage, undefined)).toMatchObject({ green: [phrase], yellow: [keyboardQuote] });

    // The library page's Highlights view lists both, newest first, with the note.
    const library = await session.browser.openExtensionPage('library.html');
    await expect.poll(() => library.evaluate(highlightsListed, undefined)).toEqual([keyboardQuote, phrase]);
    await library.evaluate(() => document.querySelector('[data-testid="library-highlights"]')?.scrollIntoView(), undefined);
    await library.screenshot(screenshotPath(name, 'highlights-library', 'light'));
    await scheme(library, 'dark');
    await library.screenshot(screenshotPath(name, 'highlights-library', 'dark'));
    expect(await session.browser.extensionErrors()).toEqual([]);
  });

  it('search finds a word only in a highlight’s note (the row says so); axe finds nothing serious with highlights shown and the bar open', async () => {
    const phrase = 'harbour bridge for repairs';
    // A word in no article of the fixtures: only the note holds it.
    const noteWord = 'quillwort';
    const tab = await openOverlay('english-article.html');
    await highlightInOverlay(tab, phrase, 'blue');
    expect(await tab.evaluate(focusNoteInReader, undefined)).toBe(true);
    await typeKeys(tab, `Look up ${noteWord}`);
    expect(await tab.evaluate(clickInReader, 'highlight-save-note')).toBe(true);
    const id = await idOf(tab);

    const library = await session.browser.openExtensionPage('library.html');
    await expect.poll(() => library.evaluate(rowsListed, undefined).then((rows) => rows.length), { timeout: 20_000 }).toBeGreaterThan(0);
    const [saved] = await library.evaluate(rowsListed, undefined);
    expect(await library.evaluate(typeSearch, noteWord)).toBe(true);
    await expect.poll(() => library.evaluate(rowsListed, undefined)).toEqual([{ title: saved!.title, hit: 'Matched a highlight' }]);
    // A word of the title (no highlight or note holds it) finds the articles, none as a highlight match.
    expect(await library.evaluate(typeSearch, 'splits')).toBe(true);
    await expect.poll(() => library.evaluate(rowsListed, undefined)).toEqual(expect.arrayContaining([{ title: saved!.title, hit: null }]));
    expect((await library.evaluate(rowsListed, undefined)).every((row) => row.hit === null)).toBe(true);

    // The reader page with the highlight painted and its bar open: axe finds no serious or critical violation.
    const page = await session.browser.openExtensionPage(`reader.html?id=${id}`);
    await expect.poll(() => page.evaluate(paintedOnPage, undefined).then((p) => p.blue), { timeout: 20_000 }).toEqual([phrase]);
    const centre = await page.evaluate(paintedCentre, { colour: 'blue', text: phrase });
    await page.click(centre!.x, centre!.y);
    await expect.poll(() => page.evaluate(barOnPage, undefined)).toEqual({ note: `Look up ${noteWord}` });
    expect(await page.evaluate(axeInstaller(), undefined)).toBe(true);
    const found: string[] = [];
    for (const value of ['light', 'dark'] as const) {
      await scheme(page, value);
      // Still open: the run saw the bar.
      expect(await page.evaluate(barOnPage, undefined)).not.toBeNull();
      found.push(...(await page.evaluate(runAxe, null)).map((v) => `${value}: ${v}`));
    }
    await scheme(page, 'light');
    expect(found).toEqual([]);
    expect(await session.browser.extensionErrors()).toEqual([]);
  });

  it('Hindi: a mouse selection in the overlay becomes a highlight, shown on the saved page and on the live page opened again', async () => {
    const phrase = 'सीटों के बँटवारे';
    const tab = await openOverlay('hindi-news.html');
    await highlightInOverlay(tab, phrase, 'pink');
    await tab.screenshot(screenshotPath(name, 'highlights-overlay-hi', 'light'));
    const id = await idOf(tab);
    const page = await session.browser.openExtensionPage(`reader.html?id=${id}`);
    await expect.poll(() => page.evaluate(paintedOnPage, undefined).then((p) => p.pink)).toEqual([phrase]);
    await scheme(page, 'dark');
    await page.screenshot(screenshotPath(name, 'highlights-page-hi', 'dark'));
    await scheme(page, 'light');

    // The live page again: the overlay finds the saved article by its canonical URL and paints its highlights.
    await session.browser.setReader(tab, 'close');
    await session.browser.setReader(tab, 'open');
    await expect.poll(() => tab.evaluate(paintedInReader, undefined).then((p) => p.pink), { timeout: 20_000 }).toEqual([phrase]);
    expect(await session.browser.extensionErrors()).toEqual([]);
  });
});
