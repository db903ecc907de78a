/**
 * The import parsers on files written here, in each format's shape, with the bad input the
 * importers of other read-later tools meet: BOM, CRLF, quoted newlines, missing columns,
 * windows-1252, duplicate URLs, non-web URLs, ZIP bombs and path traversal.
 */
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parseImportFile } from '../detect';
import { previewImport } from '../preview';

const text = (s: string) => strToU8(s);

function preview(bytes: Uint8Array) {
  const result = previewImport(bytes);
  if (!result.ok) throw new Error(`refused: ${result.reason}`);
  return result.preview;
}

describe('Pocket ZIP (2024–25)', () => {
  const csv0 =
    'title,url,time_added,tags,status\r\n' +
    'Harbour bridge closes,https://example.org/a?utm_source=x,1700000000,local|transport,unread\r\n' +
    '"A title, with a comma\nand a newline",https://example.org/b,1700000100,,archive\r\n' +
    'Bad link,javascript:alert(1),1700000200,,unread\r\n';
  const csv1 = 'title,url,time_added,tags,status\nबजट पर बहस,https://example.in/hindi,1700000300,राजनीति,unread\n';
  const annotations = JSON.stringify([
    { url: 'https://example.org/b', title: 'x', highlights: [{ quote: 'a quote', created_at: 1700000400 }] },
  ]);
  const zip = zipSync({ 'part_000000.csv': text(csv0), 'part_000001.csv': text(csv1), 'annotations/part_000000.json': text(annotations) });

  it('reads every part, tags, read state and highlights, and refuses a javascript: URL per line', () => {
    const p = preview(zip);
    expect(p.format).toBe('pocket-zip');
    expect(p.items).toBe(3);
    expect(p.unread).toBe(2);
    expect(p.archived).toBe(1);
    expect(p.tags).toBe(3);
    expect(p.withText).toBe(0);
    expect(p.highlights).toBe(1);
    expect(p.rejected).toHaveLength(1);
    expect(p.rejected[0]!.reason).toMatch(/javascript|url/i);
  });

  it('refuses an archive with a path-traversal entry as a whole', () => {
    const bad = zipSync({ 'part_000000.csv': text(csv0), '../evil.csv': text('x') });
    const result = parseImportFile(bad);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toBe('zip-unsafe-path');
  });

  it('stops a ZIP that inflates past the limit (a ZIP bomb) instead of unpacking it', () => {
    const bomb = zipSync({ 'part_000000.csv': new Uint8Array(2_000_000) }, { level: 9 });
    expect(bomb.length).toBeLessThan(20_000);
    const result = parseImportFile(bomb, 1_000_000);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toBe('zip-too-large');
  });
});

describe('Instapaper CSV', () => {
  it('takes a BOM, CRLF, the older four columns and duplicate URLs (merged to one item)', () => {
    const csv =
      '\uFEFFURL,Title,Selection,Folder\r\nhttps://example.com/1,One,,Unread\r\nhttps://example.com/2,Two,,Archive\r\n' +
      'https://example.com/1,One again,,Archive\r\n';
    const p = preview(text(csv));
    expect(p.format).toBe('instapaper-csv');
    expect(p.items).toBe(2);
  });

  it('reads a windows-1252 file without mojibake', () => {
    const head = 'URL,Title,Selection,Folder,Timestamp,Tags\n';
    const line = 'https://example.com/caf,Caf\xe9 society,,Unread,1700000000,[]\n';
    const bytes = Uint8Array.from([...head, ...line].map((c) => c.charCodeAt(0)));
    const parsed = parseImportFile(bytes);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.value.candidates[0]!.title).toBe('Café society');
  });
});

describe('wallabag JSON and Netscape bookmarks', () => {
  it('wallabag entries carry their text', () => {
    const json = JSON.stringify([
      {
        title: 'T',
        url: 'https://example.net/t',
        is_archived: 1,
        is_starred: 0,
        content: '<p>Story</p>',
        tags: ['a'],
        created_at: '2024-01-02T03:04:05+00:00',
      },
      { title: 'F', url: 'file:///etc/passwd', is_archived: 0, content: '' },
    ]);
    const p = preview(text(json));
    expect(p.format).toBe('wallabag-json');
    expect(p.items).toBe(1);
    expect(p.withText).toBe(1);
    expect(p.archived).toBe(1);
    expect(p.rejected).toHaveLength(1);
  });

  it('a bookmarks folder becomes a tag, and a data: link is refused', () => {
    const html = `<!DOCTYPE NETSCAPE-Bookmark-file-1>
<DL><p><DT><H3>News</H3><DL><p>
<DT><A HREF="https://example.org/x" ADD_DATE="1700000000">X</A>
<DT><A HREF="data:text/html,hi" ADD_DATE="1700000000">D</A>
</DL><p></DL>`;
    const p = preview(text(html));
    expect(p.format).toBe('netscape-html');
    expect(p.items).toBe(1);
    expect(p.tags).toBe(1);
    expect(p.rejected).toHaveLength(1);
  });
});

it('a file in none of the formats is refused as a whole with a reason', () => {
  const result = previewImport(text('just some words, not a reading list'));
  expect(result.ok).toBe(false);
  if (!result.ok) expect(result.reason).toMatch(/unknown-format/);
});
