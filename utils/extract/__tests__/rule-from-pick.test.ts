/**
 * The whole fix, as the overlay will make it: the user picks the story and the comment thread to
 * leave out on a real fixture page; the rule is written as JSON, read back, and applied to that page
 * and to the site's next story of the same template. A pick a later page would refuse is refused now.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { extractWithRule } from '../extract-with-rule';
import { ruleFromPick } from '../rule-from-pick';
import { parseRuleJson } from '../site-rule';
import { jsdomPage } from './jsdom-page';

const SLUG = 'hi-div-cms-comment-thread';
const DIR = join(import.meta.dirname, '..', '..', '..', 'tests', 'pages', SLUG);
const source = readFileSync(join(DIR, 'source.html'), 'utf8');
const expected = JSON.parse(readFileSync(join(DIR, 'expected.json'), 'utf8')) as {
  url: string;
  mustContain: string[];
  mustNotContain: string[];
};
const NOW = new Date('2026-12-02T13:00:00.000Z');

const open: (() => void)[] = [];
afterEach(() => open.splice(0).forEach((close) => close()));
function load(html: string, url = expected.url): Document {
  const p = jsdomPage(html, url);
  open.push(p.close);
  return p.doc;
}

describe('ruleFromPick', () => {
  it('makes a rule from the picked story and the thread left out, which then fixes the page', () => {
    const doc = load(source);
    const made = ruleFromPick(doc.querySelector('.dtl')!, {
      url: expected.url,
      exclude: [doc.querySelector('.cmt-ttl')!, doc.querySelector('.cmt-lst')!],
      now: NOW,
    });
    if (!made.ok) throw new Error(made.message);
    expect(made.value).toMatchObject({
      version: 1,
      site: 'nagarsamvad.in',
      pathPrefix: '/',
      select: ['div.dtl', 'body > div.cnt > div.l-col > div.nws > div.dtl'],
      exclude: ['div.cmt-ttl', 'div.cmt-lst'],
      fingerprint: { tag: 'div', classes: ['dtl'] },
      createdAt: '2026-12-02T13:00:00.000Z',
    });
    // Stored as JSON and read back, as the extension will.
    const rule = parseRuleJson(JSON.stringify(made.value));
    if (!rule.ok) throw new Error(rule.message);
    const r = extractWithRule(load(source), rule.value, { url: expected.url });
    expect(r.rule).toBe('applied');
    if (!r.ok) throw new Error(r.message);
    for (const s of expected.mustContain) expect(r.value.article.text).toContain(s);
    for (const s of expected.mustNotContain) expect(r.value.article.text).not.toContain(s);
  });

  it('the fix sticks for the site: the next story of the template, and its www-less address', () => {
    const doc = load(source);
    const made = ruleFromPick(doc.querySelector('.dtl')!, { url: expected.url, exclude: [doc.querySelector('.cmt-lst')!], now: NOW });
    if (!made.ok) throw new Error(made.message);
    const story = '<p>उज्जैन में महाकाल लोक के दूसरे चरण का काम तेज कर दिया गया है और इसे अगले साल तक पूरा करने का लक्ष्य रखा गया है।</p>';
    const next = source.replace(/(<div class="dtl">)[\s\S]*?(<div class="cmt-ttl">)/, `$1${story.repeat(7)}$2`);
    const url = 'https://nagarsamvad.in/madhya-pradesh/ujjain/mahakal-lok-98777';
    const r = extractWithRule(load(next, url), made.value, { url });
    expect(r.rule).toBe('applied');
    expect(r.ok && r.value.article.text).toContain('उज्जैन में महाकाल लोक');
    expect(r.ok && r.value.article.text).not.toContain('राकेश वर्मा');
  });

  it('refuses a pick a later page would refuse, saying why', () => {
    const doc = load(source);
    expect(ruleFromPick(doc.querySelector('h1')!, { url: expected.url, now: NOW })).toMatchObject({ ok: false, error: 'tiny' });
    expect(ruleFromPick(doc.body, { url: expected.url, now: NOW })).toMatchObject({ ok: false, error: 'whole-page' });
    expect(ruleFromPick(doc.querySelector('.dtl')!, { url: 'file:///tmp/page.html', now: NOW })).toMatchObject({
      ok: false,
      error: 'not-a-web-page',
    });
  });

  it('keeps only exclusions inside the pick', () => {
    const doc = load(source);
    const made = ruleFromPick(doc.querySelector('.dtl')!, {
      url: expected.url,
      exclude: [doc.querySelector('.r-col')!, doc.querySelector('.dtl')!],
      now: NOW,
    });
    expect(made.ok && made.value.exclude).toEqual([]);
  });
});
