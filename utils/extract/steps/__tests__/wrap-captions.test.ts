import { afterEach, describe, expect, it } from 'vitest';
import { jsdomBody } from '../../__tests__/jsdom-page';
import { wrapCaptions } from '../wrap-captions';

let close = () => {};
afterEach(() => close());

function run(html: string): HTMLElement {
  const page = jsdomBody(`<div id="root">${html}</div>`);
  close = page.close;
  const root = page.body.querySelector<HTMLElement>('#root')!;
  wrapCaptions(root, { url: 'https://news.example/', doc: page.doc, byline: '' });
  return root;
}

const captions = (root: Element) => Array.from(root.querySelectorAll('figure > figcaption')).map((c) => c.textContent!.trim());
const story = 'The harbour wall will be raised by a metre before winter, the council said on Tuesday.';

describe('wrapCaptions', () => {
  it('puts a picture and the short paragraph after it into a figure, stepping over a credit line', () => {
    const root = run(`
      <p>${story}</p>
      <p><img src="a.jpg"></p><p><em>The wall at high tide, seen from the pier.</em></p>
      <div class="pic"><img src="b.jpg"></div><p>Image copyright Harbour Board</p><p>Workers on the new slipway</p>
      <p>${story}</p>`);
    expect(captions(root)).toEqual(['The wall at high tide, seen from the pier.', 'Workers on the new slipway']);
    // The picture moved into the figure; the credit stays beside it for remove-credits; no text was lost.
    expect(root.querySelector('figure > p > img[src="a.jpg"]')).not.toBeNull();
    expect(root.querySelectorAll('figure')[1]!.nextElementSibling!.textContent).toBe('Image copyright Harbour Board');
  });

  it('takes an element named for a caption, and turns one inside a figure without a figcaption into it', () => {
    const root = run(`
      <div class="story-image"><img src="a.jpg"><div class="story-image__caption">A queue of lorries. It grew all day.</div></div>
      <figure><img src="b.jpg"><span class="caption">Pupils at the gate</span></figure>
      <figure><img src="c.jpg"><figcaption>The pier</figcaption><span class="caption-extra">Second line</span></figure>`);
    expect(captions(root)).toEqual(['A queue of lorries. It grew all day.', 'Pupils at the gate', 'The pier']);
    expect(root.querySelectorAll('figure')).toHaveLength(3);
  });

  it('leaves story paragraphs, subheadings, credits and link lines after a picture as they are', () => {
    const root = run(`
      <p><img src="a.jpg"></p><p>${story}</p>
      <p><img src="b.jpg"></p><p><strong>What happens next</strong></p>
      <p><img src="c.jpg"></p><p>Источник: пресс-служба мэрии</p>
      <p><img src="d.jpg"></p><p><a href="/other">Read the council's full plan</a></p>
      <p>A paragraph with no picture before it and no stop</p>`);
    expect(root.querySelector('figure')).toBeNull();
    expect(root.querySelectorAll('p')).toHaveLength(9);
  });
});
