/**
 * Selectors for a picked block: stable ones first (a chosen id, then class names, then a path from
 * the nearest stable id), generated names skipped, and every alternative selecting exactly the
 * picked element in its document.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { cssIdent, selectorsFor } from '../selectors-for';
import { jsdomBody } from './jsdom-page';

let close = () => {};
afterEach(() => close());

function page(html: string): Document {
  const p = jsdomBody(html);
  close = p.close;
  return p.doc;
}

/** Each selector selects exactly `el`. */
function expectExact(doc: Document, selectors: string[], el: Element): void {
  for (const s of selectors) {
    const all = doc.querySelectorAll(s);
    expect(all.length, s).toBe(1);
    expect(all[0], s).toBe(el);
  }
}

describe('selectorsFor', () => {
  it('gives the id, the class names and a path, in that order', () => {
    const doc = page('<div id="main"><header></header><article id="story" class="post-body css-1x2y3z"><p>Text</p></article></div>');
    const el = doc.getElementById('story')!;
    const out = selectorsFor(el);
    expect(out).toEqual(['#story', 'article.post-body', '#main > article']);
    expectExact(doc, out, el);
  });

  it('skips a generated id and hashed classes, anchoring the path on a stable id above', () => {
    const doc = page(
      '<main id="content"><div class="sc-AbCdE"><div id="post-98231" class="css-1x2y3z jsx-2837461"><p>Text</p></div><div class="sc-AbCdE"></div></div></main>',
    );
    const el = doc.getElementById('post-98231')!;
    const out = selectorsFor(el);
    expect(out).toEqual(['#content > div > div:nth-of-type(1)']);
    expectExact(doc, out, el);
  });

  it('uses a stable class in a path step where siblings share the tag', () => {
    const doc = page('<div class="l-col"><div class="ad"></div><div class="nws"><p>Text</p></div></div><div class="l-col"></div>');
    const el = doc.querySelector('.nws')!;
    const out = selectorsFor(el);
    expect(out).toEqual(['div.nws', 'body > div:nth-of-type(1) > div.nws']);
    expectExact(doc, out, el);
  });

  it('leaves out a class shared by other elements unless the whole list is unique', () => {
    const doc = page('<div class="story"></div><div class="story main"><p>Text</p></div><div class="main"></div>');
    const el = doc.querySelectorAll('.story')[1]!;
    const out = selectorsFor(el);
    expect(out[0]).toBe('div.story.main');
    expectExact(doc, out, el);
  });

  it('does not offer a stable-looking id that is not unique', () => {
    const doc = page('<div id="story"><p>One</p></div><div id="story"><p>Two</p></div>');
    const el = doc.querySelectorAll('#story')[1]!;
    const out = selectorsFor(el);
    expect(out).not.toContain('#story');
    expect(out).toEqual(['body > div:nth-of-type(2)']);
    expectExact(doc, out, el);
  });

  it('escapes ids and classes that are not plain identifiers', () => {
    const doc = page('<div id="1st:story" class="a.b"><p>Text</p></div><div class="a.b x"></div>');
    const el = doc.getElementById('1st:story')!;
    const out = selectorsFor(el);
    expect(out[0]).toBe('#\\31 st\\:story');
    expectExact(doc, out, el);
  });

  it('gives nothing for an element outside the document', () => {
    const doc = page('<p>x</p>');
    expect(selectorsFor(doc.createElement('div'))).toEqual([]);
  });

  it('handles <body> itself (extraction will refuse it as the whole page)', () => {
    const doc = page('<p>x</p>');
    expect(selectorsFor(doc.body)).toEqual(['body']);
  });
});

describe('cssIdent', () => {
  it('escapes as CSS.escape does', () => {
    expect(cssIdent('story')).toBe('story');
    expect(cssIdent('1a')).toBe('\\31 a');
    expect(cssIdent('-1a')).toBe('-\\31 a');
    expect(cssIdent('-')).toBe('\\-');
    expect(cssIdent('a b#c')).toBe('a\\ b\\#c');
    expect(cssIdent('समाचार')).toBe('समाचार');
    expect(cssIdent('a\u0000b')).toBe('a\ufffdb');
  });
});
