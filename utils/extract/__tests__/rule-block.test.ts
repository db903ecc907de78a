/**
 * Finding a rule's block: selectors in order, a selector that throws skipped, and a candidate that
 * cannot be the story (a headline, the whole page, a list of links, a block unlike the one the rule
 * was made from) refused with a typed reason, so the automatic reader takes over instead.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { fingerprintOf } from '../fingerprint';
import { findRuleBlock, judgeBlock, MAX_BLOCK_LINKS, MAX_PROSE_LINKS, MIN_BLOCK_CHARS, queryAll } from '../rule-block';
import { linkDensity } from '../signals';
import type { SiteRule } from '../site-rule';
import { jsdomBody, prose } from './jsdom-page';

let close = () => {};
afterEach(() => close());

function page(html: string): Document {
  const p = jsdomBody(html);
  close = p.close;
  return p.doc;
}

const rule = (select: string[], extra: Partial<SiteRule> = {}): SiteRule => ({
  version: 1,
  site: 'news.example',
  pathPrefix: '/',
  select,
  exclude: [],
  ...extra,
});

const links = (n: number) =>
  Array.from({ length: n }, (_, i) => `<li><a href="/s${i}">Another story about the city, number ${i}</a></li>`).join('');
const layout = `<header><nav><ul>${links(8)}</ul></nav></header>
  <main id="main"><h1>Harbour wall to be raised</h1><div class="story">${prose(5)}</div><aside class="more"><ul>${links(6)}</ul></aside></main>
  <footer><p>© News Example, all rights reserved, and some more words of a footer.</p></footer>`;

describe('findRuleBlock', () => {
  it('finds the block of the first selector', () => {
    const doc = page(layout);
    const found = findRuleBlock(doc, rule(['.story', '#main']));
    expect(found.block?.selector).toBe('.story');
    expect(found.block?.element).toBe(doc.querySelector('.story'));
    expect(found.refused).toEqual([]);
  });

  it('tries the alternatives in order, saying why each earlier one failed', () => {
    const doc = page(layout);
    const found = findRuleBlock(doc, rule(['.story-body', 'div[', 'h1', '.story']));
    expect(found.block?.selector).toBe('.story');
    expect(found.refused.map((r) => [r.selector, r.reason])).toEqual([
      ['.story-body', 'no-element'],
      ['div[', 'invalid-selector'],
      ['h1', 'tiny'],
    ]);
  });

  it('skips every selector the engine throws on, never throwing itself', () => {
    const doc = page(layout);
    const bad = ['div[', ':nope(', '#', '..x', 'p:nth-child(x)', '{}'];
    expect(() => findRuleBlock(doc, rule(bad))).not.toThrow();
    const found = findRuleBlock(doc, rule([...bad, '.story']));
    expect(found.block?.selector).toBe('.story');
    expect(found.refused.filter((r) => r.reason === 'invalid-selector')).toHaveLength(bad.length);
  });

  it('refuses the whole page: <body>, <html>, or a wrapper of nearly all its text', () => {
    const doc = page(`<div id="wrap">${layout}</div>`);
    const found = findRuleBlock(doc, rule(['body', 'html', '#wrap']));
    expect(found.block).toBeNull();
    expect(found.refused.map((r) => r.reason)).toEqual(['whole-page', 'whole-page', 'whole-page']);
    expect(found.refused[2]!.detail).toMatch(/% of the page's text/);
  });

  it('refuses a tiny block', () => {
    const doc = page(`${layout}<p class="dek">A short standfirst.</p>`);
    const found = findRuleBlock(doc, rule(['.dek']));
    expect(found.refused).toEqual([{ selector: '.dek', reason: 'tiny', detail: expect.stringContaining(`at least ${MIN_BLOCK_CHARS}`) }]);
  });

  it('refuses a listing: mostly links, or linked headlines', () => {
    const headlines = Array.from(
      { length: 4 },
      (_, i) =>
        `<h3><a href="/t${i}">Teaser headline ${i}</a></h3><p>A sentence of summary under the teaser headline, which is long enough.</p>`,
    ).join('');
    const doc = page(`${layout}<section class="grid">${headlines}</section>`);
    const found = findRuleBlock(doc, rule(['nav', '.grid']));
    expect(found.refused.map((r) => [r.selector, r.reason])).toEqual([
      ['nav', 'listing'],
      ['.grid', 'listing'],
    ]);
  });

  it('accepts a story that links every other phrase, while it has prose between the links', () => {
    const sentence =
      '<p>The board voted on <a href="/t">the new fare for subway and bus riders across the five boroughs of the city</a> and ' +
      '<a href="/u">the express bus fare on every route</a>, which both rise in August as the board planned last year.</p>';
    const doc = page(`${layout}<div class="linked">${sentence.repeat(6)}</div>`);
    const linked = doc.querySelector('.linked')!;
    expect(linkDensity(linked)).toBeGreaterThan(MAX_BLOCK_LINKS);
    expect(findRuleBlock(doc, rule(['.linked'])).block?.selector).toBe('.linked');
    // Without the prose between the links, it is a list of links.
    const heavy = page(`${layout}<div class="linked">${sentence.replace(/, which both rise.*?\./, '.').repeat(6)}</div>`);
    expect(linkDensity(heavy.querySelector('.linked')!)).toBeGreaterThan(MAX_PROSE_LINKS);
    expect(findRuleBlock(heavy, rule(['.linked'])).refused.map((r) => r.reason)).toEqual(['listing']);
    const noProse = page(
      `${layout}<div class="linked">${'<p><a href="/x">A linked line of about forty letters</a> and a few more words.</p>'.repeat(8)}</div>`,
    );
    const density = linkDensity(noProse.querySelector('.linked')!);
    expect(density > MAX_BLOCK_LINKS && density <= MAX_PROSE_LINKS).toBe(true);
    expect(findRuleBlock(noProse, rule(['.linked'])).refused.map((r) => r.reason)).toEqual(['listing']);
  });

  it('rejects a candidate unlike the fingerprint and takes a later match of the same selector', () => {
    const made = page(`<div class="story">${prose(6)}</div>`);
    const print = fingerprintOf(made.querySelector('.story')!);
    // A key-facts box that shares the story's class: no links, long enough, but a list, not paragraphs.
    const facts = Array.from({ length: 6 }, (_, i) => `<li>Fact ${i}: the wall will rise by one metre along the quay.</li>`).join('');
    const box = `<div class="story"><ul>${facts}</ul></div>`;
    const doc = page(`${box}${layout}`);
    const found = findRuleBlock(doc, rule(['.story'], { fingerprint: print }));
    expect(found.block?.element).toBe(doc.querySelectorAll('.story')[1]);
    expect(found.refused).toEqual([{ selector: '.story', reason: 'fingerprint', detail: expect.stringMatching(/% like the block/) }]);
    const alone = page(`${box}<p>${prose(1)}</p>`);
    expect(findRuleBlock(alone, rule(['.story'], { fingerprint: print })).block).toBeNull();
  });

  it('judges only the first few matches of a selector that matches everywhere', () => {
    const doc = page(`${'<p class="x">tiny</p>'.repeat(50)}${layout}`);
    const found = findRuleBlock(doc, rule(['p.x']));
    expect(found.refused).toHaveLength(5);
  });
});

describe('judgeBlock', () => {
  it('accepts the story', () => {
    const doc = page(layout);
    expect(judgeBlock(doc.querySelector('.story')!, doc.body.textContent!.replace(/\s/g, '').length)).toBeNull();
  });
});

describe('queryAll', () => {
  it('gives the error instead of throwing', () => {
    const doc = page(layout);
    expect(queryAll(doc, 'div[')).toBeInstanceOf(Error);
    expect(queryAll(doc, 'li')).toHaveLength(14);
  });
});
