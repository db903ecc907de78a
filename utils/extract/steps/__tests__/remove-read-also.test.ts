import { afterEach, describe, expect, it } from 'vitest';
import { jsdomBody } from '../../__tests__/jsdom-page';
import { removeReadAlso } from '../remove-read-also';

let close = () => {};
afterEach(() => close());

function run(html: string) {
  const page = jsdomBody(`<div id="root">${html}</div>`);
  close = page.close;
  const root = page.body.querySelector('#root')!;
  removeReadAlso(root, { url: 'https://news.example/', doc: page.doc, byline: '' });
  return root.textContent!.replace(/\s+/g, ' ');
}

const story = '<p>The story goes on with enough words to be a real paragraph of the article.</p>';

describe('removeReadAlso', () => {
  it.each([
    ['en', '<p><strong>Also Read:</strong> <a href="/x">Coalition talks stall again</a></p>', 'Coalition talks stall'],
    ['hi', '<p><strong>ये भी पढ़ें -</strong> <a href="/x">यूपी में गठबंधन पर संकट</a></p>', 'गठबंधन'],
    ['ar', '<p>اقرأ أيضا: <a href="/x">أسعار المياه ترتفع</a></p>', 'أسعار المياه'],
    ['ja', '<p>関連記事：<a href="/x">コメ価格が上昇</a></p>', 'コメ価格'],
    ['fr', '<p><span>Lire aussi</span><a href="/x">Le tramway T10 ouvrira en 2026</a></p>', 'tramway'],
    ['ru', '<p>Читайте также: <a href="/x">Мост через Волгу</a></p>', 'Мост'],
  ])('removes an inline teaser (%s)', (_lang, teaser, gone) => {
    const text = run(story + teaser + story);
    expect(text).not.toContain(gone);
    expect(text).toContain('real paragraph');
  });

  it('removes a bare label and the link list after it', () => {
    const text = run(
      `${story}<h3>You may also like</h3><ul><li><a href="/a">First teaser</a></li><li><a href="/b">Second teaser</a></li></ul><p>Closing line of the story, not a link.</p>`,
    );
    expect(text).not.toContain('You may also like');
    expect(text).not.toContain('Second teaser');
    expect(text).toContain('Closing line of the story');
  });

  it('keeps story sentences that merely begin with the same words', () => {
    const text = run(
      '<p>Related research from 2019 found the same effect in mice, the authors said.</p><p>Read more carefully, the report says little.</p>',
    );
    expect(text).toContain('Related research from 2019');
    expect(text).toContain('Read more carefully');
  });

  it('removes a short title naming a box of links ("More Great WIRED Stories") with its links', () => {
    const text = run(
      `${story}<p>More Great WIRED Stories</p><ul><li>YouTubers must unionize, <a href="/a">no matter what Google says</a></li><li><a href="/b">Could an astronaut use gravity</a></li></ul><p>More stories will follow next week, the editors said in a note.</p>`,
    );
    expect(text).not.toContain('More Great WIRED');
    expect(text).not.toContain('astronaut');
    expect(text).toContain('More stories will follow next week');
  });

  it("removes a paragraph that is only a headline link to the same site's other story, not a source on another site", () => {
    const text = run(
      `${story}<p><strong><a href="https://news.example/entertainment/swift-cleared-to-perform">TAYLOR SWIFT CLEARED TO PERFORM HITS AT AMAS</a></strong></p>${story}<p><a href="https://court.example/ruling.pdf">Read the full ruling of the appeals court</a></p><p><a href="/about">About</a></p>`,
    );
    expect(text).not.toContain('TAYLOR SWIFT');
    expect(text).toContain('full ruling');
    expect(text).toContain('About');
  });
});
