/**
 * Extraction with a site rule: the rule's block is the article (less its exclusions), cleaned only by
 * steps that cannot remove prose and sanitized through the one gate; a rule that finds nothing valid,
 * or is for another site or path, leaves the page to the automatic reader, and the result says which.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { extractArticle } from '../index';
import { extractWithRule } from '../extract-with-rule';
import type { SiteRule } from '../site-rule';
import { fingerprintOf } from '../fingerprint';
import { jsdomPage, prose } from './jsdom-page';

const URL = 'https://www.news.example/city/harbour-wall-98231';
const open: (() => void)[] = [];
afterEach(() => open.splice(0).forEach((close) => close()));

function page(body: string, url = URL): Document {
  const p = jsdomPage(
    `<!doctype html><html lang="en"><head><title>Harbour wall to be raised | News Example</title>
      <meta property="og:title" content="Harbour wall to be raised"><meta property="og:site_name" content="News Example">
      <meta name="author" content="Asha Rao"></head><body>${body}</body></html>`,
    url,
  );
  open.push(p.close);
  return p.doc;
}

const rule = (select: string[], extra: Partial<SiteRule> = {}): SiteRule => ({
  version: 1,
  site: 'news.example',
  pathPrefix: '/city/',
  select,
  exclude: [],
  ...extra,
});

const comments = `<div class="talk"><h3>3 comments</h3>${'<div class="c"><b>A reader</b> <i>12:40</i><p>I agree with this, the wall is long overdue and the council was slow.</p></div>'.repeat(3)}</div>`;
/** A story whose body the automatic reader misjudges in no way, but which carries what its steps would cut. */
const story = `<nav><a href="/">Home</a> <a href="/city">City</a> <a href="/sport">Sport</a></nav>
  <div id="body" class="dtl">
    <h1>Harbour wall to be raised</h1>
    ${prose(4)}
    <p>Advertisement</p>
    <img data-src="/img/wall.jpg" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="The wall">
    <iframe src="https://www.youtube.com/embed/abcdefghijk" title="The wall at high tide"></iframe>
    <p onclick="steal()">The work begins in March.<script>steal()</script></p>
    ${comments}
  </div>
  <aside><h3>Most read</h3><ul>${Array.from({ length: 8 }, (_, i) => `<li><a href="/m${i}">Most read story number ${i} on the city pages</a></li>`).join('')}</ul></aside>
  <footer><p>News Example is published by News Example Media. All rights reserved. Contact us, advertise with us, privacy.</p></footer>`;

describe('extractWithRule', () => {
  it('applies: the article is the rule’s block, less its exclusions, safe steps only, sanitized', () => {
    const doc = page(story);
    const before = doc.documentElement.outerHTML;
    const r = extractWithRule(doc, rule(['.story-body', '#body'], { exclude: ['.talk', 'h1'] }), { url: URL });
    expect(r.rule).toBe('applied');
    expect(r.match).toEqual({
      selector: '#body',
      refused: [{ selector: '.story-body', reason: 'no-element', detail: expect.any(String) }],
    });
    if (!r.ok) throw new Error(r.message);
    const { article, removed } = r.value;
    expect(article.text).toContain('paragraph 4, after months of consultation');
    expect(article.text).toContain('The work begins in March.');
    // Steps that can remove prose did not run: the label the automatic reader drops is still there.
    expect(article.text).toContain('Advertisement');
    expect(article.text).not.toMatch(/I agree with this|3 comments|Most read|Home/);
    expect(article.text).not.toContain('Harbour wall to be raised');
    // The safe steps ran: the lazy image has its address, the player is a link card.
    expect(article.html).toContain('src="https://www.news.example/img/wall.jpg"');
    expect(article.html).toContain('https://www.youtube.com/watch?v=abcdefghijk');
    // The one gate: no script, no handler, no iframe.
    expect(article.html).not.toMatch(/<script|onclick|<iframe|steal/);
    // Metadata read as usual.
    expect(article).toMatchObject({
      title: 'Harbour wall to be raised',
      siteName: 'News Example',
      byline: 'Asha Rao',
      lang: 'en',
      url: URL,
    });
    // The exclusions are in the removal record, for the reader to show and put back.
    expect(removed.blocks.filter((b) => b.step === 'rule-exclude').map((b) => b.text.split('\n')[0])).toEqual([
      '3 comments',
      'Harbour wall to be raised',
    ]);
    expect(removed.steps.map((s) => s.step)).toEqual(['reveal-streamed-html', 'rescue-lazy-images', 'embed-videos', 'rule-exclude']);
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('no-match: nothing on the page matches, so the automatic reader runs', () => {
    const doc = page(story);
    const r = extractWithRule(doc, rule(['.nothing-here']), { url: URL });
    expect(r.rule).toBe('no-match');
    expect(r.match).toEqual({ selector: null, refused: [{ selector: '.nothing-here', reason: 'no-element', detail: expect.any(String) }] });
    const auto = extractArticle(doc, URL);
    expect(r.ok && auto.ok && r.value.article.text).toBe(auto.ok && auto.value.article.text);
  });

  it('no-match: every candidate refused (whole page, throwing selector, unlike the fingerprint)', () => {
    // The rule was made from a list of facts: the story's block is not like it.
    const made = page(`<ul class="dtl">${'<li>An item of a list of facts about the wall.</li>'.repeat(9)}</ul>`);
    const print = fingerprintOf(made.body.firstElementChild!);
    const r = extractWithRule(page(story), rule(['body', 'div[', '#body'], { fingerprint: print }), { url: URL });
    expect(r.rule).toBe('no-match');
    expect(r.match.refused.map((x) => x.reason)).toEqual(['whole-page', 'invalid-selector', 'fingerprint']);
    expect(r.ok).toBe(true);
  });

  it('no-match: a block whose exclusions leave too little', () => {
    const doc = page(story);
    const r = extractWithRule(doc, rule(['#body'], { exclude: ['p', '.talk'] }), { url: URL });
    expect(r.rule).toBe('no-match');
    expect(r.match.refused).toEqual([
      { selector: '#body', reason: 'tiny', detail: expect.stringContaining("after the rule's exclusions") },
    ]);
  });

  it('other-site: a rule for another host or path leaves the page to the automatic reader', () => {
    const doc = page(story);
    const auto = extractArticle(doc, URL);
    for (const other of [
      rule(['#body'], { site: 'other.example' }),
      rule(['#body'], { pathPrefix: '/sport/' }),
      rule(['#body'], { site: 'm.news.example' }),
    ]) {
      const r = extractWithRule(doc, other, { url: URL });
      expect(r.rule).toBe('other-site');
      expect(r.match).toEqual({ selector: null, refused: [] });
      expect(r.ok && auto.ok && r.value.article.text).toBe(auto.ok && auto.value.article.text);
    }
  });

  it('skips an exclude selector the engine throws on', () => {
    const doc = page(story);
    const r = extractWithRule(doc, rule(['#body'], { exclude: ['div[', '.talk'] }), { url: URL });
    expect(r.rule).toBe('applied');
    expect(r.ok && r.value.article.text).not.toContain('I agree with this');
  });

  it('leaves a page the pipeline refuses to the pipeline, with its failure', () => {
    const p = jsdomPage('<html><frameset><frame src="a.html"></frameset></html>', URL);
    open.push(p.close);
    const r = extractWithRule(p.doc, rule(['frameset']), { url: URL });
    expect(r).toMatchObject({ ok: false, error: 'unsupported-document', rule: 'no-match' });
  });
});
