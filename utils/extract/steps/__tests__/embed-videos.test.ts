import { afterEach, describe, expect, it } from 'vitest';
import { jsdomBody } from '../../__tests__/jsdom-page';
import { embedVideos, videoFor } from '../embed-videos';

let close = () => {};
afterEach(() => close());

describe('embedVideos', () => {
  it('turns a YouTube player into a link card with a thumbnail and the player title', () => {
    const page = jsdomBody(
      '<p>Before.</p><iframe src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?rel=0" title="Flood wall explained"></iframe>',
    );
    close = page.close;
    embedVideos(page.body, { url: 'https://news.example/', doc: page.doc, byline: '' });
    expect(page.body.querySelector('iframe')).toBeNull();
    const link = page.body.querySelector('a')!;
    expect(link.getAttribute('href')).toBe('https://www.youtube.com/watch?v=dQw4w9WgXcQ');
    expect(link.querySelector('img')!.getAttribute('src')).toBe('https://i.ytimg.com/vi/dQw4w9WgXcQ/hqdefault.jpg');
    expect(link.textContent).toBe('Flood wall explained');
  });

  it('links Vimeo (no thumbnail without an API call) and leaves unknown iframes alone', () => {
    const page = jsdomBody(
      '<iframe src="https://player.vimeo.com/video/76979871"></iframe><iframe src="https://maps.example/embed"></iframe>',
    );
    close = page.close;
    embedVideos(page.body, { url: 'https://news.example/', doc: page.doc, byline: '' });
    expect(page.body.querySelector('a')!.getAttribute('href')).toBe('https://vimeo.com/76979871');
    expect(page.body.querySelector('a')!.textContent).toBe('vimeo.com');
    expect(page.body.querySelectorAll('iframe')).toHaveLength(1);
  });

  it('takes the address from data-src when a lazy player parks about:blank in src, and reads AMP players by id', () => {
    const page = jsdomBody(
      '<iframe src="about:blank" data-src="https://www.youtube.com/embed/Xq9f2vD4kLs"></iframe><amp-youtube data-videoid="Wd7aS3kQp0E"></amp-youtube><amp-vimeo data-videoid="931245678"></amp-vimeo>',
    );
    close = page.close;
    embedVideos(page.body, { url: 'https://news.example/', doc: page.doc, byline: '' });
    expect([...page.body.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual([
      'https://www.youtube.com/watch?v=Xq9f2vD4kLs',
      'https://www.youtube.com/watch?v=Wd7aS3kQp0E',
      'https://vimeo.com/931245678',
    ]);
  });

  it('recognises watch addresses only on video hosts', () => {
    expect(videoFor('https://youtu.be/abcdefghijk')?.href).toBe('https://www.youtube.com/watch?v=abcdefghijk');
    expect(videoFor('https://evil.example/embed/abcdefghijk')).toBeNull();
  });

  it('replaces the player with its text-free wrappers, keeping a caption beside them', () => {
    const page = jsdomBody(
      '<div class="kg-card kg-embed-card"><iframe src="https://www.youtube.com/embed/Xq9f2vD4kLs" title="WAL mode"></iframe></div><figure class="wp-block-embed"><div class="wp-block-embed__wrapper"><iframe src="https://player.vimeo.com/video/931245678"></iframe></div><figcaption>A fly-through of the design.</figcaption></figure>',
    );
    close = page.close;
    embedVideos(page.body, { url: 'https://news.example/', doc: page.doc, byline: '' });
    expect(page.body.querySelector('.kg-card, .wp-block-embed__wrapper')).toBeNull();
    expect(page.body.querySelector('body > figure.broadsheet-video a')!.getAttribute('href')).toBe(
      'https://www.youtube.com/watch?v=Xq9f2vD4kLs',
    );
    expect(page.body.querySelector('figure.wp-block-embed > figure.broadsheet-video + figcaption')).not.toBeNull();
  });
});
