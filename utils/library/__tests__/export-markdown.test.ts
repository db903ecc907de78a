/**
 * The Markdown folder export: file names that every file system takes and that keep every script,
 * front matter that stays data whatever a title holds, bodies as Markdown, links for link-only
 * articles, and a ZIP that unzips to exactly one note per article, also for 2,000 of them.
 */
import { describe, expect, it } from 'vitest';
import { unzipSync } from 'fflate';
import type { SanitizedHtml } from '@/utils/extract/types';
import { articleNote, exportMarkdownZip, fileStem, NoteNames, noteFrontMatter } from '../export-markdown';
import { metaOf } from '../item';
import type { ArticleMeta } from '../types';
import { makeItem, SCRIPTS } from './fixtures';

const decoder = new TextDecoder();
const bytes = (text: string) => new TextEncoder().encode(text).length;

/** A saved article's metadata (id n) with overrides. */
const meta = (n: number, overrides: Partial<ArticleMeta> = {}): ArticleMeta => ({ ...metaOf(makeItem(n), n), ...overrides });

/** The archive's files, name → text. */
function unzip(parts: Uint8Array[]): Record<string, string> {
  const whole = new Uint8Array(parts.reduce((n, part) => n + part.length, 0));
  let at = 0;
  for (const part of parts) {
    whole.set(part, at);
    at += part.length;
  }
  return Object.fromEntries(Object.entries(unzipSync(whole)).map(([name, data]) => [name, decoder.decode(data)]));
}

/** The front matter's `key: value` lines, each value read back as the JSON string a YAML double-quoted scalar also is. */
function frontMatterOf(note: string): Record<string, string | string[]> {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(note);
  if (!match) throw new Error('no front matter');
  const out: Record<string, string | string[]> = {};
  let list: string[] | null = null;
  for (const line of match[1]!.split('\n')) {
    const item = /^ {2}- (".*")$/.exec(line);
    if (item && list) list.push(JSON.parse(item[1]!) as string);
    else {
      const field = /^([a-z]+):(?: (.*))?$/.exec(line);
      if (!field) throw new Error(`not a front matter line: ${line}`);
      if (field[2] === undefined) out[field[1]!] = list = [];
      else out[field[1]!] = field[2] === '[]' ? [] : (JSON.parse(field[2]) as string);
    }
  }
  return out;
}

describe('fileStem', () => {
  it('keeps every script as it is', () => {
    for (const article of Object.values(SCRIPTS)) expect(fileStem(article.title)).toBe(article.title);
    expect(fileStem('Emoji 👩🏽‍💻 and ZWNJ می‌خواهم')).toBe('Emoji 👩🏽‍💻 and ZWNJ می‌خواهم');
  });

  it('replaces only what file systems refuse, control characters and direction overrides', () => {
    expect(fileStem('a/b\\c:d*e?f"g<h>i|j')).toBe('a b c d e f g h i j');
    expect(fileStem('tab\there\nnew\u0000null\u007f\u0085')).toBe('tab here new null');
    expect(fileStem('invoice\u202Edm.exe')).toBe('invoice dm.exe');
    expect(fileStem("It's 50% off — (really) & more, [x] {y} #1!")).toBe("It's 50% off — (really) & more, [x] {y} #1!");
  });

  it('never gives a hidden file, a dot-dot name, a trailing dot, nothing, or a Windows device name', () => {
    expect(fileStem('..')).toBe('Untitled');
    expect(fileStem('../../etc/passwd')).toBe('etc passwd');
    expect(fileStem('.bashrc')).toBe('bashrc');
    expect(fileStem(' ... Ends with dots... ')).toBe('Ends with dots');
    expect(fileStem('')).toBe('Untitled');
    expect(fileStem('???')).toBe('Untitled');
    expect(fileStem('CON')).toBe('CON_');
    expect(fileStem('lpt1')).toBe('lpt1_');
    expect(fileStem('nul.tar')).toBe('nul_.tar');
    expect(fileStem('Console')).toBe('Console');
  });

  it('cuts a long title to at most 100 bytes of UTF-8 at a character boundary, in every script', () => {
    const titles = [
      'x'.repeat(300),
      SCRIPTS.hindi.title.repeat(10),
      'क्षत्रिय '.repeat(20),
      SCRIPTS.arabic.title.repeat(10),
      SCRIPTS.chinese.title.repeat(10),
      '👩🏽‍💻'.repeat(20),
    ];
    for (const title of titles) {
      const stem = fileStem(title);
      expect(bytes(stem)).toBeLessThanOrEqual(100);
      expect(bytes(stem)).toBeGreaterThan(70);
      expect(title.startsWith(stem)).toBe(true);
      // The next user-perceived character did not fit (nothing was cut more than needed, nothing cut in half).
      const [next] = new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(title.slice(stem.length).trimStart());
      expect(bytes(stem) + 1 + bytes(next?.segment ?? '')).toBeGreaterThan(100);
    }
    // A Devanagari cluster (consonant + virama + consonant + vowel sign) is never split.
    expect(fileStem('क्षि'.repeat(40)).length % 'क्षि'.length).toBe(0);
  });

  it('composes to NFC, as macOS and the other file systems then agree on the name', () => {
    expect(fileStem('Cafe\u0301')).toBe('Café');
  });
});

describe('NoteNames', () => {
  it('gives a repeated title " (2)", " (3)", case-insensitively, without colliding with a real "(2)" title', () => {
    const names = new NoteNames();
    expect(['News', 'news', 'News (2)', 'NEWS', '', '..'].map((t) => names.next(t))).toEqual([
      'News.md',
      'news (2).md',
      'News (2) (2).md',
      'NEWS (3).md',
      'Untitled.md',
      'Untitled (2).md',
    ]);
  });
});

describe('note text', () => {
  it('front matter: title, url, site, author, saved (ISO), tags as a list', () => {
    const note = noteFrontMatter(meta(1, { tags: ['news', 'हिन्दी'], savedAt: Date.UTC(2024, 8, 3, 10, 0, 0) }));
    expect(note).toBe(
      [
        '---',
        'title: "Story number 1"',
        'url: "https://news.example/story-1?utm=x"',
        'site: "News Example"',
        'author: "A. Writer"',
        'saved: "2024-09-03T10:00:00.000Z"',
        'tags:',
        '  - "news"',
        '  - "हिन्दी"',
        '---',
      ].join('\n'),
    );
    expect(noteFrontMatter(meta(2, { siteName: null }))).not.toMatch(/^(site|author):/m);
    expect(noteFrontMatter(meta(2))).toContain('\ntags: []\n');
  });

  it('hostile titles, authors and tags stay one string each', () => {
    const hostile = [
      'null',
      'yes',
      '1e3',
      '- item',
      'key: value',
      '#tag',
      '&anchor *alias',
      '"quoted" \\ backslash',
      'line\nbreak\r\n---\nevil: true',
      '---',
      '{ a: 1 }',
      '\u2028\u0085\ufeff\u0007',
    ];
    for (const text of hostile) {
      const fields = frontMatterOf(articleNote(meta(1, { title: text, byline: text, tags: [text] }), null));
      expect(fields.title).toBe(text);
      expect(fields.author).toBe(text);
      expect(fields.tags).toEqual([text]);
      expect(Object.keys(fields)).toEqual(['title', 'url', 'site', 'author', 'saved', 'tags']);
    }
  });

  it('an article with a body: front matter, then the body as Markdown', () => {
    const html = '<h2>Part one</h2><p>Some <strong>bold</strong> words.</p><ul><li>one</li></ul>' as SanitizedHtml;
    const note = articleNote(meta(1), html);
    expect(note).toMatch(/^---\ntitle: "Story number 1"\n[\s\S]*\n---\n\n# Story number 1\n/);
    expect(note).toContain('<https://news.example/story-1?utm=x>');
    expect(note).toContain('## Part one\n\nSome **bold** words.\n\n-   one\n');
  });

  it('a link-only article: front matter and a link line, with its title escaped', () => {
    const note = articleNote(meta(1, { title: '[Click](javascript:x) <b>' }), null);
    expect(note).toBe(
      `${noteFrontMatter(meta(1, { title: '[Click](javascript:x) <b>' }))}\n\n[\\[Click\\](javascript:x) \\<b\\>](<https://news.example/story-1?utm=x>)\n`,
    );
    expect(articleNote(meta(1), '  ' as SanitizedHtml)).toContain('\n\n[Story number 1](<https://news.example/story-1?utm=x>)\n');
  });
});

describe('exportMarkdownZip', () => {
  it('unzips to one note per article, named for its title, in the folder, every script intact', async () => {
    const items = [
      ...Object.values(SCRIPTS).map((article, i) => meta(10 + i, { title: article.title, url: article.url })),
      meta(1, { title: 'Same' }),
      meta(2, { title: 'Same' }),
      meta(3, { title: 'Link only' }),
    ];
    const bodies = new Map<number, SanitizedHtml | null>(items.map((item) => [item.id, `<p>Body of ${item.title}</p>` as SanitizedHtml]));
    bodies.set(3, null);
    const files = unzip(await exportMarkdownZip(items, async (item) => bodies.get(item.id) ?? null, { folder: 'broadsheet-2024-09-03' }));
    expect(Object.keys(files)).toEqual([
      ...Object.values(SCRIPTS).map((article) => `broadsheet-2024-09-03/${article.title}.md`),
      'broadsheet-2024-09-03/Same.md',
      'broadsheet-2024-09-03/Same (2).md',
      'broadsheet-2024-09-03/Link only.md',
    ]);
    expect(files[`broadsheet-2024-09-03/${SCRIPTS.hindi.title}.md`]).toContain(`Body of ${SCRIPTS.hindi.title}`);
    expect(frontMatterOf(files['broadsheet-2024-09-03/Same (2).md']!).url).toBe('https://news.example/story-2?utm=x');
    expect(files['broadsheet-2024-09-03/Link only.md']).toMatch(/---\n\n\[Link only\]\(<https:\/\/news\.example\/story-3\?utm=x>\)\n$/);
  });

  it('dates each note by its save, and writes notes saved at a time a ZIP cannot say', async () => {
    const savedAt = Date.UTC(2024, 8, 3, 10, 0, 0);
    const dated = [meta(1, { savedAt }), meta(2, { savedAt: 0 }), meta(3, { savedAt: Date.UTC(2100, 0, 1) }), meta(4, { savedAt: NaN })];
    const parts = await exportMarkdownZip(dated, async () => null);
    expect(Object.keys(unzip(parts))).toHaveLength(4);
    // The first local file header's MS-DOS date (offset 12): years since 1980, month, day, in local time.
    const first = new DataView(parts[0]!.buffer, parts[0]!.byteOffset);
    expect(first.getUint32(0, true)).toBe(0x04034b50);
    const dosDate = first.getUint16(12, true);
    expect([1980 + (dosDate >> 9), (dosDate >> 5) & 15]).toEqual([new Date(savedAt).getFullYear(), new Date(savedAt).getMonth() + 1]);
  });

  it('puts the notes at the top without a folder, and writes a valid empty archive for no articles', async () => {
    expect(Object.keys(unzip(await exportMarkdownZip([meta(1)], async () => null)))).toEqual(['Story number 1.md']);
    expect(unzip(await exportMarkdownZip([], async () => null))).toEqual({});
  });

  it('2,000 articles: every one a note with its own name and body, bodies asked for a batch at a time', async () => {
    const items = Array.from({ length: 2000 }, (_, i) => meta(i + 1, { title: i % 10 === 0 ? 'Repeated title' : `Story ${i + 1}` }));
    let inFlight = 0;
    let most = 0;
    const asked: number[] = [];
    const parts = await exportMarkdownZip(items, async (item) => {
      asked.push(item.id);
      inFlight += 1;
      most = Math.max(most, inFlight);
      await Promise.resolve();
      inFlight -= 1;
      return item.id % 7 === 0 ? null : (`<p>Text of article ${item.id}.</p>` as SanitizedHtml);
    });
    expect(asked).toEqual(items.map((item) => item.id));
    expect(most).toBeLessThanOrEqual(50);
    const files = unzip(parts);
    const names = Object.keys(files);
    expect(names).toHaveLength(2000);
    expect(new Set(names.map((name) => name.toLowerCase())).size).toBe(2000);
    expect(names.filter((name) => name.startsWith('Repeated title'))).toHaveLength(200);
    expect(names).toContain('Repeated title (200).md');
    items.forEach((item, i) => {
      const note = files[names[i]!]!;
      expect(frontMatterOf(note).url).toBe(item.url);
      if (item.id % 7 === 0) expect(note).not.toContain('Text of article');
      else expect(note).toContain(`Text of article ${item.id}.`);
    });
  });
});
