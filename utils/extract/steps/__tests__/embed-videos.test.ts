import { afterEach, describe, expect, it } from 'vitest';
import { jsdomBody } from '../../__tests__/jsdom-page';
import { embedVideos, videoFor } from '../embed-videos';

let close = () => {};
afterEach(() => close());

describe('embedVideos', () => {
  it('turns a YouTube player into a link card with a thumbnail and the player title', () => {
    const page = jsdomBody('<p>Before.</p><iframe src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?rel=0" title="Flood wall explained"></iframe>');
    close = page.close;
    embedVideos(page.body, { url: 'https://news.example/', doc: page.doc, byline: '' });
    expect(page.body.querySelector('iframe')).toBeNull();
    const link = page.body.querySelector('a')!;
    expect(link.getAttribute('href')).toBe('https://www.youtube.com/watch?v=dQw4w9WgXcQ');
    expect(link.querySelector('img')!.getAttribute('src')).toBe('https://i.ytimg.com/vi/dQw4w9WgXcQ/hqdefault.jpg');
    expect(link.textContent).toBe('Flood wall explained');
  });

  it('links Vimeo (no thumbnail without an API call) and leaves unknown iframes alone', () => {
    const page = jsdomBody('<iframe src="https://player.vimeo.com/video/76979871"></iframe><iframe src="https://maps.example/embed"></iframe>');
    close = page.close;
    embedVideos(page.body, { url: 'https://news.example/', doc: page.doc, byline: '' });
    expect(page.body.querySelector('a')!.getAttribute('href')).toBe('https://vimeo.com/76979871');
    expect(page.body.querySelector('a')!.textContent).toBe('vimeo.com');
    expect(page.body.querySelectorAll('iframe')).toHaveLength(1);
  });

  it('recognises watch addresses only on video hosts', () => {
    expect(videoFor('https://youtu.be/abcdefghijk')?.href).toBe('https://www.youtube.com/watch?v=abcdefghijk');
    expect(videoFor('https://evil.example/embed/abcdefghijk')).toBeNull();
  });
});
