/**
 * A page that never finishes loading (issue 9, defect 8): an ad script that never arrives stops
 * the parser, or an image that never arrives keeps the load event away. A script injected at
 * `document_idle` waits for ever there, and the popup used to say "Opening the reader…" for ten
 * seconds and then "Something went wrong". The reader must open on what is already there, from a
 * real toolbar click on the production build (activeTab only), in both browsers.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { BROWSERS, popupAnswer, readReaderView, screenshotPath } from './harness';
import { useBrowserSession } from './harness/use-session';

const CASES = [
  { file: 'never-loads-script.html', title: 'Night ferry keeps running through the storm', readyState: 'loading' },
  { file: 'never-loads-image.html', title: 'Lifeboat crew trains for the winter tides', readyState: 'interactive' },
] as const;

describe.each(BROWSERS)('%s, production build: a page that never finishes loading', (name) => {
  const session = useBrowserSession(name, 'production');

  afterEach(async () => {
    await session.browser.closePopup();
    session.server.hold(false);
  });

  it.each(CASES)('$file: the reader opens on what is there, and the popup says it is open', async ({ file, title, readyState }) => {
    // The tab is opened with the page whole (the harness waits for load), then reloaded with the
    // held requests: the same tab and URL, now a page that never finishes loading.
    const page = await session.openFixture(file);
    session.server.hold(true);
    await page.evaluate(() => void setTimeout(() => location.reload(), 0), undefined);
    await expect
      .poll(() =>
        page.evaluate(() => [document.readyState, document.querySelector('h1')?.textContent ?? ''] as const, undefined).catch(() => null),
      )
      .toEqual([readyState, title]);

    await session.browser.clickToolbar(page);
    expect(await popupAnswer(session.browser)).toMatchObject({ status: 'open' });
    await expect.poll(() => page.evaluate(readReaderView, undefined).then((v) => v.title)).toBe(title);
    const view = await page.evaluate(readReaderView, undefined);
    expect(view.hosts).toBe(1);
    // Still not loaded: the reader did not wait for it.
    expect(await page.evaluate(() => document.readyState, undefined)).toBe(readyState);
    await page.screenshot(screenshotPath(name, `never-loads-${file.replace('.html', '')}`, 'light'));
  });
});
