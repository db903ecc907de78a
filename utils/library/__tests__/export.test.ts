/**
 * The export file: a round trip is lossless and byte-identical, and imports refuse what is not
 * ours (nothing changes) or import the good part of a damaged file and name the bad items.
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { sanitizeHtml } from '@/utils/extract/sanitize';
import { articleToHtml, articleToMarkdown } from '../export-article';
import { EXPORT_FORMAT, EXPORT_VERSION, parseExportFile } from '../export-format';
import { exportLibrary } from '../export-library';
import { addHighlight, deleteHighlights, listHighlights } from '../highlights';
import { importItems } from '../import-items';
import { getArticle, getMetas, listIds } from '../read';
import { deleteArticles } from '../remove';
import { itemFromArticle } from '../item';
import { writeArticles } from '../save';
import { openLibrary } from '../open';
import type { LibraryDB } from '../schema';
import type { Highlight } from '@/utils/annotations/types';
import type { LibraryItem, RejectedItem } from '../types';
import { labelOf, validateItem } from '../validate-item';
import { freshIndexedDB, makeItem, SCRIPTS } from './fixtures';

let db: LibraryDB;
beforeEach(async () => {
  freshIndexedDB();
  db = await openLibrary('a');
});
afterEach(() => db.close());

const fileOf = async (library: LibraryDB) => (await exportLibrary(library)).join('');

/** Imports a file as the library page and background do: parse, validate each item, write the good ones. */
async function importFile(library: LibraryDB, text: string) {
  const parsed = parseExportFile(text);
  if (!parsed.ok) return parsed;
  const good: LibraryItem[] = [];
  const rejected: RejectedItem[] = [];
  for (const [i, raw] of parsed.value.entries()) {
    const checked = validateItem(raw);
    if (checked.ok) good.push(checked.value);
    else rejected.push({ index: i, label: labelOf(raw), reason: checked.error });
  }
  await writeArticles(library, good, 'import');
  return { ok: true as const, imported: good.length, rejected };
}

describe('export → import → export', () => {
  it('is byte-identical, into an empty library and into the same one', async () => {
    let now = 10_000;
    for (const article of Object.values(SCRIPTS)) await writeArticles(db, [itemFromArticle(article, (now += 1))], 'save');
    await writeArticles(db, [makeItem(1, { savedAt: now }), makeItem(2, { savedAt: now })], 'import'); // a tie on savedAt
    const deleted = await writeArticles(db, [makeItem(3)], 'import');
    await deleteArticles(db, [deleted[0]!.id], 99_999);

    const first = await fileOf(db);
    const parsed = JSON.parse(first) as { format: string; version: number; count: number; articles: LibraryItem[] };
    expect(parsed).toMatchObject({ format: EXPORT_FORMAT, version: EXPORT_VERSION, count: 8 });
    expect(parsed.articles.map((a) => a.title)).not.toContain('Story number 3');

    const other = await openLibrary('b');
    expect(await importFile(other, first)).toMatchObject({ ok: true, imported: 8, rejected: [] });
    expect(await fileOf(other)).toBe(first);
    other.close();

    await importFile(db, first);
    expect(await fileOf(db)).toBe(first);
  });

  it('is byte-identical with highlights (version 2): each travels in its article and comes back on the new id', async () => {
    const [a, b] = await writeArticles(db, [makeItem(1, { savedAt: 5 }), makeItem(2, { savedAt: 6 })], 'import');
    const mark = (id: string, articleId: number, start: number, extra: Partial<Highlight> = {}): Highlight => ({
      id,
      articleId,
      target: {
        quote: { type: 'TextQuoteSelector', exact: 'Body', prefix: 'x'.repeat(start), suffix: ' of story' },
        position: { type: 'TextPositionSelector', start, end: start + 4 },
      },
      colour: 'green',
      note: 'a "quoted" note\nwith a line',
      createdAt: 100,
      updatedAt: 200,
      ...extra,
    });
    // Added out of text order, with a tie on position and age (the id decides), and one deleted (not exported).
    for (const h of [
      mark('h3', a!.id, 9),
      mark('h2', a!.id, 0),
      mark('h1', a!.id, 0),
      mark('h4', b!.id, 2, { colour: 'pink', note: '' }),
    ]) {
      expect(await addHighlight(db, h)).toBeNull();
    }
    expect(await addHighlight(db, mark('gone', a!.id, 3))).toBeNull();
    await deleteHighlights(db, ['gone'], 1_000);

    const first = await fileOf(db);
    const lines = first.split('\n');
    expect(lines[0]).toBe(`{"format":"${EXPORT_FORMAT}","version":2,"count":2,"articles":[`);
    const [newest, older] = (JSON.parse(first) as { articles: { title: string; highlights: { id: string }[] }[] }).articles;
    expect(newest!.highlights.map((h) => h.id)).toEqual(['h4']);
    expect(older!.highlights.map((h) => h.id)).toEqual(['h1', 'h2', 'h3']);
    expect(lines[2]).toContain(
      'culture.","highlights":[{"id":"h1","target":{"quote":{"type":"TextQuoteSelector","exact":"Body","prefix":"","suffix":" of story"},' +
        '"position":{"type":"TextPositionSelector","start":0,"end":4}},"colour":"green","note":"a \\"quoted\\" note\\nwith a line","createdAt":100,"updatedAt":200}',
    );
    expect(first).not.toContain('articleId');

    const other = await openLibrary('b');
    const [nine] = await writeArticles(other, [makeItem(9)], 'import'); // so the imported articles get other ids
    const report = await importItems(other, (parseExportFile(first) as { value: unknown[] }).value, 0);
    expect(report).toEqual({ added: 2, updated: 0, rejected: [], highlights: 4, rejectedHighlights: [] });
    const story1 = (await getMetas(other, await listIds(other, 'all'))).find((m) => m?.title === 'Story number 1')!;
    expect(story1.id).not.toBe(a!.id);
    expect((await listHighlights(other, story1.id)).map((h) => [h.id, h.articleId])).toEqual([
      ['h1', story1.id],
      ['h2', story1.id],
      ['h3', story1.id],
    ]);
    await deleteArticles(other, [nine!.id], 2_000); // so the library is the exported one again
    expect(await fileOf(other)).toBe(first);
    // Importing the same file again merges: no highlight is repeated.
    await importItems(other, (parseExportFile(first) as { value: unknown[] }).value, 0);
    expect(await fileOf(other)).toBe(first);
    other.close();
  });

  it('keeps every field, including read state, position and timestamps', async () => {
    const item = makeItem(7, { read: true, readAt: 123, progress: 0.25, leadImage: 'https://img.example/a.jpg' });
    await importFile(db, `{"format":"${EXPORT_FORMAT}","version":1,"count":1,"articles":[${JSON.stringify(item)}]}`);
    const [id] = await listIds(db, 'all');
    expect(await getArticle(db, id!)).toEqual({ ...item, id });
  });
});

describe('import validation', () => {
  it.each([
    ['not JSON', '{"format": "broadsheet-library", "articles": [', 'corrupt'],
    ['an empty file', '', 'corrupt'],
    ['a Pocket-style export', '{"list": {"1": {"resolved_url": "https://a.example"}}}', 'foreign'],
    ['a JSON array', '[1, 2, 3]', 'foreign'],
    ['a newer version', `{"format":"${EXPORT_FORMAT}","version":99,"articles":[]}`, 'newer-version'],
    ['articles that are not a list', `{"format":"${EXPORT_FORMAT}","version":1,"articles":{}}`, 'corrupt'],
  ])('refuses %s and changes nothing', async (_name, text, error) => {
    await writeArticles(db, [makeItem(1)], 'import');
    const before = await fileOf(db);
    expect(await importFile(db, text)).toMatchObject({ ok: false, error });
    expect(await fileOf(db)).toBe(before);
  });

  it('imports the good items of a partly bad file and names the bad ones', async () => {
    const good = [makeItem(1), makeItem(2)];
    const text = JSON.stringify({
      format: EXPORT_FORMAT,
      version: 1,
      articles: [
        good[0],
        { ...makeItem(3), canonicalUrl: 'javascript:alert(1)' },
        'not an article',
        { ...makeItem(4), savedAt: 'yesterday' },
        { ...makeItem(5), html: undefined },
        good[1],
      ],
    });
    const result = await importFile(db, text);
    expect(result).toEqual({
      ok: true,
      imported: 2,
      rejected: [
        { index: 1, label: 'Story number 3', reason: 'bad-canonicalUrl' },
        { index: 2, label: null, reason: 'not-an-object' },
        { index: 3, label: 'Story number 4', reason: 'bad-savedAt' },
        { index: 4, label: 'Story number 5', reason: 'bad-html' },
      ],
    });
    const titles = (await getMetas(db, await listIds(db, 'all'))).map((m) => m?.title);
    expect(titles).toEqual(['Story number 2', 'Story number 1']);
  });

  it('accepts a file saved with a byte-order mark', () => {
    expect(parseExportFile(`\ufeff{"format":"${EXPORT_FORMAT}","version":1,"articles":[]}`)).toEqual({ ok: true, value: [] });
  });
});

describe('one article as Markdown and standalone HTML', () => {
  // A window of its own, as the library page has: the sanitizer needs one (utils/extract/sanitize.ts).
  const win = new JSDOM('').window as unknown as Window;
  const meta = { ...makeItem(1), id: 1, title: 'Tea *and* <cake>', byline: 'Jane Doe', siteName: 'Daily' };
  const hostile =
    '<h2>Part one</h2><p>Some <strong>bold</strong> text <a href="https://a.example/">link</a>.</p><img src="x" onerror="alert(1)"><script>alert(2)</script>';

  it('writes Markdown with a header, a link to the original, and the body', () => {
    const md = articleToMarkdown(meta, sanitizeHtml(hostile, win));
    expect(md).toContain('# Tea \\*and\\* \\<cake\\>');
    expect(md).toContain('*Jane Doe · Daily · 2024-09-03*');
    expect(md).toContain(`<${meta.url}>`);
    expect(md).toContain('## Part one');
    expect(md).toContain('**bold**');
    expect(md).toContain('[link](https://a.example/)');
    expect(md).not.toMatch(/alert|onerror/);
  });

  it('writes a complete HTML page with no script and a CSP that forbids any', () => {
    const html = articleToHtml(meta, sanitizeHtml(hostile, win));
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('<title>Tea *and* &lt;cake&gt;</title>');
    expect(html).toContain("default-src 'none'");
    expect(html).not.toMatch(/<script|onerror/);
    expect(html).toContain('<strong>bold</strong>');
  });
});
