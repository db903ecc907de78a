import { afterEach, describe, expect, it } from 'vitest';
import { extractArticle } from '../index';
import { workingCopy } from '../working-copy';
import { jsdomPage } from './jsdom-page';

let close = () => {};
afterEach(() => close());

const story = Array.from(
  { length: 6 },
  (_, i) => `<p>Paragraph ${i + 1} of the inquiry story says what the review will look at and who will sit on its panel.</p>`,
).join('');
// A broken doctype (seen on a real news page): the HTML parser keeps its name, jsdom's cloneNode refuses it.
const page = `<!DOCTYPE htm="http://cdn.example/x.js"><html><head><script src="http://cdn.example/y.js"></script></head><body><div id="story">${story}</div></body></html>`;

describe('workingCopy', () => {
  it('copies a page whose doctype a DOM library will not clone, leaving the page as it was', () => {
    const { doc, close: done } = jsdomPage(page);
    close = done;
    expect(() => doc.cloneNode(true)).toThrow();
    const before = doc.documentElement.outerHTML;
    const copy = workingCopy(doc);
    expect('ok' in copy).toBe(false);
    expect((copy as Document).querySelectorAll('#story p')).toHaveLength(6);
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('so the article is read, not refused', () => {
    const { doc, close: done } = jsdomPage(page);
    close = done;
    const result = extractArticle(doc, 'https://news.example/inquiry');
    expect(result.ok && result.value.article.text).toContain('Paragraph 6 of the inquiry story');
  });
});
