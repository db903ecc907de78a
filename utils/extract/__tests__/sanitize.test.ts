import { parseHTML } from 'linkedom';
import { afterEach, describe, expect, it } from 'vitest';
import { extractArticle } from '../index';
import { sanitizeHtml } from '../sanitize';
import { jsdomPage, prose } from './jsdom-page';

let close = () => {};
afterEach(() => close());

describe('sanitizeHtml', () => {
  it('really sanitizes under jsdom (the CLI and bench DOM)', () => {
    const page = jsdomPage('<!doctype html><html><body></body></html>');
    close = page.close;
    const html = sanitizeHtml(
      '<p onclick="x()">a<script>b()</script><img src=x onerror=y()><a href="javascript:z()">l</a><iframe src="https://y.example"></iframe><a href="https://ok.example/">ok</a></p>',
      page.doc.defaultView!,
    );
    expect(html).not.toMatch(/onclick|onerror|<script|javascript:|<iframe/i);
    expect(html).toContain('href="https://ok.example/"');
    expect(html).toContain('rel="noopener noreferrer"');
  });

  it('fails closed on a window DOMPurify cannot use (linkedom), and extraction reports a failure', () => {
    const { window, document } = parseHTML(
      `<!doctype html><html><body><article><h1>T</h1>${prose(8)}<img src=x onerror=alert(1)></article></body></html>`,
    );
    expect(() => sanitizeHtml('<img src=x onerror=alert(1)>', window as unknown as Window)).toThrow(/DOMPurify/);
    const result = extractArticle(document as unknown as Document, 'https://news.example/');
    expect(result.ok).toBe(false);
  });
});
