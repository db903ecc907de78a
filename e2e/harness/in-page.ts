/**
 * Functions that run INSIDE a web page (`tab.evaluate(fn, arg)`), to read the reader overlay from
 * the page's side: the `<broadsheet-reader>` host and its shadow root. The root is closed (a page
 * cannot reach it), so the functions that read it are made with `inReader` and receive the roots
 * from the harness as their second argument. Each function is serialised into the page, so it must
 * be self-contained: no imports, no outer variables, no helpers.
 */
import { inReader } from './session';

/** What the page shows of the reader (null fields: not there). */
export interface ReaderView {
  /** `<broadsheet-reader>` elements in the page (1 when open, never 2). */
  hosts: number;
  /** `<broadsheet-notice>` elements (the "not an article" notice). */
  notices: number;
  /** The notice's text. */
  noticeText: string | null;
  title: string | null;
  byline: string | null;
  site: string | null;
  /** The published date as shown (`[data-testid=reader-date]`). */
  date: string | null;
  readingTime: string | null;
  /** The article body's text (`[data-testid=reader-body]`, or the article when absent). */
  bodyText: string | null;
  /** `dir` and `lang` of the `<article>` element. */
  articleDir: string | null;
  articleLang: string | null;
  /** Computed styles that prove our CSS applies (and the page's does not). */
  readerBackground: string | null;
  readerColor: string | null;
  /** Computed font-size / font-family / colour of the first body paragraph. */
  paragraphFontSize: string | null;
  paragraphFontFamily: string | null;
  paragraphColor: string | null;
  /** Computed `direction` of the first body paragraph. */
  paragraphDirection: string | null;
  /** The host's bounding box, to check it covers the viewport. */
  hostRect: { x: number; y: number; width: number; height: number } | null;
}

/** Reads the reader overlay from the page. */
export const readReaderView = inReader((_: undefined, roots): ReaderView => {
  const host = document.querySelector('broadsheet-reader');
  const root = roots.reader;
  const q = (selector: string): Element | null => (root ? root.querySelector(selector) : null);
  const text = (selector: string): string | null => {
    const el = q(selector);
    return el ? (el.textContent ?? '').trim() : null;
  };
  const reader = q('[data-testid="reader"]');
  const article = q('article');
  const body = q('[data-testid="reader-body"]') ?? article;
  const paragraph = body ? body.querySelector('p') : null;
  const readerStyle = reader ? getComputedStyle(reader) : null;
  const pStyle = paragraph ? getComputedStyle(paragraph) : null;
  const notice = document.querySelector('broadsheet-notice');
  const rect = host ? host.getBoundingClientRect() : null;
  return {
    hosts: document.querySelectorAll('broadsheet-reader').length,
    notices: document.querySelectorAll('broadsheet-notice').length,
    noticeText: notice && roots.notice ? (roots.notice.querySelector('[data-testid="reader-notice"]')?.textContent ?? '').trim() : null,
    title: text('[data-testid="reader-title"]'),
    byline: text('[data-testid="reader-byline"]'),
    site: text('[data-testid="reader-site"]'),
    date: text('[data-testid="reader-date"]'),
    readingTime: text('[data-testid="reader-time"]'),
    bodyText: body ? (body.textContent ?? '').replace(/\s+/g, ' ').trim() : null,
    articleDir: article ? article.getAttribute('dir') : null,
    articleLang: article ? article.getAttribute('lang') : null,
    readerBackground: readerStyle ? readerStyle.backgroundColor : null,
    readerColor: readerStyle ? readerStyle.color : null,
    paragraphFontSize: pStyle ? pStyle.fontSize : null,
    paragraphFontFamily: pStyle ? pStyle.fontFamily : null,
    paragraphColor: pStyle ? pStyle.color : null,
    paragraphDirection: pStyle ? pStyle.direction : null,
    hostRect: rect ? { x: rect.x, y: rect.y, width: rect.width, height: rect.height } : null,
  };
});

/**
 * Everything inside the reader's shadow root that page HTML must never bring in: active or
 * navigating elements, event-handler attributes, script URLs, inline styles. Returns one line per
 * finding (empty when clean), so a failing test names what leaked.
 */
export const findUnsafeInReader = inReader((_: undefined, roots): string[] => {
  const root = roots.reader;
  if (!root) return ['no reader'];
  const found: string[] = [];
  const banned =
    'script, style, iframe, frame, frameset, object, embed, form, input, textarea, select, button, meta, base, link, noscript, template';
  const body = root.querySelector('[data-testid="reader-body"]') ?? root.querySelector('article');
  if (!body) return ['no article body'];
  body.querySelectorAll(banned).forEach((el) => found.push(`<${el.tagName.toLowerCase()}>`));
  root.querySelectorAll('*').forEach((el) => {
    for (const attr of Array.from(el.attributes)) {
      const name = attr.name.toLowerCase();
      // Browsers ignore whitespace and control characters inside a URL scheme ("java\tscript:").
      // eslint-disable-next-line no-control-regex -- those characters are exactly what must be stripped
      const value = attr.value.replace(/[\s\u0000-\u001f]+/g, '').toLowerCase();
      if (name.startsWith('on')) found.push(`<${el.tagName.toLowerCase()} ${name}>`);
      if (['href', 'src', 'action', 'formaction', 'xlink:href', 'srcdoc', 'data'].includes(name)) {
        if (value.startsWith('javascript:') || value.startsWith('vbscript:'))
          found.push(`<${el.tagName.toLowerCase()} ${name}=${attr.value}>`);
        if (name === 'srcdoc') found.push(`<${el.tagName.toLowerCase()} srcdoc>`);
        if (name === 'href' && value.startsWith('data:')) found.push(`<${el.tagName.toLowerCase()} href=data:…>`);
      }
      if (name === 'style' && body.contains(el)) found.push(`<${el.tagName.toLowerCase()} style="${attr.value}">`);
    }
  });
  return found;
});

/** The page's state that closing the reader must restore exactly. */
export interface PageSnapshot {
  html: string;
  scrollX: number;
  scrollY: number;
  /** Computed overflow of <html> and <body> (scroll lock). */
  rootOverflow: string;
  bodyOverflow: string;
}

/** Takes a snapshot of the page's DOM, scroll position and scroll lock. */
export function snapshotPage(): PageSnapshot {
  return {
    html: document.documentElement.outerHTML,
    scrollX: window.scrollX,
    scrollY: window.scrollY,
    rootOverflow: getComputedStyle(document.documentElement).overflowY,
    bodyOverflow: document.body ? getComputedStyle(document.body).overflowY : '',
  };
}

/** Scrolls the page programmatically (to set up a position before opening the reader). */
export function scrollPageTo(y: number): number {
  window.scrollTo(0, y);
  return window.scrollY;
}

/** Scroll offset of the reader's own scroll container (it scrolls, the page doesn't). */
export const readerScrollTop = inReader((_: undefined, roots): number | null => {
  const el = roots.reader?.querySelector('[data-testid="reader-scroll"]');
  return el ? el.scrollTop : null;
});

/** Viewport centre of an element inside the reader's shadow root (for a real mouse click), or null. */
export const readerElementCenter = inReader((testId: string, roots): { x: number; y: number } | null => {
  const el = roots.reader?.querySelector(`[data-testid="${testId}"]`);
  if (!el) return null;
  const rect = el.getBoundingClientRect();
  return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
});

/** Clicks an element inside the reader's shadow root by test id (a synthetic click); false when absent. */
export const clickInReader = inReader((testId: string, roots): boolean => {
  const el = roots.reader?.querySelector(`[data-testid="${testId}"]`);
  if (!(el instanceof HTMLElement)) return false;
  el.click();
  return true;
});

/** Reads a page-global flag that hostile fixtures set when any of their handlers runs. */
export function readPageFlag(name: string): unknown {
  return (window as unknown as Record<string, unknown>)[name];
}

/** Where `document.elementFromPoint` lands (from the page's side) over the open reader. */
export interface ReaderHits {
  /** How many points were checked: the centre of every toolbar button, and 20 over the article. */
  checked: number;
  /** The points that did not land on `<broadsheet-reader>`, with what they landed on. */
  outside: string[];
  /** The points checked, for real clicks. */
  points: { x: number; y: number }[];
}

/**
 * Asks the page, at the centre of each toolbar button and at 20 points over the article (a 4×5 grid
 * inside the visible part of the article column), what element is there. Over our UI the answer
 * is our host (a shadow root answers with its host), never a page element above it.
 */
export const readerHits = inReader((_: undefined, roots): ReaderHits => {
  const points: { x: number; y: number; what: string }[] = [];
  roots.reader?.querySelectorAll('.bs-toolbar button').forEach((button) => {
    const r = button.getBoundingClientRect();
    points.push({ x: r.x + r.width / 2, y: r.y + r.height / 2, what: button.getAttribute('data-testid') ?? 'button' });
  });
  const article = roots.reader?.querySelector('article');
  const scroll = roots.reader?.querySelector('[data-testid="reader-scroll"]');
  if (article && scroll) {
    const a = article.getBoundingClientRect();
    const s = scroll.getBoundingClientRect();
    const top = Math.max(a.top, s.top);
    const bottom = Math.min(a.bottom, s.bottom, window.innerHeight);
    for (let row = 0; row < 5; row += 1) {
      for (let col = 0; col < 4; col += 1) {
        points.push({
          x: a.left + ((col + 0.5) * a.width) / 4,
          y: top + ((row + 0.5) * (bottom - top)) / 5,
          what: `article ${row},${col}`,
        });
      }
    }
  }
  const outside: string[] = [];
  for (const p of points) {
    const el = document.elementFromPoint(p.x, p.y);
    if (!el || el.localName !== 'broadsheet-reader')
      outside.push(`${p.what} (${Math.round(p.x)},${Math.round(p.y)}): ${el ? `<${el.localName}${el.id ? `#${el.id}` : ''}>` : 'nothing'}`);
  }
  return { checked: points.length, outside, points: points.map(({ x, y }) => ({ x, y })) };
});

/** `<html>`'s attributes, name and value, in order (closing the reader must leave them as they were). */
export function rootAttributes(): string[] {
  return Array.from(document.documentElement.attributes, (a) => `${a.name}=${JSON.stringify(a.value)}`);
}

/** Our elements still in the page, anywhere in the light DOM. */
export function overlayElements(): number {
  return document.querySelectorAll('broadsheet-reader, broadsheet-notice').length;
}
