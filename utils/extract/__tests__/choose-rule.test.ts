/**
 * Choosing the rule for a page: exact host ("www." is the bare host, a subdomain is another site),
 * longest path prefix at a "/" boundary, and one cheap pass however many rules the user has.
 */
import { describe, expect, it } from 'vitest';
import { chooseRule, pathUnder, ruleApplies, siteKey } from '../choose-rule';
import type { SiteRule } from '../site-rule';

const rule = (site: string, pathPrefix = '/', select = ['.story']): SiteRule => ({ version: 1, site, pathPrefix, select, exclude: [] });

describe('ruleApplies', () => {
  it('matches the exact host, with or without www.', () => {
    expect(ruleApplies(rule('example.org'), 'https://example.org/a')).toBe(true);
    expect(ruleApplies(rule('example.org'), 'https://www.example.org/a')).toBe(true);
    expect(ruleApplies(rule('www.example.org'), 'http://example.org/a')).toBe(true);
    expect(ruleApplies(rule('example.org'), 'https://EXAMPLE.org:8443/a')).toBe(true);
  });

  it('does not match another host, a subdomain, a parent domain or a look-alike', () => {
    expect(ruleApplies(rule('example.org'), 'https://news.example.org/a')).toBe(false);
    expect(ruleApplies(rule('news.example.org'), 'https://example.org/a')).toBe(false);
    expect(ruleApplies(rule('example.org'), 'https://example.org.evil.test/a')).toBe(false);
    expect(ruleApplies(rule('example.org'), 'https://notexample.org/a')).toBe(false);
  });

  it('does not match what is not an http(s) page', () => {
    expect(ruleApplies(rule('example.org'), 'file:///example.org/a')).toBe(false);
    expect(ruleApplies(rule('example.org'), 'not a url')).toBe(false);
  });

  it('matches a path prefix at a "/" boundary', () => {
    expect(pathUnder('/news/2024/x', '/news/')).toBe(true);
    expect(pathUnder('/news', '/news')).toBe(true);
    expect(pathUnder('/news/x', '/news')).toBe(true);
    expect(pathUnder('/newsletter', '/news')).toBe(false);
    expect(pathUnder('/news', '/news/')).toBe(false);
    expect(pathUnder('/sport/x', '/news/')).toBe(false);
  });

  it('compares a non-ASCII path as the URL encodes it', () => {
    const hindi = rule('example.org', new URL('https://x/खेल/').pathname);
    expect(ruleApplies(hindi, 'https://example.org/खेल/cricket-1')).toBe(true);
  });
});

describe('chooseRule', () => {
  it('picks the longest matching path prefix, whatever the order', () => {
    const site = rule('example.org', '/');
    const news = rule('example.org', '/news/');
    const world = rule('example.org', '/news/world/');
    for (const rules of [
      [site, news, world],
      [world, news, site],
      [news, site, world],
    ]) {
      expect(chooseRule(rules, 'https://www.example.org/news/world/x')).toBe(world);
      expect(chooseRule(rules, 'https://example.org/news/local/x')).toBe(news);
      expect(chooseRule(rules, 'https://example.org/sport/x')).toBe(site);
    }
  });

  it('keeps the first of equal prefixes', () => {
    const a = rule('example.org', '/news/', ['.a']);
    const b = rule('www.example.org', '/news/', ['.b']);
    expect(chooseRule([a, b], 'https://example.org/news/x')).toBe(a);
  });

  it('gives null when no rule is for the page', () => {
    expect(chooseRule([rule('example.org', '/news/')], 'https://example.org/sport/')).toBeNull();
    expect(chooseRule([rule('example.org')], 'https://other.example/')).toBeNull();
    expect(chooseRule([], 'https://example.org/')).toBeNull();
    expect(chooseRule([rule('example.org')], 'about:blank')).toBeNull();
  });

  it('chooses among 5,000 rules in one cheap pass', () => {
    const rules = Array.from({ length: 5000 }, (_, i) => rule(`site${i}.example`, `/section${i % 50}/`));
    const target = rule('site4321.example', '/section21/deep/');
    rules.splice(2500, 0, target);
    expect(chooseRule(rules, 'https://www.site4321.example/section21/deep/story')).toBe(target);
    expect(chooseRule(rules, 'https://site4321.example/section21/story')).toBe(rules[4322]);
  });

  it('reads each rule a few times in one pass, however many rules there are (no timing: a count)', () => {
    let reads = 0;
    const counted = (r: SiteRule) =>
      new Proxy(r, {
        get(target, key, receiver) {
          reads++;
          return Reflect.get(target, key, receiver) as unknown;
        },
      });
    const perRule = (n: number) => {
      const rules = Array.from({ length: n }, (_, i) => counted(rule(`site${i}.example`, `/section${i % 50}/`)));
      reads = 0;
      chooseRule(rules, 'https://site7.example/section7/story');
      return reads / n;
    };
    const small = perRule(500);
    const large = perRule(50_000);
    // A pass reads a rule's site and prefix; a quadratic walk would read each rule n times.
    expect(large).toBeLessThan(5);
    expect(Math.abs(large - small)).toBeLessThan(0.5);
  });
});

describe('siteKey', () => {
  it('lower-cases and drops one leading www.', () => {
    expect(siteKey('WWW.Example.org')).toBe('example.org');
    expect(siteKey('www2.example.org')).toBe('www2.example.org');
  });
});
