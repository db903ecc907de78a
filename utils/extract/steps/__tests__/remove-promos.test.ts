import { afterEach, describe, expect, it } from 'vitest';
import { jsdomBody } from '../../__tests__/jsdom-page';
import { removePromos } from '../remove-promos';

let close = () => {};
afterEach(() => close());

function run(html: string) {
  const page = jsdomBody(`<div id="root">${html}</div>`);
  close = page.close;
  const root = page.body.querySelector('#root')!;
  removePromos(root, { url: 'https://news.example/', doc: page.doc, byline: '' });
  return root.textContent!.replace(/\s+/g, ' ');
}

describe('removePromos', () => {
  it('removes chat-group, follow, newsletter and app prompts in several languages', () => {
    const text = run(`<p>Story paragraph that stays because it is the article itself and long enough.</p>
      <div><p>WhatsApp Group <a href="https://chat.whatsapp.com/x">Join Now</a></p></div>
      <p>Follow us on <a href="https://news.google.com/">Google News</a></p>
      <p>Sign up to our newsletter for exclusive updates</p>
      <p>हमें <a href="/g">गूगल न्यूज़</a> पर फॉलो करें</p>
      <p>저작권자 © 한빛일보 무단전재 및 재배포 금지</p>`);
    expect(text).toContain('Story paragraph that stays');
    for (const gone of ['Join Now', 'Google News', 'newsletter', 'गूगल', '무단전재']) expect(text).not.toContain(gone);
  });

  it('removes a copyright line and a closing appeal that ends in a call to act', () => {
    const text = run(
      `<p>Story paragraph about the lake that stays because it is the article itself.</p><p><em>Copyright 2024 WKVR Broadcasting. This material may not be rewritten.</em></p><p>© 2023 Gazette Media</p><p>The bridge opens in 2026.</p><p>Cet article vous a intéressé ? Soutenez une information locale indépendante : abonnez-vous.</p>`,
    );
    expect(text).toContain('Story paragraph about the lake');
    expect(text).toContain('The bridge opens in 2026.');
    for (const gone of ['WKVR', 'Gazette Media', 'Soutenez']) expect(text).not.toContain(gone);
  });

  it('keeps a story sentence that mentions a newsletter or subscribers', () => {
    const text = run(
      '<p>The paper lost 4,000 subscribers after it moved its newsletter behind a paywall, the editor said on Monday, calling the decision painful but necessary for the paper to survive.</p><p>Readers who subscribe pay $10.</p>',
    );
    expect(text).toContain('lost 4,000 subscribers');
    expect(text).toContain('Readers who subscribe pay $10.');
  });
});
