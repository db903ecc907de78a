/**
 * The reader stays above the page and out of its reach, in real Chromium and Firefox (e2e build),
 * on pages written in the style of what covered it on real news sites: a sticky header at z-index
 * 1000, a fixed cookie banner and ad box, a fixed header with a transform; and a hostile page that
 * fights for the screen (a transparent maximum-z-index layer re-appended after everything, a modal
 * consent dialog and a fake toolbar popover re-opened over and over, an html::after overlay, an
 * input that takes focus back, the reader's old start-up event, a MutationObserver hunting for our
 * shadow root). On each: `elementFromPoint` at every toolbar button and 20 points over the article
 * lands on our host, a real click on Save saves, no page handler hears a click or a key, and after
 * Esc the page is as it was. Screenshots light and dark of each (artifacts/screenshots/). The
 * hostile page once more on the production build, opened by a real toolbar click: the harness
 * reaches the closed root from outside the page, so no test hook is needed in either build.
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import {
  BROWSERS,
  overlayElements,
  popupAnswer,
  readerElementCenter,
  readerHits,
  readPageFlag,
  readReaderView,
  rootAttributes,
  screenshotPath,
  snapshotPage,
  waitFor,
  type TabHandle,
} from './harness';
import { inReader } from './harness';
import { useBrowserSession } from './harness/use-session';
import { focusOwner, readerText, readLook } from './reader-ui-helpers';

const TITLE = 'Night buses return to the valley after a year without them';
const DARK = 'rgb(28, 27, 25)';
const LIGHT = 'rgb(251, 247, 238)';
/** The toolbar row, for the pixel compare (the reader's toolbar is the same on every page). */
const TOOLBAR = { x: 0, y: 0, width: 1280, height: 48 };

describe.each(BROWSERS)('%s: the reader is on top of the page and out of its reach', (name) => {
  const session = useBrowserSession(name, 'e2e');

  async function open(tab: TabHandle): Promise<void> {
    await session.browser.setReader(tab, 'open');
    await expect.poll(() => tab.evaluate(readReaderView, undefined).then((v) => v.title), { timeout: 20_000 }).toBe(TITLE);
    // Focus moves in after the first frame: from then on the reader is fully set up. (On the hostile
    // page it may sit on the reader itself: its dialog keeps pulling focus away and back.)
    await expect.poll(() => tab.evaluate(readLook, undefined).then((l) => l?.focused)).toMatch(/^reader(-close)?$/);
  }

  /** Screenshots light and dark (the reader follows the OS: theme auto), back to light after. */
  async function screenshots(tab: TabHandle, scene: string): Promise<void> {
    await tab.screenshot(screenshotPath(name, scene, 'light'));
    await session.browser.setColorScheme(tab, 'dark');
    await expect.poll(() => tab.evaluate(readReaderView, undefined).then((v) => v.readerBackground)).toBe(DARK);
    await tab.screenshot(screenshotPath(name, scene, 'dark'));
    await session.browser.setColorScheme(tab, 'light');
    await expect.poll(() => tab.evaluate(readReaderView, undefined).then((v) => v.readerBackground)).toBe(LIGHT);
  }

  /** A real mouse click on Save; waits until the reader says it is saved. */
  async function clickSave(tab: TabHandle): Promise<void> {
    const save = await tab.evaluate(readerElementCenter, 'reader-save');
    expect(save).not.toBeNull();
    await tab.click(save!.x, save!.y);
    await expect.poll(() => tab.evaluate(readerText, 'reader-save').then((t) => t?.text), { timeout: 10_000 }).toBe('Saved');
  }

  for (const [file, scene] of [
    ['sticky-chrome.html', 'top-layer-sticky-chrome'],
    ['fixed-transformed-header.html', 'top-layer-transformed-header'],
  ] as const) {
    it(`${file}: nothing of the site is above the reader; a real click saves; the page hears no click; Esc restores it exactly`, async () => {
      const tab = await session.openFixture(file);
      const before = await tab.evaluate(snapshotPage, undefined);
      const attributes = await tab.evaluate(rootAttributes, undefined);
      await open(tab);

      const hits = await tab.evaluate(readerHits, undefined);
      expect(hits.checked).toBeGreaterThanOrEqual(24);
      expect(hits.outside).toEqual([]);
      // Opened without the keyboard: ✕ has focus but no ring (the ring comes with Tab: reader-ui).
      expect((await tab.evaluate(readLook, undefined))?.focusRing).toMatch(/^none /);
      await screenshots(tab, scene);

      await clickSave(tab);
      for (const point of hits.points.slice(-20, -15)) await tab.click(point.x, point.y);
      expect(await tab.evaluate(readPageFlag, '__pageClicks')).toEqual([]);

      await tab.press('Escape');
      await expect.poll(() => tab.evaluate(overlayElements, undefined)).toBe(0);
      expect(await tab.evaluate(rootAttributes, undefined)).toEqual(attributes);
      expect(await tab.evaluate(snapshotPage, undefined)).toEqual(before);
      expect(await session.browser.extensionErrors()).toEqual([]);
    });
  }

  it('a hostile page cannot cover the reader, take its clicks, keys or focus, reach its shadow root, or close it', async () => {
    // The toolbar as it looks with nothing over it, to compare the hostile page's against.
    const calm = await session.openFixture('fixed-transformed-header.html', 'calm-reference');
    await open(calm);
    const reference = screenshotPath(name, 'top-layer-toolbar-reference');
    await calm.screenshot(reference, TOOLBAR);

    const tab = await session.openFixture('hostile-overlay.html');
    const attributes = await tab.evaluate(rootAttributes, undefined);
    await open(tab);
    type Hostile = { ticks: number; dialogs: number; popovers: number; hostsSeen: string[]; rootsFound: number; moved: number };
    const hostile = () => tab.evaluate(readPageFlag, '__hostile') as Promise<Hostile>;
    // Let the page's script have a good go (it acts every 100 ms).
    const from = (await hostile()).ticks;
    const after = await waitFor(hostile, (h) => h.ticks >= from + 15);
    expect(after.ticks).toBeGreaterThanOrEqual(from + 15);
    // It did try: it saw our host, moved it into a hidden box, re-opened its dialog and popover.
    expect(after).toMatchObject({ rootsFound: 0, moved: 1 });
    expect(after.hostsSeen).toContain('broadsheet-reader');
    expect(after.dialogs).toBeGreaterThan(15);
    expect(after.popovers).toBeGreaterThan(15);
    expect(await tab.evaluate(readPageFlag, '__broadsheetPwned')).toBeUndefined();

    // Still open, with the whole story: its start-up event and messages did not close it.
    const view = await tab.evaluate(readReaderView, undefined);
    expect(view.hosts).toBe(1);
    expect(view.bodyText!.length).toBeGreaterThan(1000);

    const hits = await tab.evaluate(readerHits, undefined);
    expect(hits.checked).toBeGreaterThanOrEqual(24);
    expect(hits.outside).toEqual([]);
    // Nothing painted over the toolbar: the same pixels as on the calm page.
    const shot = screenshotPath(name, 'top-layer-toolbar-hostile');
    await tab.screenshot(shot, TOOLBAR);
    expect(readFileSync(shot).equals(readFileSync(reference)), `${shot} differs from ${reference}`).toBe(true);
    await screenshots(tab, 'top-layer-hostile');

    // Focus stays in the reader, and keys typed there never reach the page's handlers.
    expect(await tab.evaluate(focusOwner, undefined)).toBe('reader');
    for (const key of ['x', 'q', 'ArrowDown', 'Tab', 'Tab']) {
      await tab.press(key);
      expect(await tab.evaluate(focusOwner, undefined)).toBe('reader');
    }
    expect(await tab.evaluate(readPageFlag, '__pageKeys')).toEqual([]);

    await clickSave(tab);
    for (const point of hits.points.slice(-20, -15)) await tab.click(point.x, point.y);
    expect(await tab.evaluate(readPageFlag, '__pageClicks')).toEqual([]);

    await tab.press('Escape');
    await expect.poll(() => tab.evaluate(overlayElements, undefined)).toBe(0);
    expect(await tab.evaluate(rootAttributes, undefined)).toEqual(attributes);
    expect(await session.browser.extensionErrors()).toEqual([]);
  });

  it('Aa and Listen look different open and closed (aria-expanded)', async () => {
    const tab = await session.openFixture('sticky-chrome.html', 'toggles');
    await open(tab);
    const toggleLook = inReader((_: undefined, roots) =>
      ['reader-settings-toggle', 'reader-listen-toggle'].map((id) => {
        const el = roots.reader?.querySelector(`[data-testid="${id}"]`);
        const style = el ? getComputedStyle(el) : null;
        return style ? `${el?.getAttribute('aria-expanded')} ${style.backgroundColor} ${style.boxShadow}` : 'missing';
      }),
    );
    const closed = await tab.evaluate(toggleLook, undefined);
    expect(closed.every((look) => look.startsWith('false '))).toBe(true);
    for (const [index, id] of ['reader-settings-toggle', 'reader-listen-toggle'].entries()) {
      const button = await tab.evaluate(readerElementCenter, id);
      await tab.click(button!.x, button!.y);
      await expect.poll(() => tab.evaluate(toggleLook, undefined).then((looks) => looks[index]?.split(' ')[0])).toBe('true');
      const openLook = (await tab.evaluate(toggleLook, undefined))[index]!;
      expect(openLook.slice(5)).not.toBe(closed[index]!.slice(6));
      if (index === 0) await tab.screenshot(screenshotPath(name, 'top-layer-settings-open', 'light'));
    }
  });
});

describe.each(BROWSERS)('%s, production build: a real toolbar click on the hostile page', (name) => {
  const session = useBrowserSession(name, 'production');
  afterEach(() => session.browser.closePopup());

  it('opens the reader above the page, which cannot reach, cover, close or click it', async () => {
    const tab = await session.openFixture('hostile-overlay.html', 'production');
    await session.browser.clickToolbar(tab);
    expect(await popupAnswer(session.browser)).toMatchObject({ status: 'open' });
    await session.browser.closePopup();
    await expect.poll(() => tab.evaluate(readReaderView, undefined).then((v) => v.title), { timeout: 20_000 }).toBe(TITLE);
    type Hostile = { ticks: number; rootsFound: number; moved: number };
    const hostile = () => tab.evaluate(readPageFlag, '__hostile') as Promise<Hostile>;
    const from = (await hostile()).ticks;
    expect((await waitFor(hostile, (h) => h.ticks >= from + 15)).ticks).toBeGreaterThanOrEqual(from + 15);
    expect(await hostile()).toMatchObject({ rootsFound: 0, moved: 1 });
    expect(await tab.evaluate(readPageFlag, '__broadsheetPwned')).toBeUndefined();
    const view = await tab.evaluate(readReaderView, undefined);
    expect(view.hosts).toBe(1);
    expect(view.bodyText!.length).toBeGreaterThan(1000);
    const hits = await tab.evaluate(readerHits, undefined);
    expect(hits.outside).toEqual([]);
    for (const point of hits.points.slice(-20, -15)) await tab.click(point.x, point.y);
    expect(await tab.evaluate(readPageFlag, '__pageClicks')).toEqual([]);
    await tab.screenshot(screenshotPath(name, 'top-layer-hostile-production', 'light'));
    await tab.press('Escape');
    await expect.poll(() => tab.evaluate(overlayElements, undefined)).toBe(0);
    expect(await session.browser.extensionErrors()).toEqual([]);
  });
});
