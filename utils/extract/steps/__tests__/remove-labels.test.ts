import { afterEach, describe, expect, it } from 'vitest';
import { jsdomBody } from '../../__tests__/jsdom-page';
import { removeLabels } from '../remove-labels';

let close = () => {};
afterEach(() => close());

describe('removeLabels', () => {
  it('removes blocks that are only an ad or widget label, in any language', () => {
    const page = jsdomBody(`<div id="root"><p>Story.</p><p>Advertisement</p><div>विज्ञापन</div><p>— إعلان —</p><p>広告</p><p>Реклама</p><p>ANZEIGE</p><p>REKLAM</p><p>Share</p><p>|</p><div><span>ADVERTISEMENT</span><span>SCROLL TO CONTINUE WITH CONTENT</span></div><p>728x90</p><p>آخر تحديث: 12:30</p><p>字号：大 中 小</p><p>Comments: the mayor replied within a day.</p><p>Advertising revenue fell by a third.</p></div>`);
    close = page.close;
    const root = page.body.querySelector('#root')!;
    removeLabels(root, { url: 'https://news.example/', doc: page.doc, byline: '' });
    const blocks = Array.from(root.children).map((el) => el.textContent);
    expect(blocks).toEqual(['Story.', 'Comments: the mayor replied within a day.', 'Advertising revenue fell by a third.']);
  });
});
