/**
 * The same extraction in the browser as in Node: the figures `bench:extract` and the fixture tests
 * measure under jsdom hold only if a real browser's overlay shows the same text. For each of these
 * repo fixtures, the reader's body text in Chromium and Firefox (opened through the product's
 * message path) must equal the `text` the CLI's code gives for the same file and the same address.
 *
 * Compared with every run of whitespace removed: the reader's body is read as `textContent`, which
 * puts nothing between blocks, while `text` puts a line break there. Every other character counts.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../utils/extract/index';
import { loadPage } from '../scripts/lib/load-page';
import { BROWSERS, readReaderView } from './harness';
import { REPO_ROOT } from './harness/server';
import { useBrowserSession } from './harness/use-session';

/** Fixtures in many scripts and layouts, the four of issue 15 among them. */
const SLUGS = [
  'en-news-inline-links-fare-hike',
  'en-briefing-ten-things-linked-items',
  'nb-sports-story-beside-link-list',
  'tr-news-forest-fires-widget-body',
  'en-news-rich-links-newsletter-embed',
  'en-blog-lazy-images-code-table',
  'ar-news-water-carrier',
  'de-news-riedbahn',
  'hi-wp-explainer-yah-bhi-padhein',
  'ja-blog-hatena-camping',
  'zh-tw-news-taipei-youbike',
  'ru-news-volga-bridge',
  'fr-news-velo-lyon',
  'th-news-bangkok-purple-line',
];

const squash = (text: string) => text.normalize('NFC').replace(/[\s\u00a0\u200b]+/g, '');

/** What the CLI gives for the fixture file when the page is at `url`. */
function cliText(slug: string, url: string): string {
  const page = loadPage(join(REPO_ROOT, 'tests', 'pages', slug, 'source.html'), url);
  try {
    const result = extractArticle(page.doc, page.url);
    if (!result.ok) throw new Error(`${slug}: ${result.message}`);
    return result.value.article.text;
  } finally {
    page.close();
  }
}

describe.each(BROWSERS)('%s, e2e build: the reader shows what the CLI extracts', (name) => {
  const session = useBrowserSession(name, 'e2e');

  it.each(SLUGS)('%s', async (slug) => {
    const page = await session.openTab(session.server.fixture(slug, `case=parity-${name}`));
    expect(await session.browser.setReader(page, 'open')).toEqual({ ok: true, value: 'open' });
    await expect.poll(() => page.evaluate(readReaderView, undefined).then((v) => v.bodyText)).not.toBeNull();
    const shown = (await page.evaluate(readReaderView, undefined)).bodyText ?? '';
    const expected = cliText(slug, page.url);
    expect(expected.length).toBeGreaterThan(200);
    expect(squash(shown)).toBe(squash(expected));
  });
});
