/**
 * The extract CLI with `--rule`, run as a user runs it (a child process, on repo fixture pages):
 * a rule for the page's site and path is applied exactly as the overlay applies it; a rule for
 * another host or path, or one whose selectors find nothing, leaves the page to the automatic reader,
 * and each JSON line says which. A bad rule file stops the run with one line and a non-zero exit.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const TSX = join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
const dir = mkdtempSync(join(tmpdir(), 'broadsheet-rule-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const fixture = (slug: string) => `tests/pages/${slug}/source.html`;
const expected = (slug: string) =>
  JSON.parse(readFileSync(join(ROOT, 'tests', 'pages', slug, 'expected.json'), 'utf8')) as {
    mustContain: string[];
    mustNotContain: string[];
  };
const COMMENTS = 'hi-div-cms-comment-thread';
const FARES = 'en-news-inline-links-fare-hike';

/** Writes `rule` (an object, or raw text) to a file and returns its path. */
function ruleFile(name: string, rule: unknown): string {
  const path = join(dir, `${name}.json`);
  writeFileSync(path, typeof rule === 'string' ? rule : JSON.stringify(rule));
  return path;
}

function run(args: string[]) {
  const r = spawnSync(process.execPath, [TSX, 'scripts/extract.ts', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  const lines = r.stdout
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Record<string, unknown> & { text?: string; rule?: string });
  return { status: r.status, stderr: r.stderr, lines };
}

const storyRule = {
  version: 1,
  site: 'nagarsamvad.in',
  pathPrefix: '/madhya-pradesh/',
  select: ['.story-body', '.l-col .dtl'],
  exclude: ['.cmt-ttl', '.cmt-lst'],
};

// Each case starts the CLI (tsx, jsdom) one to three times: seconds each on a loaded machine.
describe('extract --rule', { timeout: 120_000 }, () => {
  it('applies a rule for the page’s site and path, and leaves other pages to the automatic reader', () => {
    const rule = ruleFile('story', storyRule);
    const { status, lines } = run(['--rule', rule, fixture(COMMENTS), fixture(FARES)]);
    expect(status).toBe(0);
    const [applied, other] = lines;
    expect(applied).toMatchObject({ ok: true, rule: 'applied', ruleMatch: { selector: '.l-col .dtl' } });
    const { mustContain, mustNotContain } = expected(COMMENTS);
    for (const s of mustContain) expect(applied!.text).toContain(s);
    for (const s of mustNotContain) expect(applied!.text).not.toContain(s);
    // The fare-hike page is on another host: automatic extraction, as without the rule.
    expect(other).toMatchObject({ ok: true, rule: 'other-site', ruleMatch: { selector: null, refused: [] } });
    const plain = run([fixture(FARES)]).lines[0]!;
    expect(other!.text).toBe(plain.text);
    expect(plain.rule).toBeUndefined();
  });

  it('fixes a page the automatic reader gets wrong (a known gap), and the fix sticks for the path', () => {
    const rule = ruleFile('fares', { version: 1, site: 'metrobeacon.com', pathPrefix: '/2025/', select: ['article.story .entry-content'] });
    const { lines } = run(['--rule', rule, fixture(FARES)]);
    expect(lines[0]).toMatchObject({ ok: true, rule: 'applied' });
    const { mustContain, mustNotContain } = expected(FARES);
    for (const s of mustContain) expect(lines[0]!.text).toContain(s);
    for (const s of mustNotContain) expect(lines[0]!.text).not.toContain(s);
  });

  it('says no-match when no selector finds a block, and other-site when --url puts the page on another path', () => {
    const nothing = ruleFile('nothing', { ...storyRule, select: ['.no-such-block'] });
    const a = run(['--rule', nothing, fixture(COMMENTS)]).lines[0]!;
    expect(a).toMatchObject({
      ok: true,
      rule: 'no-match',
      ruleMatch: { selector: null, refused: [{ selector: '.no-such-block', reason: 'no-element' }] },
    });
    const story = ruleFile('story-again', storyRule);
    const b = run(['--rule', story, '--url', 'https://www.nagarsamvad.in/khel/cricket-1', fixture(COMMENTS)]).lines[0]!;
    expect(b).toMatchObject({ rule: 'other-site' });
    const c = run(['--rule', story, '--url', 'https://nagarsamvad.in/madhya-pradesh/x', fixture(COMMENTS)]).lines[0]!;
    expect(c).toMatchObject({ rule: 'applied' });
  });

  it.each([
    ['not JSON', '{"version":1,', /is not a valid rule \(invalid-json\): Not JSON/],
    ['an unknown version', { ...storyRule, version: 7 }, /\(unsupported-version\): Rule version 7 is newer/],
    ['a 5,000-character selector', { ...storyRule, select: ['div'.padEnd(5000, ' ')] }, /select\[0\]: 5000 characters; at most 1000/],
    ['too many selectors', { ...storyRule, exclude: Array.from({ length: 25 }, (_, i) => `.x${i}`) }, /exclude: 25 selectors; at most 20/],
  ])('refuses a rule file with %s: one line on stderr, exit 2, no output', (name, rule, message) => {
    const { status, stderr, lines } = run(['--rule', ruleFile(name.replace(/\W+/g, '-'), rule), fixture(COMMENTS)]);
    expect(status).toBe(2);
    expect(lines).toEqual([]);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(message);
  });

  it('refuses a rule file it cannot read, and a --rule without a file', () => {
    const missing = run(['--rule', join(dir, 'missing.json'), fixture(COMMENTS)]);
    expect(missing.status).toBe(2);
    expect(missing.stderr.trim()).toMatch(/^extract: cannot read .*missing\.json: ENOENT$/);
    expect(run([fixture(COMMENTS), '--rule']).status).toBe(2);
  });
});
