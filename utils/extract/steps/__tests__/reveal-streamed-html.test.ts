import { afterEach, describe, expect, it } from 'vitest';
import { jsdomBody } from '../../__tests__/jsdom-page';
import { revealStreamedHtml } from '../reveal-streamed-html';

let close = () => {};
afterEach(() => close());

function run(html: string) {
  const page = jsdomBody(html);
  close = page.close;
  revealStreamedHtml(page.body, { url: 'https://news.example/', doc: page.doc, byline: '' });
  return page.body;
}

/** What the browser shows, whitespace folded, hidden parts left out. */
const shown = (body: Element) =>
  [...body.querySelectorAll('p, h1, span')]
    .filter((el) => !el.closest('[hidden], template'))
    .map((el) => el.textContent)
    .join(' | ');

describe('revealStreamedHtml', () => {
  it('puts a completed boundary in place of its placeholder and drops the loading fallback', () => {
    const body = run(
      '<main><h1>Ferry fares</h1><!--$?--><template id="B:0"></template><p>Loading…</p><!--/$--><span>Footer</span></main>' +
        '<div hidden id="S:0"><p>The first paragraph.</p><p>The second paragraph.</p></div>' +
        '<script>$RC=function(b,c){/* moves S into B */};$RC("B:0","S:0")</script>',
    );
    expect(shown(body)).toBe('Ferry fares | The first paragraph. | The second paragraph. | Footer');
    expect(body.querySelector('#S\\:0, #B\\:0')).toBeNull();
    expect(body.textContent).not.toContain('Loading…');
  });

  it('keeps nested boundaries inside the fallback together (it ends at the matching marker)', () => {
    const body = run(
      '<main><!--$?--><template id="B:1"></template><div>skeleton<!--$--><span>inner</span><!--/$--></div><p>more skeleton</p><!--/$-->' +
        '<span>after</span></main><div hidden id="S:1"><p>Story.</p></div><script>$RR("B:1","S:1",[["/a.css"]])</script>',
    );
    expect(shown(body)).toBe('Story. | after');
  });

  it('fills a segment placeholder, and follows the calls in order (a part can hold the next placeholder)', () => {
    const body = run(
      '<article><template id="P:2"></template></article>' +
        '<div hidden id="S:2"><p>Lead.</p><!--$?--><template id="B:3"></template><p>…</p><!--/$--></div>' +
        '<div hidden id="S:3"><p>Body.</p></div>' +
        '<script>$RS("S:2","P:2")</script><script>$RC("B:3","S:3")</script>',
    );
    expect(shown(body)).toBe('Lead. | Body.');
    expect(body.querySelector('article')!.textContent).toBe('Lead.Body.');
  });

  it('leaves a page whose scripts already ran, parts that are not hidden, and unknown ids alone', () => {
    const html =
      '<main><p>Already in place.</p></main><div id="S:4"><p>Visible part.</p></div><template id="B:4"></template>' +
      '<script>$RC("B:4","S:4");$RC("B:9","S:9")</script>';
    const body = run(html);
    expect(shown(body)).toBe('Already in place. | Visible part.');
    expect(body.querySelector('#B\\:4')).not.toBeNull();
  });

  it('stops after a bounded number of calls, so a page repeating them without end costs little', () => {
    const junk = Array.from({ length: 2_000 }, (_, i) => `$RC("B:x${i}","S:x${i}")`).join(';');
    const part = (n: number) => `<template id="P:${n}"></template><div hidden id="S:${n}"><p>Part ${n}.</p></div>`;
    const body = run(`${part(1)}${part(2)}<script>$RS("S:1","P:1");${junk};$RS("S:2","P:2")</script>`);
    expect(shown(body)).toBe('Part 1.');
    expect(body.querySelector('#S\\:2')!.hasAttribute('hidden')).toBe(true);
  });
});
