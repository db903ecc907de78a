import { afterEach, describe, expect, it } from 'vitest';
import { readMetadata, stripSiteName } from '../metadata';
import { jsdomPage } from './jsdom-page';

let close = () => {};
afterEach(() => close());

function meta(head: string, body = '') {
  const page = jsdomPage(
    `<!doctype html><html lang="hi"><head>${head}</head><body>${body}</body></html>`,
    'https://rajneetidarpan.in/politics/story/',
  );
  close = page.close;
  return readMetadata(page.doc, 'https://rajneetidarpan.in/politics/story/', { title: 'बीजेपी सिर्फ जीत नहीं रही है' });
}

const headline = 'लोकसभा चुनाव 2024 | बीजेपी सिर्फ जीत नहीं रही है';

describe('readMetadata', () => {
  it('keeps a headline that contains a separator whole when sources agree', () => {
    const m = meta(
      `<title>${headline} - Rajneeti Darpan</title><meta property="og:title" content="${headline} - Rajneeti Darpan"><meta property="og:site_name" content="Rajneeti Darpan">
       <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${headline}","datePublished":"2024-03-12T09:15:42+05:30","author":[{"@type":"Person","name":"रवि शंकर मिश्र"}],"publisher":{"@type":"Organization","name":"Rajneeti Darpan"}}</script>`,
      `<article><h1>${headline}</h1></article>`,
    );
    expect(m.title).toBe(headline);
    expect(m.siteName).toBe('Rajneeti Darpan');
    expect(m.byline).toBe('रवि शंकर मिश्र');
    expect(m.publishedTime).toBe('2024-03-12T03:45:42.000Z');
    expect(m.lang).toBe('hi');
  });

  it('strips a site-name suffix only when it names the site', () => {
    expect(stripSiteName('Flood wall to rise | The Gazette', 'The Gazette', 'gazette.example')).toBe('Flood wall to rise');
    expect(stripSiteName('Review | A quiet film', 'The Capital Ledger', 'ledger.example')).toBe('Review | A quiet film');
    expect(stripSiteName('Bus lanes work - by Maren Holt', null, 'substack.example')).toBe('Bus lanes work');
    expect(stripSiteName('Nelson scores in OT - Times Union', null, 'www.timesunion.com')).toBe('Nelson scores in OT');
  });

  it('splits on a bare dash between Chinese, Japanese or Korean characters, never inside a Latin word', () => {
    expect(stripSiteName('老厂房改建的图书馆周六开放-锦江新闻网', '锦江新闻网', 'jinjiangnews.cn')).toBe('老厂房改建的图书馆周六开放');
    expect(stripSiteName('COVID-19 wards reopen-Gazette', 'Gazette', 'gazette.example')).toBe('COVID-19 wards reopen-Gazette');
  });

  it('takes the site name from a title segment that names the host when the page declares none', () => {
    const m = meta('<title>बीजेपी सिर्फ जीत नहीं रही है :: Rajneeti Darpan</title>', '<h1>बीजेपी सिर्फ जीत नहीं रही है</h1>');
    expect(m.siteName).toBe('Rajneeti Darpan');
    expect(m.title).toBe('बीजेपी सिर्फ जीत नहीं रही है');
    expect(meta('<title>बीजेपी सिर्फ जीत नहीं रही है :: चुनाव</title>').siteName).toBeNull();
  });

  it('reads the author from <meta name="by"> when nothing richer names one', () => {
    expect(meta('<meta name="by" content="산책하는곰">').byline).toBe('산책하는곰');
  });

  it('falls back to <time datetime> and article:published_time', () => {
    expect(meta('<title>x</title>', '<time datetime="2024-05-01T10:00:00Z">1 May</time>').publishedTime).toBe('2024-05-01T10:00:00.000Z');
    expect(meta('<meta property="article:published_time" content="2023-01-02T03:04:05+00:00">').publishedTime).toBe(
      '2023-01-02T03:04:05.000Z',
    );
  });

  it('reads JSON-LD wrapped in CDATA', () => {
    const m = meta(
      `<meta property="og:title" content="If You Can Picture A Tarot Card"><script type="application/ld+json"><![CDATA[ [{"@type":"Article","headline":"The Deck of Cards That Made Tarot"}] ]]></script>`,
      '<article><h1>The Deck of Cards That Made Tarot</h1></article>',
    );
    expect(m.title).toBe('The Deck of Cards That Made Tarot');
  });

  it("does not take a blog's masthead h1 for the headline, naming the site by the host the page declares", () => {
    const page = jsdomPage(
      `<!doctype html><html><head><title>Silicon Exposed: Open Verilog flow for GreenPak4</title><meta property="og:title" content="Open Verilog flow for GreenPak4"><link rel="canonical" href="https://siliconexposed.blogspot.com/2016/05/flow.html"></head><body><h1>Silicon Exposed</h1></body></html>`,
      'http://saved.example/page.html',
    );
    close = page.close;
    expect(readMetadata(page.doc, 'http://saved.example/page.html', {}).title).toBe('Open Verilog flow for GreenPak4');
    expect(stripSiteName('Review: A quiet film', null, 'ledger.example')).toBe('Review: A quiet film');
  });

  it('keeps a headline whole when the visible h1 and a title source state it, even with the site name inside it', () => {
    const page = jsdomPage(
      `<!doctype html><html><head><title>The Ledger view on tolls: a bridge too far | Editorial | The Ledger</title><meta property="og:title" content="The Ledger view on tolls: a bridge too far"><meta property="og:site_name" content="The Ledger"></head><body><h1>The Ledger view on tolls: a bridge too far</h1></body></html>`,
      'https://ledger.example/view',
    );
    close = page.close;
    expect(readMetadata(page.doc, 'https://ledger.example/view', {}).title).toBe('The Ledger view on tolls: a bridge too far');
  });

  it('cuts a section or channel suffix that follows the visible headline, taking the spacing from the title source', () => {
    const h1 = (head: string, body: string) => {
      const page = jsdomPage(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`, 'https://paper.example/a');
      close();
      close = page.close;
      return readMetadata(page.doc, 'https://paper.example/a', {}).title;
    };
    expect(
      h1(
        '<meta property="og:title" content="नया पुल: 18 महीने में तैयार होगा - Samastipur News"><title>नया पुल: 18 महीने में तैयार होगा - Samastipur News - Paper</title>',
        '<h1>नया पुल:<br>18 महीने में तैयार होगा</h1>',
      ),
    ).toBe('नया पुल: 18 महीने में तैयार होगा');
    expect(
      h1(
        '<meta property="og:title" content="扫地机器人为什么越卖越便宜_智能_好问日报"><title>扫地机器人为什么越卖越便宜_智能_好问日报</title>',
        '<h1>扫地机器人为什么越卖越便宜</h1>',
      ),
    ).toBe('扫地机器人为什么越卖越便宜');
    // A tail as long as the h1 is not a suffix: the h1 may be a kicker above the real headline.
    expect(
      h1(
        '<meta property="og:title" content="Review: A quiet film about the loud sea"><title>Review: A quiet film about the loud sea</title>',
        '<h1>Review</h1>',
      ),
    ).toBe('Review: A quiet film about the loud sea');
  });

  describe('byline', () => {
    const byline = (head: string, body = '', url = 'https://www.coastline.example/news/a') => {
      close();
      const page = jsdomPage(`<!doctype html><html lang="en"><head>${head}</head><body>${body}</body></html>`, url);
      close = page.close;
      return readMetadata(page.doc, url, {});
    };

    it('is empty when only the publisher is named (an Organization author, the site name, the host)', () => {
      const ld = (author: string) =>
        `<meta property="og:site_name" content="Coastline News"><script type="application/ld+json">{"@type":"NewsArticle","author":${author}}</script>`;
      expect(byline(ld('{"@type":"NewsMediaOrganization","name":"BBC News"}')).byline).toBeNull();
      expect(
        byline('<meta property="og:site_name" content="Dainik Bhaskar"><meta name="author" content="Dainik Bhaskar">').byline,
      ).toBeNull();
      expect(
        byline('<meta name="author" content="The Yomiuri Shimbun">', '', 'https://japannews.yomiuri.co.jp/society/1').byline,
      ).toBeNull();
      // A person beside the publisher is the byline.
      expect(
        byline('<meta name="author" content="Analysis by Chris Lane, BBC Editor-at-large">', '', 'https://www.bbc.example/news/1').byline,
      ).toBe('Analysis by Chris Lane, BBC Editor-at-large');
      expect(byline(ld('[{"@type":"Person","name":"Ana Ruiz"},{"@type":"Organization","name":"Coastline News"}]')).byline).toBe('Ana Ruiz');
    });

    it('keeps a person whose own domain or subdomain is the site', () => {
      expect(byline('<meta name="author" content="Maren Holt">', '', 'https://fieldnotes.marenholt.net/post').byline).toBe('Maren Holt');
      expect(byline('<meta name="author" content="Maren Holt">', '', 'https://maren.substack.com/p/x').byline).toBe('Maren Holt');
    });

    it('reads a byline line the page shows without markup, before the story', () => {
      const story =
        '<p>The time ambulance crews spend waiting outside the hospital has fallen for the third month in a row, figures show.</p>';
      expect(
        byline(
          '',
          `<h1>Waits fall</h1><p><strong>By Tomas Lindqvist</strong>, Health Correspondent<br>Updated Thu, 21 Dec 2023</p>${story}`,
        ).byline,
      ).toBe('Tomas Lindqvist');
      expect(byline('', `<h1>Waits fall</h1><p>By Tomas Lindqvist | Updated Thu, 21 Dec 2023</p>${story}`).byline).toBe('Tomas Lindqvist');
      // Not a name: a lower-case phrase, a year, a line after the story has begun.
      expect(byline('', `<h1>Waits fall</h1><p>By the numbers</p>${story}`).byline).toBeNull();
      expect(byline('', `<h1>Waits fall</h1><p>By 2030</p>${story}`).byline).toBeNull();
      expect(byline('', `<h1>Waits fall</h1>${story}<p>By Tomas Lindqvist</p>`).byline).toBeNull();
    });
  });

  it('takes the date a page shows when its metadata states none: a <time> text, a date line under the headline', () => {
    expect(meta('', '<h1>x</h1><time>मंगलवार, 12 मार्च 2024</time>').publishedTime).toBe('2024-03-12T12:00:00.000Z');
    expect(meta('', '<h1>x</h1><div class="info">更新时间 2012年12月10日 14:32　来源：晚报</div>').publishedTime).toBe(
      '2012-12-10T12:00:00.000Z',
    );
    // A date inside a sentence of the story is not the page's date line.
    expect(
      meta(
        '',
        '<h1>x</h1><p>The council first met on 3 March 2021 to discuss the bridge, and again a year later when costs had doubled.</p>',
      ).publishedTime,
    ).toBeNull();
    // The metadata's own date wins.
    expect(
      meta('<meta property="article:published_time" content="2024-01-02T03:04:05Z">', '<h1>x</h1><time>5 March 2024</time>').publishedTime,
    ).toBe('2024-01-02T03:04:05.000Z');
  });
});
