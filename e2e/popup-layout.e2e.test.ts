/**
 * The popup's layout with a real library, in the REAL toolbar popup of Chromium and Firefox (opened
 * by a toolbar click, measured from another extension page through `extension.getViews`), in English
 * and Hindi, light and dark: six saved articles, the newest two with right-to-left titles.
 *
 * - The popup fits: its document does not scroll inside the popup the browser sized for it (800×600
 *   at most in both; headless Chromium's default 800×600 window leaves it 510 px below the toolbar,
 *   the tighter case), and "Manage library" is in view.
 * - With the undo bar as well (the tallest state), "Manage library" is still in view and not covered.
 * - On the active row, the ✓ and 🗑 buttons cover no part of the title, left-to-right or right-to-left.
 * - A 6,753-minute read says hours and minutes, in the UI language.
 *
 * Screenshots: artifacts/screenshots/<browser>-popup-rtl-<locale>-<theme>.png.
 */
import { describe, expect, it } from 'vitest';
import { BROWSERS, screenshotPath, waitFor, type BrowserName, type ColorScheme } from './harness';
import { useBrowserSession } from './harness/use-session';
import { importLibraryFile } from './library-file';
import { POPUP_TITLES, popupLibraryFile } from './pages/popup-library';

/** The largest popup either browser draws. */
const POPUP_LIMIT = { width: 800, height: 600 };

type Box = { left: number; right: number; top: number; bottom: number };

/** What the open popup shows, measured in its own window (runs in another extension page). */
interface PopupLayout {
  viewport: { width: number; height: number };
  /** The document's scroll size: larger than the viewport means the popup's content is cut off. */
  content: { width: number; height: number };
  rows: number;
  /** Each row's meta line (site · saved · reading time). */
  metas: string[];
  /** The "Manage library" link, and whether it is what a click at its centre reaches. */
  link: Box | null;
  linkOnTop: boolean;
  /** The active row's title: its content box (padding excluded), text direction and text. */
  title: (Box & { dir: string; text: string }) | null;
  /** The row actions (✓ and 🗑). */
  actions: Box | null;
  /** Whether a point just inside the start of the title's text is the title (not a button). */
  titleStartOnTop: boolean;
  undo: boolean;
}

function measurePopup(): PopupLayout | null {
  type Ext = { extension: { getViews(filter: { type: 'popup' }): Window[] } };
  const api = globalThis as unknown as { chrome?: Ext; browser?: Ext };
  const view = (api.browser ?? api.chrome)?.extension.getViews({ type: 'popup' })[0];
  // A popup still loading its document (or closing) has none to measure yet.
  const doc = view?.document;
  if (!view || !doc?.documentElement || !doc.body) return null;
  const box = (el: Element | null): Box | null => {
    if (!el) return null;
    const r = el.getBoundingClientRect();
    return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
  };
  const link = doc.querySelector('[data-testid="popup-open-library"]');
  const linkBox = box(link);
  const titleEl = doc.querySelector<HTMLElement>('.bs-item-active [data-testid="library-item-title"]');
  let title: PopupLayout['title'] = null;
  let titleStartOnTop = false;
  if (titleEl) {
    const style = view.getComputedStyle(titleEl);
    const r = titleEl.getBoundingClientRect();
    const left = r.left + parseFloat(style.paddingLeft);
    const right = r.right - parseFloat(style.paddingRight);
    title = { left, right, top: r.top, bottom: r.bottom, dir: style.direction, text: titleEl.textContent ?? '' };
    const x = style.direction === 'rtl' ? right - 3 : left + 3;
    const hit = doc.elementFromPoint(x, (r.top + r.bottom) / 2);
    titleStartOnTop = hit !== null && titleEl.contains(hit);
  }
  const hitLink = linkBox ? doc.elementFromPoint((linkBox.left + linkBox.right) / 2, (linkBox.top + linkBox.bottom) / 2) : null;
  return {
    viewport: { width: view.innerWidth, height: view.innerHeight },
    content: { width: doc.documentElement.scrollWidth, height: doc.documentElement.scrollHeight },
    rows: doc.querySelectorAll('[data-testid="library-item"]').length,
    metas: Array.from(doc.querySelectorAll('[data-testid="library-item"] .bs-item-meta'), (el) => el.textContent ?? ''),
    link: linkBox,
    linkOnTop: hitLink !== null && link !== null && link.contains(hitLink),
    title,
    actions: box(doc.querySelector('[data-testid="library-row-actions"]')),
    titleStartOnTop,
    undo: doc.querySelector('[data-testid="library-undo"]') !== null,
  };
}

/** Sends a key to the popup's list, as the list's own keyboard handling receives it (runs in another extension page). */
function pressInPopupList(key: string): boolean {
  type Ext = { extension: { getViews(filter: { type: 'popup' }): Window[] } };
  const api = globalThis as unknown as { chrome?: Ext; browser?: Ext };
  const view = (api.browser ?? api.chrome)?.extension.getViews({ type: 'popup' })[0] as (Window & typeof globalThis) | undefined;
  const list = view?.document.querySelector<HTMLElement>('[data-testid="library-list"]');
  if (!view || !list) return false;
  list.focus();
  list.dispatchEvent(new view.KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
  return true;
}

/** Clicks 🗑 on the active row of the popup (runs in another extension page). */
function deleteActiveInPopup(): boolean {
  type Ext = { extension: { getViews(filter: { type: 'popup' }): Window[] } };
  const api = globalThis as unknown as { chrome?: Ext; browser?: Ext };
  const button = (api.browser ?? api.chrome)?.extension
    .getViews({ type: 'popup' })[0]
    ?.document.querySelector<HTMLElement>('[data-testid="library-item-delete"]');
  button?.click();
  return button !== undefined && button !== null;
}

/** How the 6,753-minute article's reading time reads. */
const LONG_READ = { en: '112 hr 33 min read', hi: '112 घंटे 33 मिनट में पढ़ें' } as const;

const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

const VARIANTS: [BrowserName, 'en' | 'hi', ColorScheme][] = BROWSERS.flatMap((name) =>
  (['en', 'hi'] as const).flatMap((locale) =>
    (['light', 'dark'] as const).map((scheme): [BrowserName, 'en' | 'hi', ColorScheme] => [name, locale, scheme]),
  ),
);

describe.each(VARIANTS)('%s, e2e build, %s UI, %s: the real popup with six saved articles', (name, locale, scheme) => {
  const session = useBrowserSession(name, 'e2e', { locale, colorScheme: scheme });

  it('fits the popup with "Manage library" in view, keeps the row actions off every title, and stays reachable with the undo bar', async () => {
    const library = await session.browser.openExtensionPage('library.html');
    await importLibraryFile(library, popupLibraryFile(), POPUP_TITLES.length);
    const page = await session.openFixture('english-article.html', `popup-${locale}-${scheme}`);
    await session.browser.clickToolbar(page);
    const first = await waitFor(
      () => library.evaluate(measurePopup, undefined),
      (v) => v !== null && v.rows >= 4 && v.title !== null && v.actions !== null,
      20_000,
    );
    if (!first) throw new Error('the popup never showed the list');
    // Let the browser settle the popup's size to the content, then measure.
    await new Promise((resolve) => setTimeout(resolve, 500));
    const layout = (await waitFor(
      () => library.evaluate(measurePopup, undefined),
      (v) => v !== null,
    ))!;
    expect(layout.viewport.width).toBeLessThanOrEqual(POPUP_LIMIT.width);
    expect(layout.viewport.height).toBeLessThanOrEqual(POPUP_LIMIT.height);
    expect(layout.content.height).toBeLessThanOrEqual(layout.viewport.height + 1);
    expect(layout.content.width).toBeLessThanOrEqual(layout.viewport.width + 1);
    expect(layout.link!.bottom).toBeLessThanOrEqual(layout.viewport.height);
    expect(layout.linkOnTop).toBe(true);
    // A 10 MB page's reading time in hours and minutes, in the UI language.
    expect(layout.metas.some((meta) => meta.includes(LONG_READ[locale]))).toBe(true);
    await session.browser.screenshotPopup(screenshotPath(name, `popup-rtl-${locale}`, scheme));

    // The active row, first with each right-to-left title, then a left-to-right one.
    const seen: string[] = [];
    for (let row = 0; row < 3; row++) {
      if (row > 0) expect(await library.evaluate(pressInPopupList, 'ArrowDown')).toBe(true);
      const active = await waitFor(
        () => library.evaluate(measurePopup, undefined),
        (v) => v?.title !== null && v?.title?.text.includes(POPUP_TITLES[row]!.slice(0, 12)) === true && v.actions !== null,
      );
      const { title, actions } = active!;
      seen.push(title!.dir);
      expect(
        overlaps(title!, actions!),
        `row ${row} (${title!.dir}): title ${JSON.stringify(title)} under actions ${JSON.stringify(actions)}`,
      ).toBe(false);
      expect(active!.titleStartOnTop, `row ${row}: the title's first letters are reachable`).toBe(true);
    }
    expect(seen).toEqual(['rtl', 'rtl', 'ltr']);

    // The tallest state: an undo bar under the list. The link stays in view and on top.
    expect(await library.evaluate(deleteActiveInPopup, undefined)).toBe(true);
    const withUndo = await waitFor(
      () => library.evaluate(measurePopup, undefined),
      (v) => v?.undo === true,
    );
    expect(withUndo!.link!.bottom).toBeLessThanOrEqual(withUndo!.viewport.height);
    expect(withUndo!.link!.top).toBeGreaterThanOrEqual(0);
    expect(withUndo!.linkOnTop).toBe(true);
    await session.browser.closePopup();
  });
});
