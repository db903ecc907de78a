/**
 * The rule format: rules come from storage, files and other people, so every field is checked, and a
 * rule that would make every page slow (a 5,000-character selector, a hundred selectors) is refused
 * when it is read, with a message naming the field.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_RULE_JSON, MAX_SELECTOR_CHARS, MAX_SELECTORS, parseRule, parseRuleJson, RULE_VERSION } from '../site-rule';

const base = { version: 1, site: 'example.org', pathPrefix: '/news/', select: ['article .story', '#main'], exclude: ['.related'] };
const fingerprint = {
  tag: 'div',
  classes: ['story'],
  shape: { p: 5, h: 1, img: 0, a: 2, li: 0, quote: 0, table: 0, pre: 0, box: 0 },
  links: 0.1,
  chars: 900,
};

function refusal(input: unknown) {
  const r = parseRule(input);
  if (r.ok) throw new Error('expected a refusal');
  return r;
}

describe('parseRule', () => {
  it('reads the documented example, keeping every field', () => {
    const r = parseRule({ ...base, fingerprint, createdAt: '2026-12-02T13:00:00.000Z' });
    expect(r).toEqual({ ok: true, value: { ...base, fingerprint, createdAt: '2026-12-02T13:00:00.000Z' } });
  });

  it('fills in the defaults: the whole site, nothing excluded', () => {
    const r = parseRule({ version: 1, site: 'example.org', select: ['.story'] });
    expect(r.ok && r.value).toEqual({ version: RULE_VERSION, site: 'example.org', pathPrefix: '/', select: ['.story'], exclude: [] });
  });

  it('normalizes the host and the path as a page URL has them', () => {
    const r = parseRule({ ...base, site: 'WWW.Example.ORG', pathPrefix: '/समाचार/../खेल/' });
    expect(r.ok && r.value.site).toBe('www.example.org');
    expect(r.ok && r.value.pathPrefix).toBe(new URL('https://x/खेल/').pathname);
    const idn = parseRule({ ...base, site: 'bücher.example' });
    expect(idn.ok && idn.value.site).toBe('xn--bcher-kva.example');
  });

  it('refuses an unknown version clearly, a newer one with "update"', () => {
    expect(refusal({ ...base, version: 2 })).toMatchObject({
      error: 'unsupported-version',
      message: expect.stringMatching(/newer.*update/),
    });
    expect(refusal({ ...base, version: '1' })).toMatchObject({ error: 'unsupported-version', message: 'version: must be 1' });
    expect(refusal({ ...base, version: undefined })).toMatchObject({ error: 'unsupported-version' });
  });

  it('refuses a selector past the length limit, naming it', () => {
    const long = `div${' > div'.repeat(1000)}`.slice(0, 5000);
    const r = refusal({ ...base, select: ['.story', long] });
    expect(r.error).toBe('invalid-rule');
    expect(r.message).toBe(`select[1]: 5000 characters; at most ${MAX_SELECTOR_CHARS}`);
  });

  it('refuses more than the selector limit, in select and in exclude', () => {
    const many = Array.from({ length: MAX_SELECTORS + 1 }, (_, i) => `.s${i}`);
    expect(refusal({ ...base, select: many }).message).toBe(`select: 21 selectors; at most ${MAX_SELECTORS}`);
    expect(refusal({ ...base, exclude: many }).message).toMatch(/^exclude: 21 selectors/);
    expect(parseRule({ ...base, select: many.slice(0, MAX_SELECTORS) }).ok).toBe(true);
  });

  it.each([
    ['not an object', [base], /JSON object/],
    ['no site', { ...base, site: undefined }, /^site:/],
    ['a URL for a site', { ...base, site: 'https://example.org/' }, /^site:.*not a host name/],
    ['a site with a port', { ...base, site: 'example.org:8080' }, /^site:/],
    ['a site with spaces', { ...base, site: 'exa mple.org' }, /^site:/],
    ['a site with a path', { ...base, site: 'example.org/news' }, /^site:/],
    ['an empty site', { ...base, site: '' }, /^site:/],
    ['a relative path prefix', { ...base, pathPrefix: 'news/' }, /^pathPrefix:/],
    ['a path prefix with a query', { ...base, pathPrefix: '/news?x=1' }, /^pathPrefix:/],
    ['a path prefix naming a host', { ...base, pathPrefix: '//evil.example/' }, /^pathPrefix:/],
    ['select missing', { ...base, select: undefined }, /^select: must be a list/],
    ['select empty', { ...base, select: [] }, /^select: needs at least one/],
    ['select a string', { ...base, select: '.story' }, /^select: must be a list/],
    ['a blank selector', { ...base, select: ['.story', '  '] }, /^select\[1\]: must be a non-empty string/],
    ['a number as selector', { ...base, exclude: [3] }, /^exclude\[0\]:/],
    ['a selector with control characters', { ...base, select: ['.a\u0000'] }, /^select\[0\]: control/],
    ['an unknown field', { ...base, selector: '.story' }, /^selector: not a rule field/],
    ['a bad date', { ...base, createdAt: 'yesterday' }, /^createdAt:/],
    ['a fingerprint that is not an object', { ...base, fingerprint: 'abc' }, /^fingerprint:/],
    ['a fingerprint with an extra field', { ...base, fingerprint: { ...fingerprint, text: 'x' } }, /^fingerprint\.text:/],
    ['a fingerprint with a bad tag', { ...base, fingerprint: { ...fingerprint, tag: 'DIV><script' } }, /^fingerprint\.tag:/],
    ['a fingerprint with a shape key missing', { ...base, fingerprint: { ...fingerprint, shape: { p: 1 } } }, /^fingerprint\.shape:/],
    ['a fingerprint with a negative count', { ...base, fingerprint: { ...fingerprint, shape: { ...fingerprint.shape, p: -1 } } }, /shape/],
    ['a fingerprint link share over 1', { ...base, fingerprint: { ...fingerprint, links: 1.5 } }, /^fingerprint\.links:/],
    ['a fingerprint with fractional chars', { ...base, fingerprint: { ...fingerprint, chars: 1.5 } }, /^fingerprint\.chars:/],
    ['too many fingerprint classes', { ...base, fingerprint: { ...fingerprint, classes: Array(9).fill('a') } }, /^fingerprint\.classes:/],
  ])('refuses %s', (_, input, message) => {
    const r = refusal(input);
    expect(r.error).toBe('invalid-rule');
    expect(r.message).toMatch(message);
  });

  it('refuses a "__proto__" key in the JSON (an own field, not a prototype)', () => {
    const r = parseRuleJson('{"version":1,"site":"example.org","select":[".a"],"__proto__":{"polluted":true}}');
    expect(r).toMatchObject({ ok: false, error: 'invalid-rule', message: expect.stringMatching(/^__proto__: not a rule field/) });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('keeps no reference to the input (a later change to it does not reach the rule)', () => {
    const input = { ...base, select: ['.a'], fingerprint: { ...fingerprint, classes: ['story'] } };
    const r = parseRule(input);
    input.select.push('.b');
    input.fingerprint.classes.push('x');
    expect(r.ok && r.value.select).toEqual(['.a']);
    expect(r.ok && r.value.fingerprint?.classes).toEqual(['story']);
  });
});

describe('parseRuleJson', () => {
  it('reads JSON text', () => {
    expect(parseRuleJson(JSON.stringify(base)).ok).toBe(true);
  });

  it('refuses what is not JSON, and a document past the size limit, without parsing it', () => {
    expect(parseRuleJson('{"version":1,')).toMatchObject({ ok: false, error: 'invalid-json', message: expect.stringMatching(/^Not JSON/) });
    expect(parseRuleJson(' '.repeat(MAX_RULE_JSON + 1))).toMatchObject({ ok: false, error: 'invalid-json' });
    expect(parseRuleJson('null')).toMatchObject({ ok: false, error: 'invalid-rule' });
  });
});

describe('the README', () => {
  it('documents a rule this code reads', () => {
    const readme = readFileSync(join(import.meta.dirname, '..', '..', '..', 'README.md'), 'utf8');
    const example = /### Site rules[\s\S]*?```\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(example).toBeDefined();
    expect(parseRuleJson(example!)).toMatchObject({ ok: true, value: { site: 'example.org', pathPrefix: '/news/' } });
  });
});
