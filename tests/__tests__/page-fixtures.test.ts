/**
 * The fixture checks themselves (tests/page-fixtures.ts) must be able to fail: a leak checker that
 * never reports a leak would turn every page fixture green. Each case feeds a hand-made result or
 * page to a check and expects the exact complaint a developer would need to read.
 */
import { describe, expect, it } from 'vitest';
import type { Article, ExtractResult, SanitizedHtml } from '@/utils/extract';
import { articleProblems, fold, openPage, snippetProblems, validateExpected, type ExpectedPage } from '../page-fixtures';

const expected: ExpectedPage = {
  url: 'https://news.example/a',
  ok: true,
  title: 'लोकसभा चुनाव 2024 | बीजेपी सिर्फ जीत नहीं रही है',
  byline: 'Tom Pryce and Aisha Rahman',
  siteName: 'News Example',
  publishedTime: '2024-03-12T09:15:00+05:30',
  lang: 'hi',
  dir: 'ltr',
  mustContain: ['पहला अनुच्छेद', 'Second paragraph'],
  mustNotContain: ['Also Read:', 'विज्ञापन'],
  notes: 'test',
};

/** An article that matches `expected` exactly; each case spoils one field. */
function article(overrides: Partial<Article> = {}): ExtractResult {
  return {
    ok: true,
    value: {
      article: {
        title: 'लोकसभा चुनाव 2024 | बीजेपी सिर्फ जीत नहीं रही है',
        byline: 'Tom Pryce, Aisha Rahman',
        siteName: 'News Example',
        publishedTime: '2024-03-12T03:45:00.000Z',
        lang: 'hi-IN',
        dir: 'ltr',
        excerpt: null,
        leadImage: null,
        html: '' as SanitizedHtml,
        text: 'पहला   अनुच्छेद\nSecond paragraph',
        wordCount: 4,
        readingMinutes: 1,
        url: expected.url,
        canonicalUrl: expected.url,
        ...overrides,
      },
      removed: { blocks: [], steps: [], guard: [] },
    },
  };
}

describe('articleProblems', () => {
  it('accepts an article that matches (same instant in another offset, lang subtag, byline joined differently)', () => {
    expect(articleProblems(expected, article())).toEqual([]);
  });

  it('names each leaked widget snippet and each missing story snippet', () => {
    const problems = articleProblems(expected, article({ text: 'पहला अनुच्छेद\nAlso Read: something\nविज्ञापन' }));
    expect(problems).toEqual([
      'missing story text: "Second paragraph"',
      'leaked widget text: "Also Read:"',
      'leaked widget text: "विज्ञापन"',
    ]);
  });

  it('reports a title cut at the pipe, another byline, site, instant, language and direction', () => {
    const problems = articleProblems(
      expected,
      article({
        title: 'बीजेपी सिर्फ जीत नहीं रही है',
        byline: 'Tom Pryce',
        siteName: null,
        publishedTime: '2024-03-12T09:15:00.000Z',
        lang: 'ne',
        dir: 'rtl',
      }),
    );
    expect(problems).toEqual([
      'title: expected "लोकसभा चुनाव 2024 | बीजेपी सिर्फ जीत नहीं रही है", got "बीजेपी सिर्फ जीत नहीं रही है"',
      'byline: expected "Tom Pryce and Aisha Rahman", got "Tom Pryce"',
      'siteName: expected "News Example", got null',
      'publishedTime: expected "2024-03-12T09:15:00+05:30", got "2024-03-12T09:15:00.000Z"',
      'lang: expected "hi", got "ne"',
      'dir: expected "ltr", got "rtl"',
    ]);
  });

  it('checks story images by absolute src or srcset and videos by a link holding their id', () => {
    const media = { ...expected, images: ['https://cdn.example/a.jpg', 'https://cdn.example/b-600.jpg'], videos: ['Xq9f2vD4kLs'] };
    const good =
      '<figure><img src="https://cdn.example/a.jpg"><img srcset="https://cdn.example/b-300.jpg 300w, https://cdn.example/b-600.jpg 600w"></figure><p><a href="https://www.youtube.com/watch?v=Xq9f2vD4kLs">Video</a></p>';
    expect(articleProblems(media, article({ html: good as SanitizedHtml }))).toEqual([]);
    const lazy =
      '<img src="data:image/gif;base64,R0lGOD" data-src="/a.jpg"><iframe data-src="https://www.youtube.com/embed/Xq9f2vD4kLs"></iframe>';
    expect(articleProblems(media, article({ html: lazy as SanitizedHtml }))).toEqual([
      'missing image: "https://cdn.example/a.jpg"',
      'missing image: "https://cdn.example/b-600.jpg"',
      'missing video link: "Xq9f2vD4kLs"',
    ]);
  });

  it('wants a failure with the right reason for a page that is not an article', () => {
    const notArticle: ExpectedPage = {
      url: expected.url,
      ok: false,
      reason: 'not-article',
      mustContain: [],
      mustNotContain: [],
      notes: 'list page',
    };
    expect(articleProblems(notArticle, { ok: false, error: 'not-article', message: 'x' })).toEqual([]);
    expect(articleProblems(notArticle, article())[0]).toMatch(/^expected no article \(not-article\)/);
    expect(articleProblems(notArticle, { ok: false, error: 'too-large', message: 'x' })).toEqual([
      'reason: expected "not-article", got "too-large" (x)',
    ]);
    expect(articleProblems(expected, { ok: false, error: 'not-article', message: 'short' })).toEqual([
      'expected an article, got failure "not-article": short',
    ]);
  });
});

describe('snippetProblems', () => {
  const html =
    '<html><body><nav>Home · Also Read: Other story</nav><p>पहला अनुच्छेद है।</p><p>Second paragraph here.</p><div>विज्ञापन</div></body></html>';

  it('accepts snippets that are on the page and apart', () => {
    const { doc, close } = openPage(html, expected.url);
    expect(snippetProblems(expected, doc)).toEqual([]);
    close();
  });

  it('catches a snippet that is not on the page, and widget text inside a story block', () => {
    const { doc, close } = openPage(html, expected.url);
    const typo = { ...expected, mustContain: ['पहला अनुच्छेद', 'Second paragraf'], mustNotContain: ['Also Read:', 'here.'] };
    expect(snippetProblems(typo, doc)).toEqual(['mustContain snippet is not on the page: "Second paragraf"']);
    const overlap = { ...expected, mustContain: ['पहला अनुच्छेद', 'Second paragraph'], mustNotContain: ['here.'] };
    expect(snippetProblems(overlap, doc)).toEqual(['widget snippet "here." occurs in the story block holding "Second paragraph"']);
    close();
  });
});

describe('fixture format', () => {
  it('folds whitespace and normalizes to NFC', () => {
    expect(fold(' a\u00a0\n b ')).toBe('a b');
    expect(fold('क\u093c')).toBe(fold('\u0958'.normalize('NFC')));
  });

  it('rejects malformed expectations', () => {
    const valid = { ...expected, mustContain: ['a', 'b', 'c', 'd', 'e'], mustNotContain: ['x', 'y', 'z'] };
    expect(validateExpected(valid)).toEqual([]);
    expect(validateExpected({ url: 'x', ok: true })).toContain('url must be an http(s) URL');
    expect(validateExpected({ ...valid, dir: 'up' })).toEqual(['dir must be "ltr" or "rtl"']);
    expect(validateExpected(expected)).toEqual([
      'an article needs at least 5 mustContain snippets',
      'an article needs at least 3 mustNotContain snippets',
    ]);
  });
});
