import { afterEach, describe, expect, it } from 'vitest';
import { canonicalUrl } from '../canonical';
import { jsdomPage } from './jsdom-page';

let close = () => {};
afterEach(() => close());

function docWith(head: string): Document {
  const page = jsdomPage(`<!doctype html><html><head>${head}</head><body><p>Story.</p></body></html>`);
  close = page.close;
  return page.doc;
}

describe('canonicalUrl', () => {
  it('takes the canonical link, else og:url, resolved against the page', () => {
    expect(canonicalUrl(docWith('<link rel="canonical" href="/story/42">'), 'https://news.example/amp/story/42')).toBe(
      'https://news.example/story/42',
    );
    expect(canonicalUrl(docWith('<meta property="og:url" content="https://news.example/s/7">'), 'https://m.news.example/s/7')).toBe(
      'https://news.example/s/7',
    );
  });

  it('drops what only tracks the visit and the fragment, and keeps what names the page', () => {
    const url = 'https://news.example/story?id=42&utm_source=twitter&utm_medium=social&fbclid=abc&gclid=x#comments';
    expect(canonicalUrl(docWith(''), url)).toBe('https://news.example/story?id=42');
    expect(canonicalUrl(docWith('<link rel="canonical" href="https://news.example/story?id=42&utm_campaign=feed">'), url)).toBe(
      'https://news.example/story?id=42',
    );
  });

  it('ignores a canonical link that is not a web address, and a page URL that is not a URL', () => {
    expect(canonicalUrl(docWith('<link rel="canonical" href="javascript:alert(1)">'), 'https://news.example/a?utm_source=x')).toBe(
      'https://news.example/a',
    );
    expect(canonicalUrl(docWith('<link rel="canonical" href="http://[bad">'), 'https://news.example/a')).toBe('https://news.example/a');
    expect(canonicalUrl(docWith(''), 'not a url')).toBe('not a url');
  });
});
