/**
 * The user's path on the PRODUCTION build (activeTab only, no host permission): a real toolbar
 * click opens the popup, and the popup opens the reader in the tab and says what happened. Also
 * the popup's answer on pages that are not articles and on pages where extensions cannot run.
 * These prove the permission model: nothing but a real user gesture can reach the page.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { BROWSERS, clickInReader, popupAnswer, readReaderView, screenshotPath } from './harness';
import { useBrowserSession } from './harness/use-session';
import { readerText } from './reader-ui-helpers';

/** Sentences of the Hindi story that must be in the reader. */
const HINDI_STORY = [
  'विधानसभा चुनाव: गठबंधन में सीटों पर सहमति, सात चरणों में होगा मतदान', // title
  'आगामी विधानसभा चुनाव को लेकर विपक्षी गठबंधन के दलों के बीच', // first paragraph
  'सात चरणों में होगा मतदान', // subheading
  'पहले चरण का मतदान अगले महीने की बारह तारीख़ को होगा',
  'हम सब एक साथ हैं और जनता के मुद्दों पर चुनाव लड़ेंगे', // quote
  'स्थानीय नेताओं की नाराज़गी गठबंधन के लिए चुनौती बन सकती है', // last paragraph
];

/** Text of the site's chrome and widgets around the story: none of it may reach the reader. */
const HINDI_WIDGETS = [
  'ब्रेकिंग न्यूज़', // ticker label
  'सेंसेक्स नई ऊँचाई पर', // ticker text
  'सरकारी नौकरी', // category nav
  'बार देखा गया', // view count
  '12,450',
  'Also Read',
  'मुख्यमंत्री ने कहा, विकास ही हमारा एजेंडा', // the "Also Read" link
  'यह भी पढ़ें',
  'चुनाव आयोग की तैयारियाँ पूरी', // the "यह भी पढ़ें" link
  'WhatsApp Group Join Now',
  'Telegram Group Join Now',
  'Advertisement',
  'विज्ञापन',
  'Recent Posts',
  'पेट्रोल-डीज़ल के नए दाम', // a recent post
  'संबंधित खबरें', // related posts heading
  'सर्वदलीय बैठक', // a related post
  'टिप्पणियाँ', // comments heading
  'बहुत बढ़िया जानकारी', // a comment
  'शेयर करें', // share bar
  'सर्वाधिकार सुरक्षित', // footer
];

const OPENED = 'Reader view is open on this page.';
const NOT_ARTICLE = "This page doesn't look like an article.";
const RESTRICTED = "Reader view isn't available on this page.";

/** Browser pages where no extension may run, per session.browser. */
const RESTRICTED_PAGES = { chromium: ['chrome://version/'], firefox: ['about:robots'] } as const;

describe.each(BROWSERS)('%s, production build: the toolbar button', (name) => {
  const session = useBrowserSession(name, 'production');

  // One popup at a time, as for a user: each test's popup is dismissed before its tab closes
  // (hooks registered later run first).
  afterEach(() => session.browser.closePopup());

  it('a real click opens the reader on a Hindi news page, with the story and none of the widgets, and the popup says so', async () => {
    const page = await session.openFixture('hindi-news.html', 'toolbar');
    await session.browser.clickToolbar(page);

    expect(await popupAnswer(session.browser)).toEqual({ status: 'open', message: OPENED });
    await expect.poll(() => page.evaluate(readReaderView, undefined).then((v) => v.title)).toBe(HINDI_STORY[0]);
    await page.screenshot(screenshotPath(name, 'toolbar-click-hindi', 'light'));
    await session.browser.screenshotPopup(screenshotPath(name, 'popup-opened', 'light'));

    // The date is localized just after the reader's first frame (components/Reader.tsx).
    await expect.poll(() => page.evaluate(readReaderView, undefined).then((v) => v.date)).not.toBeNull();
    const view = await page.evaluate(readReaderView, undefined);
    expect(view.hosts).toBe(1);
    expect(view.articleLang).toBe('hi');
    // The published date is formatted for the article's language (issue: "formatted for the article's language").
    // Soft: each of these names its own failure, and one does not hide the others.
    expect.soft(view.date).toBe('24 नवंबर 2026');
    const text = `${view.title} ${view.byline} ${view.site} ${view.bodyText}`;
    expect.soft(HINDI_STORY.filter((sentence) => !text.includes(sentence))).toEqual([]);
    // One assertion for all widgets, so a failure lists every snippet that leaked.
    expect.soft(HINDI_WIDGETS.filter((snippet) => text.includes(snippet))).toEqual([]);
    // Styled by our inlined CSS: the light theme's paper colour and 19 px body text.
    expect(view.readerBackground).toBe('rgb(251, 247, 238)');
    expect(view.paragraphFontSize).toBe('19px');

    // The text settings arrive on first use (a second injection, on the same activeTab grant).
    await session.browser.closePopup();
    expect(await page.evaluate(clickInReader, 'reader-settings-toggle')).toBe(true);
    await expect.poll(() => page.evaluate(readerText, 'theme-dark')).toMatchObject({ text: 'Dark' });
    expect(await session.browser.extensionErrors()).toEqual([]);
  });

  // Firefox lets the test fire the shortcut's own <key> element, which grants activeTab like a
  // key press; Chromium offers no gesture-granting path for commands (see reader-triggers for
  // the shortcut on its e2e build), so there the production-build check is the toolbar click above.
  // Defined for one browser only (not skipped in the other): see the comment above.
  if (name === 'firefox') {
    it('the keyboard shortcut opens the reader with activeTab alone', async () => {
      const page = await session.openFixture('english-article.html', 'shortcut');
      await session.browser.triggerCommand(page, 'toggle-reader');
      await expect
        .poll(() => page.evaluate(readReaderView, undefined).then((v) => v.title))
        .toBe('Harbour bridge closure splits the town in two');
      expect(await session.browser.extensionErrors()).toEqual([]);
    });
  }

  it.each([
    ['a home page of headlines', 'home-page.html'],
    ['a search result page', 'search-results.html'],
    ['an empty page', 'empty.html'],
  ])('on %s the popup says it is not an article and no reader opens', async (_label, file) => {
    const tab = await session.openFixture(file, 'not-article');
    await session.browser.clickToolbar(tab);

    expect(await popupAnswer(session.browser)).toEqual({ status: 'not-article', message: NOT_ARTICLE });
    const view = await tab.evaluate(readReaderView, undefined);
    expect(view.hosts).toBe(0);
    if (file === 'home-page.html') await session.browser.screenshotPopup(screenshotPath(name, 'popup-not-article', 'light'));
    expect(await session.browser.extensionErrors()).toEqual([]);
  });

  it.each(RESTRICTED_PAGES[name])('on %s the popup says reader view is not available, with no uncaught error', async (url) => {
    const tab = await session.openTab(url);
    await session.browser.clickToolbar(tab);

    expect(await popupAnswer(session.browser)).toEqual({ status: 'restricted', message: RESTRICTED });
    await session.browser.screenshotPopup(screenshotPath(name, 'popup-restricted', 'light'));
    expect(await session.browser.extensionErrors()).toEqual([]);
  });
});
