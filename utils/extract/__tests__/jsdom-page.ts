/**
 * Test helper: a page parsed by jsdom (the DOM library of the CLI and bench, where DOMPurify works),
 * with a URL, closed by the caller. Not a test file itself.
 */
import { JSDOM, VirtualConsole } from 'jsdom';

export interface TestPage {
  doc: Document;
  close(): void;
}

/** Parses `html` (a string, or bytes to be sniffed like a served page) as the page at `url`. */
export function jsdomPage(html: string | Buffer, url = 'https://news.example/story'): TestPage {
  const dom = new JSDOM(html, { url, contentType: 'text/html', virtualConsole: new VirtualConsole() });
  return { doc: dom.window.document, close: () => dom.window.close() };
}

/** A body element of a fresh jsdom page holding `html`, for step tests. */
export function jsdomBody(html: string, url?: string): { body: HTMLElement; doc: Document; close(): void } {
  const page = jsdomPage(`<!doctype html><html><head></head><body>${html}</body></html>`, url);
  return { body: page.doc.body, doc: page.doc, close: page.close };
}

/** Story prose long enough for Readability to choose it. */
export function prose(paragraphs: number, seed = 'The council said the harbour wall would be raised before winter'): string {
  return Array.from(
    { length: paragraphs },
    (_, i) =>
      `<p>${seed}, paragraph ${i + 1}, after months of consultation with residents, engineers and the port authority, who all agreed the work could not wait.</p>`,
  ).join('\n');
}
