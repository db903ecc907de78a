/**
 * Putting removed blocks back ("Not right?"): each goes where the record says it sat, several at
 * once keep their places (indexes count the article as extracted, not as restored so far), a place
 * that does not exist is ignored, a huge record stays bounded, and the result passes the gate again.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../index';
import { countText, readingMinutes } from '../reading-time';
import { MAX_REMOVALS } from '../removal-report';
import { MAX_RESTORABLE, MAX_RESTORED_HTML, restorableIndexes } from '../removal-places';
import { restoreRemovals, withRestored } from '../restore-removal';
import { sanitizeHtml } from '../sanitize';
import type { Article, Removal, RemovalReason, SanitizedHtml } from '../types';
import { jsdomPage, prose } from './jsdom-page';

const win = window;
const clean = (html: string) => sanitizeHtml(html, win);
const ARTICLE = clean('<p>One.</p><p>Two.</p><p>Three.</p>');

function removal(html: string, at: number | null, extra: Partial<Removal> = {}): Removal {
  const reason: RemovalReason = extra.reason ?? 'read-also';
  return { step: 'test', reason, text: html.replace(/<[^>]+>/g, ''), chars: html.length, html: clean(html), at, within: false, ...extra };
}

describe('restoreRemovals', () => {
  it('puts a block back before block k', () => {
    const out = restoreRemovals(ARTICLE, [removal('<aside><p>Also read</p></aside>', 1)], [0], win);
    expect(out).toBe('<p>One.</p><aside><p>Also read</p></aside><p>Two.</p><p>Three.</p>');
  });

  it('puts a block at the start (0) and after the last block (the number of blocks)', () => {
    const out = restoreRemovals(
      ARTICLE,
      [removal('<p>First</p>', 0), removal('<p>Last</p>', 3), removal('<p>Later</p>', 3)],
      [0, 1, 2],
      win,
    );
    expect(out).toBe('<p>First</p><p>One.</p><p>Two.</p><p>Three.</p><p>Last</p><p>Later</p>');
  });

  it('puts text cut from within a block back at the end of that block', () => {
    const html = clean('<figure><img src="https://img.example/a.jpg" alt=""><figcaption>The bridge.</figcaption></figure><p>Two.</p>');
    const out = restoreRemovals(html, [removal('Photo: A. Lens', 0, { within: true, reason: 'credit' })], [0], win);
    expect(out).toContain('The bridge.</figcaption> Photo: A. Lens</figure>');
  });

  it('restores several at once, each at its place in the article as extracted', () => {
    const removals = [removal('<p>A</p>', 0), removal('<p>B</p>', 2), removal('<p>C</p>', 2), removal('<p>D</p>', 1)];
    expect(restoreRemovals(ARTICLE, removals, [3, 0, 2], win)).toBe('<p>A</p><p>One.</p><p>D</p><p>Two.</p><p>C</p><p>Three.</p>');
    expect(restoreRemovals(ARTICLE, removals, [1, 2], win)).toBe('<p>One.</p><p>Two.</p><p>B</p><p>C</p><p>Three.</p>');
  });

  it('ignores places out of range, removals without markup or place, and unknown indexes', () => {
    const removals = [
      removal('<p>Far</p>', 9),
      removal('<p>Nowhere</p>', null),
      { ...removal('<p>x</p>', 1), html: '' as SanitizedHtml },
      removal('in', 3, { within: true }),
    ];
    expect(restoreRemovals(ARTICLE, removals, [0, 1, 2, 3, 7, -1], win)).toBe(ARTICLE);
  });

  it('passes the gate again: a hostile removal stays inert', () => {
    // Markup that never went through the gate (a record from elsewhere) is cleaned on the way in.
    const hostile = { ...removal('', 1), html: '<img src="x" onerror="alert(1)"><a href="javascript:alert(1)">go</a><script>1</script>' };
    const out = restoreRemovals(ARTICLE, [hostile as Removal], [0], win);
    expect(out).not.toMatch(/onerror|javascript:|<script/i);
    expect(out).toContain('>go</a>');
  });

  it('stays bounded on a huge record', () => {
    expect(MAX_RESTORABLE).toBe(MAX_REMOVALS);
    const many = Array.from({ length: 1000 }, (_, i) => removal(`<p>R${i}</p>`, 1));
    expect(restorableIndexes(many)).toHaveLength(MAX_REMOVALS);
    const out = restoreRemovals(ARTICLE, many, many.keys(), win);
    expect(out.match(/<p>R\d+<\/p>/g)).toHaveLength(MAX_REMOVALS);
    const big = 'x'.repeat(19_000);
    const large = Array.from({ length: 40 }, () => removal(`<p>${big}</p>`, 1));
    expect(restorableIndexes(large).length).toBe(Math.floor(MAX_RESTORED_HTML / large[0]!.html.length));
  });
});

describe('withRestored', () => {
  it('recounts text, words and reading time from the restored html', () => {
    const article = { html: ARTICLE, text: 'One.\nTwo.\nThree.', wordCount: 3, readingMinutes: 1, title: 't' } as Article;
    const words = Array.from({ length: 460 }, (_, i) => `w${i}`).join(' ');
    const out = withRestored(article, [removal(`<p>${words}</p>`, 3)], [0], win);
    expect(out.text).toBe(`One.\nTwo.\nThree.\n${words}`);
    expect(out.wordCount).toBe(463);
    expect(out.readingMinutes).toBe(readingMinutes(countText(out.text)));
    expect(out.readingMinutes).toBeGreaterThan(1);
    expect(out.title).toBe('t');
  });

  it('puts a real extraction’s "Also read" box back where the page had it', () => {
    const page = jsdomPage(
      `<!doctype html><html lang="en"><head><title>Story</title></head><body><article><h1>Story</h1>${prose(3)}` +
        '<div class="also-read"><p>Also read: <a href="https://news.example/other">The tram line opens</a></p></div>' +
        `${prose(3, 'The second half of the story went on about the harbour')}</article></body></html>`,
    );
    const result = extractArticle(page.doc, 'https://news.example/story');
    if (!result.ok) throw new Error(result.message);
    const { article, removed } = result.value;
    const index = removed.blocks.findIndex((b) => b.text.includes('tram line'));
    expect(index).toBeGreaterThanOrEqual(0);
    expect(article.text).not.toContain('tram line');
    const restored = withRestored(article, removed.blocks, [index], page.doc.defaultView!);
    const lines = restored.text.split('\n');
    const at = lines.findIndex((l) => l.includes('tram line'));
    expect(lines[at - 1]).toContain('paragraph 3');
    expect(lines[at + 1]).toContain('The second half');
    page.close();
  });
});
