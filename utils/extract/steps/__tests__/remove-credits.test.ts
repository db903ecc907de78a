import { afterEach, describe, expect, it } from 'vitest';
import { jsdomBody } from '../../__tests__/jsdom-page';
import { removeCredits } from '../remove-credits';

let close = () => {};
afterEach(() => close());

function run(html: string): HTMLElement {
  const page = jsdomBody(`<div id="root">${html}</div>`);
  close = page.close;
  const root = page.body.querySelector<HTMLElement>('#root')!;
  removeCredits(root, { url: 'https://news.example/', doc: page.doc, byline: '' });
  return root;
}

const text = (el: Element) => el.textContent!.replace(/\s+/g, ' ').trim();

describe('removeCredits', () => {
  it('removes the credit beside a caption and keeps the caption', () => {
    const root = run(`
      <figure><img src="a.jpg"><figcaption>Burning crop stubble sends smoke into the city.</figcaption><cite>Sakib Ali/Hindustan Times/Getty Images</cite></figure>
      <figure><img src="b.jpg"><figcaption><p>A duvet on a dresser.</p><small>Getty</small></figcaption></figure>
      <figure><img src="c.jpg"><figcaption><span>Stock fell after the report.</span> <span>Photograph by Robyn Beck/AFP/Getty Images</span></figcaption></figure>
      <figure><img src="d.jpg"><figcaption><span>The president at the White House.</span><span><span>Credit...</span>Anna Moneymaker/The New York Times</span></figcaption></figure>
      <div class="photo"><img src="e.jpg"><span class="newsCaption">Protesters wore masks <span class="caption">(Image: GETTY )</span></span></div>
      <figure><img src="f.jpg"><span><span>Image copyright</span> <span class="story-image-copyright">EPA</span></span><figcaption><span>Image caption</span> The prosecutor spoke to reporters.</figcaption></figure>
      <figure><div><p><img src="v.jpg"></p><p>Media playback is unsupported on your device</p></div><figcaption><span>Media caption</span>Who is Julian Assange?</figcaption></figure>
      <figure><img src="g.jpg"><figcaption>A habitation module for a crewed Mars mission. Credit: ESA</figcaption></figure>
      <figure><img src="h.jpg"><figcaption><span>© John Brecher</span> A nurse gives a flu shot.</figcaption></figure>
      <p>The story goes on.</p>`);
    expect(text(root)).toBe(
      'Burning crop stubble sends smoke into the city. A duvet on a dresser. Stock fell after the report. The president at the White House. Protesters wore masks The prosecutor spoke to reporters. Who is Julian Assange? A habitation module for a crewed Mars mission. A nurse gives a flu shot. The story goes on.',
    );
    expect(root.querySelectorAll('img')).toHaveLength(9);
  });

  it('removes gallery counters and a caption repeated under three pictures, not a caption used twice', () => {
    const root = run(`
      <figure><img src="a.jpg"><figcaption>1of4Shoppers look at extension cords.</figcaption></figure>
      <figure><img src="b.jpg"><span>4</span><figcaption>A shopper at the hardware store.</figcaption></figure>
      ${'<div class="wp-caption"><img src="x.jpg"><p class="wp-caption-text">2018 Festival performance</p></div>'.repeat(3)}
      ${'<figure><img src="y.jpg"><figcaption>The old harbour wall</figcaption></figure>'.repeat(2)}`);
    expect(text(root)).toBe('Shoppers look at extension cords. A shopper at the hardware store. The old harbour wallThe old harbour wall');
  });

  it('leaves story text alone: credit words in paragraphs, a caption that is mostly the label, tables in figures, a credit that is all a picture says', () => {
    const root = run(`
      <figure><img src="z.jpg"><figcaption><span><span>Credit</span>Kevin Frayer/Getty Images</span></figcaption></figure>
      <p>Photo: the mayor's office released a statement on Tuesday.</p>
      <p class="lead">Credit card debt rose by a fifth.</p>
      <figure><table><tr><td>4</td><td>Source: census</td></tr></table></figure>
      <figure><img src="a.jpg"><figcaption>The pier at dawn, Credit: a local</figcaption></figure>`);
    expect(text(root)).toBe(
      "CreditKevin Frayer/Getty Images Photo: the mayor's office released a statement on Tuesday. Credit card debt rose by a fifth. 4Source: census The pier at dawn,",
    );
  });

  it('removes a credit set as a paragraph of its own beside a picture or figure, not a sentence or a credit elsewhere', () => {
    const root = run(`
      <p><img src="a.jpg"></p><p>Image copyright Pennard Ferry Company</p>
      <figure><img src="b.jpg"><figcaption>Так выглядел берег</figcaption></figure><p>Источник: архив редакции</p>
      <p>Фото: Артём Лаптев</p><p><img src="c.jpg"></p>
      <p><img src="d.jpg"></p><p>Photo: the mayor's office released a statement on Tuesday.</p>
      <p>Source: Office for National Statistics</p>
      <h2>Gallery</h2><p><img src="f.jpg"></p><p>Images</p>
      <ul><li><img src="e.jpg"></li><li>Источник: Россия может разместить ракеты</li></ul>`);
    expect(text(root)).toBe(
      "Так выглядел берег Photo: the mayor's office released a statement on Tuesday. Source: Office for National Statistics GalleryImages Источник: Россия может разместить ракеты",
    );
    expect(root.querySelectorAll('img')).toHaveLength(6);
  });
});
