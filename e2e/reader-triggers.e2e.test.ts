/**
 * Opening and closing the reader on the e2e build (host permission for 127.0.0.1, so triggers
 * need no real gesture): the keyboard-shortcut and context-menu paths through the background's
 * own listeners, no stacked overlays however often it is triggered, and closing (Esc, the close
 * button, a second toggle) puts the page back exactly: same DOM, same scroll position, scrolling
 * unlocked. While the reader is open, the page underneath does not scroll.
 */
import { describe, expect, it } from 'vitest';
import { BROWSERS, readerElementCenter, readerScrollTop, readReaderView, scrollPageTo, snapshotPage, type TabHandle } from './harness';
import { useBrowserSession } from './harness/use-session';

const TITLE = 'Harbour bridge closure splits the town in two';
const MENU_TOGGLE = 'broadsheet-toggle-reader';
const COMMAND_TOGGLE = 'toggle-reader';
/** Where the page is scrolled before the reader opens (the article is about 3 000 px tall). */
const PAGE_SCROLL = 640;

describe.each(BROWSERS)('%s, e2e build: triggers and closing', (name) => {
  const session = useBrowserSession(name, 'e2e');
  const openArticle = () => session.openFixture('english-article.html');

  const hosts = (t: TabHandle) => t.evaluate(readReaderView, undefined).then((v) => v.hosts);
  const title = (t: TabHandle) => t.evaluate(readReaderView, undefined).then((v) => v.title);

  it('the keyboard shortcut opens the reader and a second press closes it', async () => {
    const page = await openArticle();
    await session.browser.triggerCommand(page, COMMAND_TOGGLE);
    await expect.poll(() => title(page)).toBe(TITLE);
    await session.browser.triggerCommand(page, COMMAND_TOGGLE);
    await expect.poll(() => hosts(page)).toBe(0);
    expect(await session.browser.extensionErrors()).toEqual([]);
  });

  it('the page context-menu item opens the reader', async () => {
    const page = await openArticle();
    await session.browser.triggerContextMenu(page, MENU_TOGGLE);
    await expect.poll(() => title(page)).toBe(TITLE);
    expect(await session.browser.extensionErrors()).toEqual([]);
  });

  it('the shortcut on a page with no article shows the "not an article" notice on the page, and no reader', async () => {
    const page = await session.openFixture('empty.html');
    await session.browser.triggerCommand(page, COMMAND_TOGGLE);
    await expect
      .poll(() => page.evaluate(readReaderView, undefined).then((v) => v.noticeText))
      .toContain("This page doesn't look like an article");
    expect(await hosts(page)).toBe(0);
    expect(await session.browser.extensionErrors()).toEqual([]);
  });

  it('triggering many times, at once and one after another, never stacks two overlays', async () => {
    const page = await openArticle();
    // All at once, before the overlay script has even been injected.
    const answers = await Promise.all([
      session.browser.setReader(page, 'open'),
      session.browser.setReader(page, 'open'),
      session.browser.setReader(page, 'open'),
    ]);
    expect(answers).toEqual([
      { ok: true, value: 'open' },
      { ok: true, value: 'open' },
      { ok: true, value: 'open' },
    ]);
    await expect.poll(() => title(page)).toBe(TITLE);
    expect(await hosts(page)).toBe(1);
    // And again, one after another, through every path.
    expect(await session.browser.setReader(page, 'open')).toEqual({ ok: true, value: 'open' });
    await session.browser.triggerContextMenu(page, MENU_TOGGLE); // toggles: closes
    await expect.poll(() => hosts(page)).toBe(0);
    await session.browser.triggerCommand(page, COMMAND_TOGGLE); // toggles: opens
    await session.browser.setReader(page, 'open');
    await expect.poll(() => title(page)).toBe(TITLE);
    expect(await hosts(page)).toBe(1);
    expect(await session.browser.extensionErrors()).toEqual([]);
  });

  /** Each way of closing, with the page scrolled first; the restore must be exact. */
  const closers: [string, (page: TabHandle) => Promise<void>][] = [
    ['Esc', (page) => page.press('Escape')],
    [
      'the close button',
      async (page) => {
        const center = await page.evaluate(readerElementCenter, 'reader-close');
        if (!center) throw new Error('No close button in the reader');
        await page.click(center.x, center.y);
      },
    ],
    ['a second toggle (shortcut)', (page) => session.browser.triggerCommand(page, COMMAND_TOGGLE)],
  ];

  it.each(closers)(
    'closing with %s restores the page exactly; the page does not scroll while the reader is open',
    async (_label, close) => {
      const page = await openArticle();
      expect(await page.evaluate(scrollPageTo, PAGE_SCROLL)).toBe(PAGE_SCROLL);
      const before = await page.evaluate(snapshotPage, undefined);
      expect(before.rootOverflow).not.toBe('hidden');

      await session.browser.setReader(page, 'open');
      await expect.poll(() => title(page)).toBe(TITLE);

      // The page's scrolling is locked (and focus moves into the reader) right after the reader's
      // first frame, not with it (entrypoints/overlay/controller.tsx): wait for that frame.
      await expect.poll(() => page.evaluate(snapshotPage, undefined).then((s) => s.rootOverflow)).toBe('hidden');
      // A real wheel over the reader scrolls the reader, not the page under it.
      await page.wheel(640, 400, 500);
      await expect.poll(() => page.evaluate(readerScrollTop, undefined)).toBeGreaterThan(0);
      expect((await page.evaluate(snapshotPage, undefined)).scrollY).toBe(PAGE_SCROLL);

      await close(page);
      await expect.poll(() => hosts(page)).toBe(0);

      const after = await page.evaluate(snapshotPage, undefined);
      expect(after.scrollY).toBe(before.scrollY);
      expect(after.scrollX).toBe(before.scrollX);
      expect(after.rootOverflow).toBe(before.rootOverflow);
      expect(after.bodyOverflow).toBe(before.bodyOverflow);
      // Not toBe: a failing diff of two 10 kB strings is unreadable; compare lengths, then text.
      expect(after.html.length).toBe(before.html.length);
      expect(after.html === before.html).toBe(true);

      // Scrolling works again: a real wheel now moves the page.
      await page.wheel(640, 400, 300);
      await expect.poll(() => page.evaluate(snapshotPage, undefined).then((s) => s.scrollY)).toBeGreaterThan(PAGE_SCROLL);
      expect(await session.browser.extensionErrors()).toEqual([]);
    },
  );
});
