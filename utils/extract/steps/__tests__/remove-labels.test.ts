import { afterEach, describe, expect, it } from 'vitest';
import { jsdomBody } from '../../__tests__/jsdom-page';
import { removeLabels } from '../remove-labels';

let close = () => {};
afterEach(() => close());

describe('removeLabels', () => {
  it('removes blocks that are only an ad or widget label, in any language', () => {
    const page = jsdomBody(
      `<div id="root"><p>Story.</p><p>Advertisement</p><div>विज्ञापन</div><p>— إعلان —</p><p>広告</p><p>Реклама</p><p>ANZEIGE</p><p>REKLAM</p><p>Share</p><p>|</p><div><span>ADVERTISEMENT</span><span>SCROLL TO CONTINUE WITH CONTENT</span></div><p>728x90</p><p>آخر تحديث: 12:30</p><p>字号：大 中 小</p><p>Comments: the mayor replied within a day.</p><p>Advertising revenue fell by a third.</p></div>`,
    );
    close = page.close;
    const root = page.body.querySelector('#root')!;
    removeLabels(root, { url: 'https://news.example/', doc: page.doc, byline: '' });
    const blocks = Array.from(root.children).map((el) => el.textContent);
    expect(blocks).toEqual(['Story.', 'Comments: the mayor replied within a day.', 'Advertising revenue fell by a third.']);
  });

  it('drops label pieces of a meta line, counters, and a label with its own call to act', () => {
    const page = jsdomBody(
      `<div id="root"><div><span>منى عبد الرحمن</span> | <span>آخر تحديث: الثلاثاء 5 مارس 2024 - 4:05 م</span></div><div><span>ณัฐวุฒิ ศรีสุข</span> <span>อ่าน 15,402 ครั้ง</span></div><div><label>Auto Refresh</label> <span>नवीनतम अपडेट के लिए पेज रिफ्रेश करें</span></div><p><span>Comments</span> <span>were closed after the mayor replied.</span></p></div>`,
    );
    close = page.close;
    const root = page.body.querySelector('#root')!;
    removeLabels(root, { url: 'https://news.example/', doc: page.doc, byline: '' });
    const blocks = Array.from(root.children).map((el) => el.textContent!.replace(/\s+/g, ' ').trim());
    expect(blocks).toEqual(['منى عبد الرحمن |', 'ณัฐวุฒิ ศรีสุข', 'Comments were closed after the mayor replied.']);
  });

  it('drops the role left in an author box, not a short line elsewhere', () => {
    const page = jsdomBody(`<div id="root"><div class="avatar"><p><small>Maintainer</small></p></div><p>Debounce it.</p></div>`);
    close = page.close;
    const root = page.body.querySelector('#root')!;
    removeLabels(root, { url: 'https://news.example/', doc: page.doc, byline: '' });
    expect(root.textContent!.trim()).toBe('Debounce it.');
  });

  it('removes the box a comment heading opens, in any language, and only a small box', () => {
    const story = '<p>' + 'The fifth Test starts on 7 March in Dharamsala, and the squad travels on Monday. '.repeat(6) + '</p>';
    const page = jsdomBody(
      `<div id="root">${story}<div class="cmntbox"><p>आपकी प्रतिक्रिया</p><p><b>राहुल वर्मा:</b> जुरेल में धोनी की झलक दिखती है।</p></div><div><h3>Comments</h3><p>Nice piece.</p></div><div><p>Closing line of the story.</p><p>Comments</p></div></div>`,
    );
    close = page.close;
    const root = page.body.querySelector('#root')!;
    removeLabels(root, { url: 'https://news.example/', doc: page.doc, byline: '' });
    const text = root.textContent!;
    for (const gone of ['आपकी प्रतिक्रिया', 'धोनी की झलक', 'Nice piece', 'Comments']) expect(text).not.toContain(gone);
    expect(text).toContain('Closing line of the story.');
    expect(text).toContain('The fifth Test');
  });

  it('removes an image whose file is named only for an ad, with the link and paragraph that held only it', () => {
    const page = jsdomBody(
      `<div id="root"><p>Story.</p><p><a href="https://ads.example/c"><img src="/banners/advertisement.gif"></a></p><div><img src="ad_300x250.png?x=1"></div><p><img src="/2024/06/adriatic-coast.jpg"></p><p>Text <img src="ads.gif"></p></div>`,
    );
    close = page.close;
    const root = page.body.querySelector('#root')!;
    removeLabels(root, { url: 'https://news.example/', doc: page.doc, byline: '' });
    expect(Array.from(root.children).map((el) => el.outerHTML)).toEqual([
      '<p>Story.</p>',
      '<p><img src="/2024/06/adriatic-coast.jpg"></p>',
      '<p>Text </p>',
    ]);
  });
});
