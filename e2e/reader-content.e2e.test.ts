/**
 * What the reader shows, in real browsers (e2e build): nothing from a hostile page runs or
 * survives into the reader; page CSS does not leak into its shadow root (our computed styles);
 * Arabic reads right to left; light and dark themes follow the OS. Saves the screenshots people
 * look at after a UI change (artifacts/screenshots/, see harness/screenshots.ts).
 */
import { describe, expect, it } from 'vitest';
import { BROWSERS, findUnsafeInReader, inReader, readPageFlag, readReaderView, screenshotPath, type TabHandle } from './harness';
import { useBrowserSession } from './harness/use-session';

/** The light and dark themes' page colour (components/reader.css, data-theme=auto). */
const BACKGROUND = { light: 'rgb(251, 247, 238)', dark: 'rgb(28, 27, 25)' } as const;

describe.each(BROWSERS)('%s, e2e build: what the reader shows', (name) => {
  const session = useBrowserSession(name, 'e2e');

  /** Opens `file` in a fresh tab and the reader on it through the product's message path. */
  async function openReader(file: string, label: string): Promise<TabHandle> {
    const page = await session.openFixture(file, label);
    expect(await session.browser.setReader(page, 'open')).toEqual({ ok: true, value: 'open' });
    await expect.poll(() => page.evaluate(readReaderView, undefined).then((v) => v.title)).not.toBeNull();
    return page;
  }

  it('a hostile page: no handler runs in the reader, and nothing active or positioned reaches it', async () => {
    const page = await session.openFixture('hostile.html', 'hostile');
    // The payloads are live in the page itself (so this test can fail): they record that they ran there.
    await expect.poll(() => page.evaluate(readPageFlag, '__hostileRuns')).toEqual(expect.arrayContaining(['img-onerror', 'svg-onload']));
    expect(await page.evaluate(readPageFlag, '__broadsheetPwned')).toBeUndefined();

    expect(await session.browser.setReader(page, 'open')).toEqual({ ok: true, value: 'open' });
    await expect
      .poll(() => page.evaluate(readReaderView, undefined).then((v) => v.title))
      .toBe('Hostile article: handlers, script URLs, frames and forms');
    const view = await page.evaluate(readReaderView, undefined);
    expect(view.bodyText).toContain('Sanitising once, at one gate');
    // The page's <style> and fixed sheet must not hide or cover the reader's text.
    expect(view.paragraphColor).toBe('rgb(31, 29, 26)');
    expect(view.bodyText).not.toContain('Hidden keyword spam');
    // The fixed white sheet may keep its words, but not its position over the reader.
    const sheet = await page.evaluate(
      inReader((_: undefined, roots) => {
        const body = roots.reader?.querySelector('[data-testid="reader-body"]');
        const el = Array.from(body?.querySelectorAll('*') ?? []).find((e) => e.textContent?.trim().startsWith('A positioned sheet'));
        return el ? getComputedStyle(el).position : 'absent';
      }),
      undefined,
    );
    expect(['static', 'absent']).toContain(sheet);

    // Give late handlers (image errors, frame scripts, a 0 s refresh) time to fire, then check.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(await page.evaluate(findUnsafeInReader, undefined)).toEqual([]);
    expect(await page.evaluate(readPageFlag, '__broadsheetPwned')).toBeUndefined();
    // Still the same page: no refresh or form navigated away.
    expect(await page.evaluate(() => location.href, undefined)).toBe(page.url);
    await page.screenshot(screenshotPath(name, 'reader-hostile', 'light'));
    expect(await session.browser.extensionErrors()).toEqual([]);
  });

  it('a page with aggressive global CSS: the reader keeps its own colours, sizes and visibility', async () => {
    const page = await openReader('aggressive-css.html', 'aggressive');
    const view = await page.evaluate(readReaderView, undefined);
    expect(view.hosts).toBe(1);
    expect(view.readerBackground).toBe(BACKGROUND.light);
    expect(view.readerColor).toBe('rgb(31, 29, 26)');
    expect(view.paragraphFontSize).toBe('19px');
    expect(view.paragraphColor).toBe('rgb(31, 29, 26)');
    expect(view.paragraphFontFamily).not.toContain('Comic Sans');
    // The page's `broadsheet-reader { display: none }` must not hide it: it still covers the viewport.
    const covering = await page.evaluate(
      inReader((_: undefined, roots) => {
        const reader = roots.reader?.querySelector('[data-testid="reader"]');
        if (!reader) return null;
        const rect = reader.getBoundingClientRect();
        const style = getComputedStyle(reader);
        return { width: rect.width, height: rect.height, display: style.display, visibility: style.visibility, opacity: style.opacity };
      }),
      undefined,
    );
    expect(covering).toEqual({ width: 1280, height: 800, display: 'flex', visibility: 'visible', opacity: '1' });
    await page.screenshot(screenshotPath(name, 'reader-aggressive-css', 'light'));
  });

  it('a page with a strict Content-Security-Policy gets the styled reader, and nothing is refused or logged', async () => {
    const page = await openReader('csp-article.html', 'csp');
    const view = await page.evaluate(readReaderView, undefined);
    expect(view.title).toBe('Night ferry returns to the island after a two-year gap');
    expect(view.bodyText).toContain('bicycles travel free');
    // Our styles are inlined by the extension, which the page's style-src does not govern.
    expect(view.readerBackground).toBe(BACKGROUND.light);
    expect(view.paragraphFontSize).toBe('19px');
    expect(await session.browser.extensionErrors()).toEqual([]);
  });

  /** The reader follows the OS light and dark themes: waits for each theme's paper colour and saves a screenshot. */
  async function shootBothThemes(page: TabHandle, scene: string): Promise<void> {
    for (const theme of ['light', 'dark'] as const) {
      await session.browser.setColorScheme(page, theme);
      await expect.poll(() => page.evaluate(readReaderView, undefined).then((v) => v.readerBackground)).toBe(BACKGROUND[theme]);
      await page.screenshot(screenshotPath(name, `reader-${scene}`, theme));
    }
    await session.browser.setColorScheme(page, 'light');
  }

  it('an Arabic page renders right to left', async () => {
    const page = await openReader('arabic-article.html', 'arabic');
    const view = await page.evaluate(readReaderView, undefined);
    expect(view.title).toBe('افتتاح أكبر محطة لتحلية المياه بالطاقة الشمسية في المنطقة');
    expect(view.articleDir).toBe('rtl');
    expect(view.articleLang).toBe('ar');
    expect(view.paragraphDirection).toBe('rtl');
    expect(view.bodyText).toContain('تقنية التناضح العكسي');
    await page.screenshot(screenshotPath(name, 'reader-arabic', 'light'));
  });

  it.each([
    {
      scene: 'japanese',
      file: 'japanese-article.html',
      lang: 'ja',
      dir: null,
      font: 'Noto Serif CJK JP',
      title: '北陸新幹線、敦賀から新大阪への延伸ルートで地元説明会',
      story: '四百年続いてきた水を次の世代に残せるのか',
      widgets: ['関連記事', 'この記事をシェアする', '広告', '無断転載'],
    },
    {
      scene: 'chinese',
      file: 'chinese-article.html',
      lang: 'zh-CN',
      dir: null,
      font: 'Noto Serif CJK SC',
      title: '长江流域启动今冬首轮生态补水 下游湖泊水位回升',
      story: '越冬候鸟的栖息地面积也随之扩大',
      widgets: ['相关新闻', '分享到', '广告', '版权所有'],
    },
    {
      scene: 'hebrew',
      file: 'hebrew-article.html',
      lang: 'he',
      dir: 'rtl',
      font: 'Iowan Old Style',
      title: 'הרכבת הקלה לחיפה: הקו הראשון ייפתח לנוסעים באביב',
      story: 'נסיעות מבחן בלילות',
      widgets: ['כתבות נוספות', 'פרסומת', 'כל הזכויות שמורות'],
    },
  ])('a $scene page: its language, direction and script font, the story without its widgets (screenshots)', async (c) => {
    const page = await openReader(c.file, c.scene);
    const view = await page.evaluate(readReaderView, undefined);
    expect(view.title).toBe(c.title);
    expect(view.articleLang).toBe(c.lang);
    expect(view.articleDir).toBe(c.dir ?? 'ltr');
    expect(view.paragraphDirection).toBe(c.dir ?? 'ltr');
    // The article's own font stack for its script comes first (CJK: the region's glyph forms).
    expect(view.paragraphFontFamily?.replace(/["']/g, '')).toMatch(new RegExp(`^${c.font}`));
    expect(view.bodyText).toContain(c.story);
    // The headline is shown once, in the header: not again as the body's first heading.
    expect((view.bodyText ?? '').trim().startsWith(c.title)).toBe(false);
    const text = `${view.title} ${view.byline} ${view.bodyText}`;
    expect(c.widgets.filter((w) => text.includes(w))).toEqual([]);
    expect(view.readingTime).toMatch(/^\d+ min read$/);
    await shootBothThemes(page, c.scene);
  });

  it.each([
    ['hindi', 'hindi-news.html', 'विधानसभा चुनाव: गठबंधन में सीटों पर सहमति, सात चरणों में होगा मतदान'],
    ['english', 'english-article.html', 'Harbour bridge closure splits the town in two'],
  ])('the %s reader follows the OS light and dark themes (screenshots)', async (scene, file, title) => {
    const page = await openReader(file, `themes-${scene}`);
    expect((await page.evaluate(readReaderView, undefined)).title).toBe(title);
    await shootBothThemes(page, scene);
  });
});
