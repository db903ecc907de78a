/**
 * The bookmark export: a Netscape file that our own importer (and so any browser) reads back to the
 * same links, titles, tags, dates and read state, with page text kept as text whatever it holds.
 */
import { describe, expect, it } from 'vitest';
import { bookmarkTag, exportBookmarks, type BookmarkedArticle } from '../export-bookmarks';
import { parseImportFile } from '../import/detect';
import { parseNetscapeHtml } from '../import/netscape-html';
import { makeItem, SCRIPTS } from './fixtures';

const encoder = new TextEncoder();

describe('exportBookmarks', () => {
  it('writes a Netscape bookmark file that the importer recognises', () => {
    const file = exportBookmarks([makeItem(1), makeItem(2)]);
    expect(file.startsWith('<!DOCTYPE NETSCAPE-Bookmark-file-1>\n')).toBe(true);
    const parsed = parseImportFile(encoder.encode(file));
    expect(parsed.ok && parsed.value.format).toBe('netscape-html');
    expect(parsed.ok && parsed.value.candidates).toHaveLength(2);
  });

  it('writes ADD_DATE and LAST_MODIFIED in Unix seconds, and the read state as TOREAD', () => {
    const file = exportBookmarks([makeItem(3, { savedAt: 1_700_000_123_999, updatedAt: 1_700_000_456_000, read: true }), makeItem(4)]);
    expect(file).toContain('ADD_DATE="1700000123" LAST_MODIFIED="1700000456"');
    expect(file).toContain('TOREAD="0">Story number 3<');
    expect(file).toMatch(/TOREAD="1">Story number 4</);
  });

  it('keeps a hostile title and URL as text: no element, no broken attribute', () => {
    const title = `<script>alert("x")</script> & 'quoted' "double" </A><A HREF="javascript:alert(1)">`;
    const url = 'https://example.org/a?b=1&c="2"&d=<3>';
    const file = exportBookmarks([makeItem(1, { title, url, tags: ['"><img src=x onerror=alert(1)>'] })]);
    expect(file).not.toMatch(/<script/i);
    expect(file).not.toMatch(/<img/i);
    expect(file.match(/<A /g)).toHaveLength(1);
    const [back] = parseNetscapeHtml(file).candidates;
    expect(back?.title).toBe(title);
    expect(back?.url).toBe(new URL(url).href);
    expect(back?.tags).toEqual(['"><img src=x onerror=alert(1)>']);
  });

  it('joins tags with commas; a comma inside a tag becomes a space, so one tag stays one', () => {
    expect(bookmarkTag('Smith, John')).toBe('Smith John');
    expect(bookmarkTag(',,')).toBe('');
    const file = exportBookmarks([makeItem(1, { tags: ['news', 'Smith, John', 'समाचार', ',', 'Smith John'] })]);
    expect(file).toContain('TAGS="news,Smith John,समाचार"');
    expect(parseNetscapeHtml(file).candidates[0]?.tags).toEqual(['news', 'Smith John', 'समाचार']);
  });

  it('leaves TAGS out for an untagged article and falls back to the URL for an empty title', () => {
    const file = exportBookmarks([makeItem(1, { title: ' ', tags: [] })]);
    expect(file).not.toContain('TAGS=');
    expect(file).toContain('>https://news.example/story-1?utm=x</A>');
  });

  it('round-trips through the importer: same URLs, titles, tags, saved times (to the second) and read state', () => {
    const scripts = Object.values(SCRIPTS).map((article, i) =>
      makeItem(10 + i, { title: article.title, url: article.url, tags: [article.lang, 'उर्दू / اردو'] }),
    );
    const items: BookmarkedArticle[] = [
      ...scripts,
      makeItem(1, { title: 'Emoji 👩🏽‍💻 and ZWJ क्‍ष', tags: ['a&b', "it's", 'x"y'], read: true }),
      makeItem(2, { title: 'Line\nbreak', tags: [] }),
    ];
    const back = parseNetscapeHtml(exportBookmarks(items));
    expect(back.rejected).toEqual([]);
    expect(back.candidates.map((c) => ({ url: c.url, title: c.title, tags: c.tags, savedAt: c.savedAt, read: c.read }))).toEqual(
      items.map((item) => ({
        url: item.url,
        title: item.title.replace('\n', ' '),
        tags: item.tags,
        savedAt: Math.floor(item.savedAt / 1000) * 1000,
        read: item.read,
      })),
    );
  });

  it('writes an empty but valid file for no articles', () => {
    const file = exportBookmarks([]);
    expect(parseImportFile(encoder.encode(file)).ok).toBe(true);
    expect(parseNetscapeHtml(file).candidates).toEqual([]);
  });
});
