/**
 * Node-side page loading shared by the extract CLI and the bench. jsdom, not linkedom: DOMPurify
 * needs a faithful window (under linkedom it reports itself unsupported and would sanitize
 * nothing), and the bench must run plain Readability on the same DOM library as our pipeline.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';

/** A parsed page and a way to free it (jsdom windows hold memory until closed). */
export interface LoadedPage {
  doc: Document;
  url: string;
  close(): void;
}

const quiet = new VirtualConsole();

/** The page's own idea of its address: canonical link, then og:url; absolute http(s) only. */
function declaredUrl(doc: Document): string | null {
  const candidates = [
    doc.querySelector('link[rel~="canonical"]')?.getAttribute('href'),
    doc.querySelector('meta[property="og:url"]')?.getAttribute('content'),
  ];
  for (const c of candidates) {
    if (!c) continue;
    try {
      const u = new URL(c.trim());
      if (u.protocol === 'http:' || u.protocol === 'https:') return u.href;
    } catch {
      // not absolute: try the next one
    }
  }
  return null;
}

/**
 * The page's bytes with the contents of its <style> elements emptied. jsdom parses every style
 * sheet while it builds the DOM (slow, and its CSS parser throws on some real-world `calc()`);
 * extraction never reads style sheets. Done on a latin1 view of the bytes, which round-trips any
 * ASCII-compatible encoding unchanged, so jsdom still sniffs the real charset.
 */
function withoutStyleSheets(bytes: Buffer): Buffer {
  return Buffer.from(emptyStyles(bytes.toString('latin1')), 'latin1');
}

function emptyStyles(html: string): string {
  return html.replace(/(<style\b[^>]*>)[\s\S]*?(<\/style\s*>)/gi, '$1$2');
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * The page as a string when its bytes are valid UTF-8 with some non-ASCII (legacy encodings almost
 * never form valid multi-byte UTF-8 by accident; saved pages often drop their charset), else the
 * bytes for jsdom's own sniffing (BOM, <meta charset>, windows-1252 default). Invalid bytes never throw.
 */
function pageInput(bytes: Buffer): string | Buffer {
  // eslint-disable-next-line no-control-regex -- looking for any byte outside ASCII
  if (/[^\x00-\x7f]/.test(bytes.toString('latin1'))) {
    try {
      return emptyStyles(strictUtf8.decode(bytes));
    } catch {
      return withoutStyleSheets(bytes);
    }
  }
  return emptyStyles(bytes.toString('latin1'));
}

/**
 * Parses `file` (bytes; jsdom sniffs BOM and <meta charset>). URL: `url` if given, else the page's
 * canonical/og:url, else a file: URL. Scripts never run and no resources load.
 */
export function loadPage(file: string, url?: string): LoadedPage {
  const bytes = pageInput(readFileSync(file));
  const fileUrl = pathToFileURL(resolve(file)).href;
  let dom = new JSDOM(bytes, { url: url ?? fileUrl, contentType: 'text/html', virtualConsole: quiet });
  let finalUrl = url ?? fileUrl;
  if (!url) {
    const declared = declaredUrl(dom.window.document);
    if (declared) {
      // Re-parse with the real address so relative links resolve as on the live page.
      dom.window.close();
      dom = new JSDOM(bytes, { url: declared, contentType: 'text/html', virtualConsole: quiet });
      finalUrl = declared;
    }
  }
  return { doc: dom.window.document, url: finalUrl, close: () => dom.window.close() };
}
