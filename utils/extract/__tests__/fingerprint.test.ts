/**
 * Fingerprints say "a story body like this one": the same template's next story (other words, other
 * length) is alike; a teaser card or a comment thread that shares a class name is not.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { FINGERPRINT_THRESHOLD, fingerprintOf, fingerprintSimilarity } from '../fingerprint';
import { jsdomBody, prose } from './jsdom-page';

let close = () => {};
afterEach(() => close());

function el(html: string): Element {
  const page = jsdomBody(html);
  close = page.close;
  return page.body.firstElementChild!;
}

const story = (paragraphs: number, seed?: string) =>
  `<div class="story css-1x2y3z"><h2>Why it matters</h2><figure><img src="a.jpg"></figure>${prose(paragraphs, seed)}<p>See <a href="/x">the report</a>.</p></div>`;

describe('fingerprintOf', () => {
  it('describes the block by kind, names and size, holding none of its words', () => {
    const print = fingerprintOf(el(story(3)));
    expect(print).toEqual({
      tag: 'div',
      classes: ['story'],
      shape: { p: 4, h: 1, img: 1, a: 1, li: 0, quote: 0, table: 0, pre: 0, box: 0 },
      links: expect.closeTo(0.02, 2),
      chars: expect.any(Number),
    });
    expect(JSON.stringify(print)).not.toMatch(/harbour|matters/);
  });

  it('counts a <picture> once, not its <img> again', () => {
    expect(fingerprintOf(el('<div><picture><source srcset="a.webp"><img src="a.jpg"></picture></div>')).shape.img).toBe(1);
  });
});

describe('fingerprintSimilarity', () => {
  it('is 1 for the same block', () => {
    const print = fingerprintOf(el(story(4)));
    expect(fingerprintSimilarity(print, print)).toBe(1);
  });

  it('finds the next story of the same template alike, however long', () => {
    const made = fingerprintOf(el(story(4)));
    for (const n of [2, 8, 30]) {
      const next = fingerprintOf(el(story(n, 'Ministers met union leaders on Tuesday to discuss the new rail timetable')));
      expect(fingerprintSimilarity(made, next), `${n} paragraphs`).toBeGreaterThanOrEqual(FINGERPRINT_THRESHOLD);
    }
  });

  it('still finds it alike after the site renames its classes', () => {
    const made = fingerprintOf(el(story(6)));
    const renamed = fingerprintOf(el(story(6).replace('class="story css-1x2y3z"', 'class="article-text"')));
    expect(fingerprintSimilarity(made, renamed)).toBeGreaterThanOrEqual(FINGERPRINT_THRESHOLD);
  });

  it('finds a listicle of the same template alike (paragraphs and a list)', () => {
    const made = fingerprintOf(el(story(8)));
    const items = Array.from({ length: 10 }, (_, i) => `<li>Step ${i}: the crews close the quay section by section.</li>`).join('');
    const listicle = fingerprintOf(el(story(5).replace('<p>See', `<ol>${items}</ol><p>See`)));
    expect(fingerprintSimilarity(made, listicle)).toBeGreaterThanOrEqual(FINGERPRINT_THRESHOLD);
  });

  it('rejects a teaser card and a comment thread that share the class', () => {
    const made = fingerprintOf(el(story(6)));
    const teaser = fingerprintOf(
      el(
        '<div class="story"><a href="/a"><img src="t.jpg"></a><h3><a href="/a">Another headline on the harbour wall</a></h3><p>Teaser.</p></div>',
      ),
    );
    const comments = fingerprintOf(
      el(
        `<div class="story"><ul>${'<li><a href="/u">A reader</a> <a href="#c">12:40</a> I agree with this, the wall is long overdue.</li>'.repeat(8)}</ul></div>`,
      ),
    );
    // Each comment a box with a name, a time and a paragraph: tag, class and links agree; only the shape differs.
    const boxed = fingerprintOf(
      el(
        `<div class="story">${'<div class="c"><div class="n">A reader</div><div class="t">12:40</div><p>I agree with this, the wall is long overdue.</p></div>'.repeat(8)}</div>`,
      ),
    );
    expect(fingerprintSimilarity(made, teaser)).toBeLessThan(FINGERPRINT_THRESHOLD);
    expect(fingerprintSimilarity(made, comments)).toBeLessThan(FINGERPRINT_THRESHOLD);
    expect(fingerprintSimilarity(made, boxed)).toBeLessThan(FINGERPRINT_THRESHOLD);
  });

  it('is symmetric', () => {
    const a = fingerprintOf(el(story(3)));
    const b = fingerprintOf(el('<section class="x"><ul><li>one</li><li>two</li></ul></section>'));
    expect(fingerprintSimilarity(a, b)).toBe(fingerprintSimilarity(b, a));
  });
});
