import { afterEach, describe, expect, it } from 'vitest';
import { jsdomBody } from '../../__tests__/jsdom-page';
import { removeTitleRepeat } from '../remove-title-repeat';

let close = () => {};
afterEach(() => close());

function run(html: string, title: string) {
  const page = jsdomBody(`<div id="root">${html}</div>`);
  close = page.close;
  const root = page.body.querySelector('#root')!;
  removeTitleRepeat(root, { url: 'https://news.example/', doc: page.doc, byline: '', title });
  return [...root.querySelectorAll('h1, h2, h3, p')].map((el) => el.textContent!.trim());
}

describe('removeTitleRepeat', () => {
  it.each([
    ['Japanese', '北陸新幹線、敦賀から新大阪への延伸ルートで地元説明会', '北陸新幹線、敦賀から新大阪への延伸ルートで地元説明会'],
    ['Chinese', '长江流域启动今冬首轮生态补水 下游湖泊水位回升', '长江流域启动今冬首轮生态补水　下游湖泊水位回升'],
    ['Hindi', 'विधानसभा चुनाव: गठबंधन में सीटों पर सहमति', 'विधानसभा चुनाव : गठबंधन में सीटों पर सहमति'],
    ['Hebrew', 'הרכבת הקלה לחיפה: הקו הראשון ייפתח לנוסעים באביב', 'הרכבת הקלה לחיפה – הקו הראשון ייפתח לנוסעים באביב'],
    ['English', 'Harbour bridge closure splits the town in two', 'Harbour Bridge Closure Splits The Town In Two.'],
  ])('drops the %s headline repeated as the first heading (spacing, punctuation and case aside)', (_script, title, heading) => {
    expect(run(`<h2>${heading}</h2><p>The story's first paragraph.</p>`, title)).toEqual(["The story's first paragraph."]);
  });

  it('looks past a lead figure to the first heading', () => {
    const blocks = run(
      `<figure><img src="https://news.example/a.jpg"><figcaption>Caption</figcaption></figure><h1>लोकसभा चुनाव 2024</h1><p>पहला पैराग्राफ।</p>`,
      'लोकसभा चुनाव 2024',
    );
    expect(blocks).toEqual(['पहला पैराग्राफ।']);
  });

  it('keeps a first heading that is not the title, a later repeat, and a paragraph that repeats it', () => {
    expect(run(`<h2>Seven phases of voting</h2><p>Body.</p>`, 'Alliance agrees on seats')).toEqual(['Seven phases of voting', 'Body.']);
    expect(run(`<p>Body first.</p><h2>Alliance agrees on seats</h2>`, 'Alliance agrees on seats')).toEqual([
      'Body first.',
      'Alliance agrees on seats',
    ]);
    expect(run(`<p>Alliance agrees on seats</p><p>Body.</p>`, 'Alliance agrees on seats')).toEqual(['Alliance agrees on seats', 'Body.']);
  });

  it('keeps a heading that only shares a part of a longer title', () => {
    expect(run(`<h2>Alliance agrees</h2><p>Body.</p>`, 'Alliance agrees on seats after long talks')).toEqual(['Alliance agrees', 'Body.']);
  });

  it('does nothing without a title', () => {
    expect(run(`<h2>Heading</h2><p>Body.</p>`, '')).toEqual(['Heading', 'Body.']);
  });
});
