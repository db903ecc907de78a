/**
 * Bad input never crashes or hangs extraction: each case returns a typed failure or a best-effort
 * article. Big inputs are generated here, never committed. "No hang" is enforced by the test
 * timeout (bounded work); speed itself is measured by the bench, not asserted here.
 */
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../index';
import { jsdomPage, prose } from './jsdom-page';

const URL_ = 'https://news.example/story';

function extractFrom(html: string | Buffer) {
  const page = jsdomPage(html, URL_);
  try {
    return extractArticle(page.doc, URL_);
  } finally {
    page.close();
  }
}

describe('extractArticle on bad input', () => {
  it('an empty document: not an article', () => {
    expect(extractFrom('')).toMatchObject({ ok: false, error: 'not-article' });
  });

  it('a frameset: unsupported', () => {
    expect(extractFrom('<html><frameset><frame src="a.html"></frameset></html>')).toMatchObject({
      ok: false,
      error: 'unsupported-document',
    });
  });

  it('an XML document and an SVG document: unsupported', () => {
    for (const [markup, type] of [
      ['<?xml version="1.0"?><feed><entry>text</entry></feed>', 'application/xml'],
      ['<svg xmlns="http://www.w3.org/2000/svg"><text>hi</text></svg>', 'image/svg+xml'],
    ] as const) {
      const dom = new JSDOM(markup, { contentType: type, url: URL_, virtualConsole: new VirtualConsole() });
      expect(extractArticle(dom.window.document, URL_)).toMatchObject({ ok: false, error: 'unsupported-document' });
      dom.window.close();
    }
  });

  it('a 10 MB page (an inline data blob, long comment threads): an article', () => {
    const blob = `<script type="application/json">${JSON.stringify({ items: 'x'.repeat(8_000_000) })}</script>`;
    const comments = `<li class="c">${'Great read, thanks. '.repeat(20)}</li>`.repeat(5000);
    const html = `<html><body>${blob}<article><h1>Big</h1>${prose(40)}</article><ul class="comment-list">${comments}</ul></body></html>`;
    expect(html.length).toBeGreaterThan(10_000_000);
    const result = extractFrom(html);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value.article.text).not.toContain('Great read');
  }, 120_000);

  // The next inputs are built with DOM calls, not parsed: an HTML parser's own cost on them is not
  // what is being tested.
  function built(fill: (doc: Document) => void) {
    const page = jsdomPage('<!doctype html><html><head></head><body></body></html>', URL_);
    fill(page.doc);
    try {
      return extractArticle(page.doc, URL_);
    } finally {
      page.close();
    }
  }

  function appendStory(doc: Document, parent: Element) {
    const article = parent.appendChild(doc.createElement('article'));
    article.innerHTML = `<h1>Story</h1>${prose(10)}`;
  }

  it('a DOM nested 10,000 levels deep: a typed failure, no stack overflow', () => {
    // Parsed (jsdom's DOM calls recurse per level on insertion; its parser does not).
    const page = jsdomPage(`<html><body>${'<div>'.repeat(10_000)}${prose(5)}${'</div>'.repeat(10_000)}</body></html>`, URL_);
    expect(extractArticle(page.doc, URL_)).toMatchObject({ ok: false, error: 'too-large' });
    // Not closed: jsdom tears a window down (and removes nodes) recursively per level, which overflows
    // on this tree; the window is garbage once the test ends.
  }, 180_000); // jsdom's parser alone needs most of this on a busy machine

  function wide(doc: Document) {
    for (let i = 0; i < 100_000; i++)
      doc.body.appendChild(doc.createElement('div')).appendChild(doc.createElement('span')).textContent = 'x';
  }

  it('a page with 200,000 elements: the article from its main block, in bounded work', () => {
    const result = built((doc) => {
      appendStory(doc, doc.body);
      wide(doc);
    });
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value.article.text).toContain('paragraph 10');
  }, 120_000);

  it('200,000 elements and no bounded main block: too large', () => {
    expect(built(wide)).toMatchObject({ ok: false, error: 'too-large' });
  }, 120_000);

  it('broken encodings: invalid UTF-8 bytes and a lying charset still give an article', () => {
    const story = Buffer.from(
      `<html><head><meta charset="utf-8"></head><body><article><h1>T</h1>${prose(6)}</article></body></html>`,
      'utf8',
    );
    const broken = Buffer.concat([story.subarray(0, 400), Buffer.from([0xff, 0xfe, 0xc3, 0x28, 0xa0, 0xa1]), story.subarray(400)]);
    expect(extractFrom(broken).ok).toBe(true);
    const lying = Buffer.from(`<html><head><meta charset="shift_jis"></head><body><article>${prose(6)}</article></body></html>`, 'utf8');
    expect(extractFrom(lying).ok).toBe(true);
  });
});
