/**
 * "Not right?" in real Chromium and Firefox (e2e build), on a story written for it
 * (e2e/pages/not-right-story.html: an "Also read" line and a share bar inside the story, the share
 * bar carrying an `onerror` image and a `javascript:` link): the reader opens with neither; pressed,
 * Not right? shows both in place, labelled, with nothing active (the page's handler never runs
 * again) and no serious or critical axe finding, light and dark; one click puts the "Also read"
 * line back; Save keeps it, and the saved-article page shows it. Screenshots go to artifacts/screenshots/.
 */
import { describe, expect, it } from 'vitest';
import {
  BROWSERS,
  clickInReader,
  findUnsafeInReader,
  inReader,
  readPageFlag,
  readReaderView,
  screenshotPath,
  waitFor,
  type TabHandle,
} from './harness';
import { useBrowserSession } from './harness/use-session';
import { axeInstaller, runAxe } from './reader-ui-helpers';

const TITLE = 'Night ferry returns to the island after ten quiet winters';
const ALSO_READ = 'Harbour wall to be raised before the spring tides';
const SHARE = 'Share on WhatsApp';

/** The removed blocks the reader shows: label, accessible name, and whether its content is inert. */
const readRemoved = inReader((_: undefined, roots) =>
  [...(roots.reader?.querySelectorAll('[data-testid="removed-block"]') ?? [])].map((block) => ({
    label: (block.querySelector('.bs-removed-label')?.textContent ?? '').trim(),
    name: (block.querySelector('button')?.textContent ?? '').replace(/\s+/g, ' ').trim(),
    inert: block.querySelector('.bs-removed-content')?.hasAttribute('inert') ?? false,
    outline: getComputedStyle(block).borderTopStyle,
    // Both browsers have the Sanitizer API: the removed markup goes in with setHTML (the markup path is the component test's).
    render: block.querySelector('.bs-body')?.getAttribute('data-render') ?? null,
  })),
);

/** Clicks the removed block with `reason`'s button (a synthetic click, as clickInReader does). */
const clickRemoved = inReader((reason: string, roots): boolean => {
  const button = roots.reader?.querySelector<HTMLElement>(`.bs-removed-button[data-reason="${reason}"]`);
  button?.click();
  return !!button;
});

/** The article body's text outside the removed blocks (what the story now says). */
const storyText = inReader((_: undefined, roots): string => {
  const body = roots.reader?.querySelector('[data-testid="reader-body"]');
  if (!body) return '';
  const copy = body.cloneNode(true) as Element;
  copy.querySelectorAll('.bs-removed').forEach((el) => el.remove());
  return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
});

describe.each(BROWSERS)('%s: Not right? shows what was removed, in place, and puts a block back', (name) => {
  const session = useBrowserSession(name, 'e2e');

  async function openStory(label: string): Promise<TabHandle> {
    const tab = await session.openFixture('not-right-story.html', label);
    await session.browser.setReader(tab, 'open');
    await expect.poll(() => tab.evaluate(readReaderView, undefined).then((v) => v.title), { timeout: 20_000 }).toBe(TITLE);
    return tab;
  }
  const click = async (tab: TabHandle, testId: string) => expect.poll(() => tab.evaluate(clickInReader, testId)).toBe(true);

  it('shows the removed blocks labelled, inert and accessible; restores one; Save keeps it on the saved-article page', async () => {
    const tab = await openStory('restore');
    const before = await tab.evaluate(readReaderView, undefined);
    expect(before.bodyText).not.toContain(ALSO_READ);
    expect(before.bodyText).not.toContain(SHARE);
    // The page's own onerror ran once when the page loaded; rendering the removed bar must not run it again.
    const pageRuns = await waitFor(
      () => tab.evaluate(readPageFlag, '__notRightPwned'),
      (v) => v !== undefined,
      5_000,
    );

    await click(tab, 'reader-not-right');
    await expect
      .poll(() => tab.evaluate(readRemoved, undefined))
      .toEqual([
        {
          label: 'Also read box',
          name: expect.stringContaining(`Also read box Put back: Also read: ${ALSO_READ}`),
          inert: true,
          outline: 'dashed',
          render: 'sanitizer',
        },
        {
          label: 'Share bar',
          name: expect.stringContaining(`Share bar Put back: ${SHARE}`),
          inert: true,
          outline: 'dashed',
          render: 'sanitizer',
        },
      ]);
    // Our own buttons are the only controls in the body: one per removed block, nothing from the page.
    const unsafe = await tab.evaluate(findUnsafeInReader, undefined);
    expect(unsafe.filter((f) => f !== '<button>')).toEqual([]);
    expect(unsafe.filter((f) => f === '<button>')).toHaveLength(2);
    expect(await tab.evaluate(readPageFlag, '__notRightPwned')).toBe(pageRuns);

    // Both removed blocks in view for the screenshots.
    await tab.evaluate(
      inReader((_: undefined, roots) => roots.reader?.querySelector('[data-testid="removed-block"]')?.scrollIntoView({ block: 'start' })),
      undefined,
    );
    expect(await tab.evaluate(axeInstaller(), undefined)).toBe(true);
    const found: string[] = [];
    for (const scheme of ['light', 'dark'] as const) {
      await session.browser.setColorScheme(tab, scheme);
      await expect
        .poll(() => tab.evaluate(readReaderView, undefined).then((v) => v.readerBackground))
        .toBe(scheme === 'dark' ? 'rgb(28, 27, 25)' : 'rgb(251, 247, 238)');
      found.push(...(await tab.evaluate(runAxe, 'broadsheet-reader')).map((v) => `${scheme}: ${v}`));
      await tab.screenshot(screenshotPath(name, 'not-right-removed', scheme));
    }
    await session.browser.setColorScheme(tab, 'light');
    expect(found).toEqual([]);

    expect(await tab.evaluate(clickRemoved, 'read-also')).toBe(true);
    await expect.poll(() => tab.evaluate(storyText, undefined)).toContain(ALSO_READ);
    expect(await tab.evaluate(readRemoved, undefined)).toMatchObject([{ label: 'Share bar' }]);
    await tab.screenshot(screenshotPath(name, 'not-right-restored', 'light'));

    // "Hide removed" goes back to the article, which keeps the restored line and not the share bar.
    await click(tab, 'reader-not-right');
    await expect.poll(() => tab.evaluate(readReaderView, undefined).then((v) => v.bodyText)).toContain(ALSO_READ);
    expect((await tab.evaluate(readReaderView, undefined)).bodyText).not.toContain(SHARE);

    await click(tab, 'reader-save');
    const lookup = await waitFor(
      () =>
        session.browser.sendMessage({ type: 'library:lookup', data: { canonicalUrl: tab.url } }) as Promise<{
          ok: boolean;
          value?: { id: number } | null;
        }>,
      (r) => !!r.value,
    );
    expect(lookup.value?.id).toBeGreaterThan(0);
    const page = await session.browser.openExtensionPage(`reader.html?id=${lookup.value!.id}`);
    const body = await waitFor(
      () => page.evaluate(() => (document.querySelector('[data-testid="reader-body"]')?.textContent ?? '').replace(/\s+/g, ' '), undefined),
      (text) => text.includes('night ferry'),
    );
    expect(body).toContain(ALSO_READ);
    expect(body).not.toContain(SHARE);
    // A saved article keeps no removal record: no Not right? there.
    expect(await page.evaluate(() => document.querySelector('[data-testid="reader-not-right"]') === null, undefined)).toBe(true);
    await page.screenshot(screenshotPath(name, 'not-right-saved', 'light'));
    expect(await session.browser.extensionErrors()).toEqual([]);
  });

  it('Esc hides the removed blocks before it closes the reader', async () => {
    const tab = await openStory('escape');
    await click(tab, 'reader-not-right');
    await expect.poll(() => tab.evaluate(readRemoved, undefined).then((r) => r.length)).toBe(2);
    await tab.press('Escape');
    await expect.poll(() => tab.evaluate(readRemoved, undefined).then((r) => r.length)).toBe(0);
    expect((await tab.evaluate(readReaderView, undefined)).hosts).toBe(1);
    await tab.press('Escape');
    await expect.poll(() => tab.evaluate(readReaderView, undefined).then((v) => v.hosts)).toBe(0);
  });
});

describe.each(BROWSERS)('%s in Hindi: Not right? labels each removed block in the UI language', (name) => {
  const session = useBrowserSession(name, 'e2e', { locale: 'hi' });

  it('shows the toggle and the labels in Hindi', async () => {
    const tab = await session.openFixture('not-right-story.html', 'hindi');
    await session.browser.setReader(tab, 'open');
    await expect.poll(() => tab.evaluate(readReaderView, undefined).then((v) => v.title), { timeout: 20_000 }).toBe(TITLE);
    await click(tab, 'reader-not-right');
    const hindiLabels = ['यह भी पढ़ें बॉक्स', 'शेयर बार'];
    await expect.poll(() => tab.evaluate(readRemoved, undefined).then((r) => r.map((b) => b.label))).toEqual(hindiLabels);
    const toggle = await tab.evaluate(
      inReader((_: undefined, roots) => roots.reader?.querySelector('[data-testid="reader-not-right"]')?.textContent ?? null),
      undefined,
    );
    expect(toggle).toBe('हटाया गया छिपाएँ');
    await tab.evaluate(
      inReader((_: undefined, roots) => roots.reader?.querySelector('[data-testid="removed-block"]')?.scrollIntoView({ block: 'start' })),
      undefined,
    );
    // Two frames, so blocks that came into view are laid out (content-visibility: auto) before the screenshot.
    await tab.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(true)))), undefined);
    await tab.screenshot(screenshotPath(name, 'not-right-removed-hindi', 'light'));
  });

  const click = async (tab: TabHandle, testId: string) => expect.poll(() => tab.evaluate(clickInReader, testId)).toBe(true);
});
