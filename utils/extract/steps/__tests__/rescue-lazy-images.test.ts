import { afterEach, describe, expect, it } from 'vitest';
import { jsdomBody } from '../../__tests__/jsdom-page';
import { rescueLazyImages } from '../rescue-lazy-images';

let close = () => {};
afterEach(() => close());

function run(html: string) {
  const page = jsdomBody(html);
  close = page.close;
  rescueLazyImages(page.body, { url: 'https://news.example/a/story', doc: page.doc, byline: '' });
  return page.body;
}

describe('rescueLazyImages', () => {
  it('puts data-src over a placeholder, resolved to an absolute URL', () => {
    const body = run('<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="/img/flood.jpg" data-srcset="/img/flood-2x.jpg 2x">');
    const img = body.querySelector('img')!;
    expect(img.getAttribute('src')).toBe('https://news.example/img/flood.jpg');
    expect(img.getAttribute('srcset')).toBe('https://news.example/img/flood-2x.jpg 2x');
  });

  it('turns an AMP <amp-img> into an <img> with an absolute src and its alt', () => {
    const body = run(
      '<figure><amp-img src="/img/title.jpg" width="1200" height="675" layout="responsive" alt="Champions"></amp-img></figure>',
    );
    expect(body.querySelector('amp-img')).toBeNull();
    const img = body.querySelector('figure > img')!;
    expect(img.getAttribute('src')).toBe('https://news.example/img/title.jpg');
    expect(img.getAttribute('alt')).toBe('Champions');
  });

  it('uses data-lazy-src and keeps a real src', () => {
    const body = run('<img class="a" data-lazy-src="chart.png"><img class="b" src="real.png" data-src="other.png">');
    expect(body.querySelector('.a')!.getAttribute('src')).toBe('https://news.example/a/chart.png');
    expect(body.querySelector('.b')!.getAttribute('src')).toBe('https://news.example/a/real.png');
  });

  it('replaces a placeholder with its <noscript> fallback', () => {
    const body = run(
      '<figure><img src="/lazy-placeholder.gif"><noscript><img src="https://cdn.example/full.jpg" alt="Dam"></noscript></figure>',
    );
    const imgs = body.querySelectorAll('img');
    expect(imgs).toHaveLength(1);
    expect(imgs[0]!.getAttribute('src')).toBe('https://cdn.example/full.jpg');
    expect(body.querySelector('noscript')).toBeNull();
  });

  it('takes the first <picture> source when the <img> has none', () => {
    const body = run('<picture><source data-srcset="/p/wide.webp 1200w, /p/small.webp 600w"><img alt="x"></picture>');
    expect(body.querySelector('img')!.getAttribute('src')).toBe('https://news.example/p/wide.webp');
    expect(body.querySelector('source')!.getAttribute('srcset')).toBe(
      'https://news.example/p/wide.webp 1200w, https://news.example/p/small.webp 600w',
    );
  });
});
