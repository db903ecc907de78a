/**
 * The page fixtures in `tests/pages/<slug>/` and the checks run on them, shared by the vitest runner
 * (`tests/__tests__/pages.test.ts`) and the status script (`tests/pages-status.ts`) so both judge a
 * page by exactly the same rules. A fixture is a page as a site serves it (`source.html`) and what a
 * careful human reader says the article is (`expected.json`); the code is measured against that,
 * never the other way round.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM, VirtualConsole } from 'jsdom';
import type { ExtractResult } from '../utils/extract/types';

/** Folder holding one sub-folder per fixture. */
export const PAGES_DIR = join(dirname(fileURLToPath(import.meta.url)), 'pages');

/** What a careful human reader says the page is: tests/pages/README.md explains each field. */
export interface ExpectedPage {
  url: string;
  ok: boolean;
  /** Only for `ok: false`: the typed failure reason the extractor must give. */
  reason?: string;
  title?: string;
  byline?: string | null;
  siteName?: string | null;
  publishedTime?: string | null;
  lang?: string;
  dir?: 'ltr' | 'rtl';
  /** Snippets of every part of the story: each must appear in the article text. */
  mustContain: string[];
  /** Every piece of widget text on the page: none may appear in the article text. */
  mustNotContain: string[];
  /** Optional: absolute URLs of story images (lazy ones resolved) that must be an <img> src/srcset in the article HTML. */
  images?: string[];
  /** Optional: video ids of story embeds that must survive as a link (<a href> containing the id) in the article HTML. */
  videos?: string[];
  /** Optional: absolute URLs of images that are not story (ad banners, avatars) and must not be an <img> in the article HTML. */
  notImages?: string[];
  /** Optional: caption snippets (story text too) that must sit in a <figcaption> of the article HTML (the reader styles those). */
  captions?: string[];
  notes: string;
}

/** One fixture folder as read from disk. */
export interface PageFixture {
  slug: string;
  html: string;
  /** Parsed but unvalidated: `validateExpected` says whether it has the right shape. */
  expected: unknown;
}

/** Unicode NFC and every run of whitespace (incl. no-break space) folded to one space. */
export function fold(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\s\u00a0\u200b]+/g, ' ')
    .trim();
}

/** Fixture folder names, sorted (files such as STATUS.md beside them are not fixtures). */
export function fixtureSlugs(): string[] {
  return readdirSync(PAGES_DIR)
    .filter((name) => statSync(join(PAGES_DIR, name)).isDirectory())
    .sort();
}

/** Which of the two required files a fixture folder lacks. */
export function missingFiles(slug: string): string[] {
  return ['source.html', 'expected.json'].filter((file) => !existsSync(join(PAGES_DIR, slug, file)));
}

/** Reads one fixture; call only after `missingFiles` came back empty. */
export function loadFixture(slug: string): PageFixture {
  const html = readFileSync(join(PAGES_DIR, slug, 'source.html'), 'utf8');
  const expected: unknown = JSON.parse(readFileSync(join(PAGES_DIR, slug, 'expected.json'), 'utf8'));
  return { slug, html, expected };
}

/**
 * Parses a fixture page the way a browser tab holds it: a document with a window whose URL is the
 * page's, so relative links and lazy image URLs resolve against the page and `defaultView` exists.
 * A jsdom window of its own rather than the vitest environment's global DOMParser, whose documents
 * have no `defaultView` and no URL of their own. jsdom is the DOM library DESIGN.md names for the
 * pure tier (under happy-dom or linkedom DOMPurify keeps scripts, and the sanitizer refuses to run);
 * scripts stay off, as in the extension's view of a page. Call `close` when done.
 */
export function openPage(html: string, url: string): { doc: Document; close: () => void } {
  // Pages carry CSS jsdom cannot parse; its complaints are noise here, not test output.
  const dom = new JSDOM(html, { url, contentType: 'text/html', virtualConsole: new VirtualConsole() });
  return { doc: dom.window.document, close: () => dom.window.close() };
}

const isString = (v: unknown): v is string => typeof v === 'string';
const isStringOrNull = (v: unknown): boolean => v === null || isString(v);
const isStringList = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => isString(s) && fold(s).length > 0);

/** Problems with the shape of an expected.json (empty when it is well formed). */
export function validateExpected(value: unknown): string[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return ['expected.json is not an object'];
  const e = value as Record<string, unknown>;
  const problems: string[] = [];
  const need = (ok: boolean, what: string) => {
    if (!ok) problems.push(what);
  };
  need(isString(e.url) && /^https?:\/\//.test(e.url), 'url must be an http(s) URL');
  need(typeof e.ok === 'boolean', 'ok must be a boolean');
  need(isStringList(e.mustContain), 'mustContain must be a list of non-empty strings');
  need(isStringList(e.mustNotContain), 'mustNotContain must be a list of non-empty strings');
  need(isString(e.notes) && e.notes.trim().length > 0, 'notes must say what the page tests');
  need(e.images === undefined || (isStringList(e.images) && e.images.every((u) => /^https?:\/\//.test(u))), 'images must be absolute URLs');
  need(e.videos === undefined || isStringList(e.videos), 'videos must be a list of video ids');
  need(
    e.notImages === undefined || (isStringList(e.notImages) && e.notImages.every((u) => /^https?:\/\//.test(u))),
    'notImages must be absolute URLs',
  );
  need(e.captions === undefined || isStringList(e.captions), 'captions must be a list of non-empty strings');
  if (e.ok === true) {
    need(isString(e.title) && e.title.trim().length > 0, 'title must be a non-empty string');
    need(isStringOrNull(e.byline), 'byline must be a string or null');
    need(isStringOrNull(e.siteName), 'siteName must be a string or null');
    need(
      e.publishedTime === null || (isString(e.publishedTime) && !Number.isNaN(Date.parse(e.publishedTime))),
      'publishedTime must be an ISO date or null',
    );
    need(isString(e.lang) && /^[a-z]{2,3}(-[A-Za-z0-9]+)*$/.test(e.lang), 'lang must be a BCP 47 tag');
    need(e.dir === 'ltr' || e.dir === 'rtl', 'dir must be "ltr" or "rtl"');
    need(isStringList(e.mustContain) && e.mustContain.length >= 5, 'an article needs at least 5 mustContain snippets');
    need(isStringList(e.mustNotContain) && e.mustNotContain.length >= 3, 'an article needs at least 3 mustNotContain snippets');
    need(e.reason === undefined, 'reason is only for ok: false');
  } else if (e.ok === false) {
    need(
      e.reason === 'not-article' || e.reason === 'unsupported-document' || e.reason === 'too-large',
      'reason must be an ExtractFailure reason',
    );
  }
  return problems;
}

/**
 * Visible text of a page's body (scripts, styles and templates left out), folded. Used to prove that
 * every snippet in expected.json is really on the page, so a typo cannot turn a check into one
 * that always passes.
 */
export function pageText(doc: Document): string {
  const body = doc.body?.cloneNode(true) as HTMLElement | undefined;
  if (!body) return '';
  for (const el of body.querySelectorAll('script, style, template')) el.remove();
  return fold(body.textContent ?? '');
}

/**
 * Problems with a fixture's snippets against its own page: each snippet must be on the page, and
 * story text must not contain widget text (or a leak could not be told from the story): no widget
 * snippet may overlap a story snippet or occur in a block of text that holds one.
 */
export function snippetProblems(expected: ExpectedPage, doc: Document): string[] {
  const text = pageText(doc);
  const problems: string[] = [];
  for (const s of expected.mustContain) {
    if (!text.includes(fold(s))) problems.push(`mustContain snippet is not on the page: "${s}"`);
  }
  for (const s of expected.mustNotContain) {
    if (!text.includes(fold(s))) problems.push(`mustNotContain snippet is not on the page: "${s}"`);
    for (const story of expected.mustContain) {
      if (fold(story).includes(fold(s)) || fold(s).includes(fold(story))) {
        problems.push(`widget snippet "${s}" overlaps story snippet "${story}"`);
      }
    }
  }
  const source = doc.documentElement?.outerHTML ?? '';
  for (const url of expected.images ?? []) {
    if (!source.includes(new URL(url).pathname)) problems.push(`image is not on the page: "${url}"`);
  }
  for (const id of expected.videos ?? []) {
    if (!source.includes(id)) problems.push(`video is not on the page: "${id}"`);
  }
  for (const url of expected.notImages ?? []) {
    if (!source.includes(new URL(url).pathname)) problems.push(`notImages image is not on the page: "${url}"`);
  }
  for (const s of expected.captions ?? []) {
    if (!text.includes(fold(s))) problems.push(`caption snippet is not on the page: "${s}"`);
  }
  // Every story block holds a story snippet, so a block that holds both a story snippet and a
  // widget snippet means the widget text is really story text too (and a leak check would misfire).
  // A block's text is its own text and inline children's, not nested blocks' (a "ये भी पढ़ें" div
  // between <br>-separated story text is its own block).
  for (const el of doc.body?.querySelectorAll('*') ?? []) {
    if (el.closest('script, style, template')) continue;
    const block = fold(inlineText(el));
    if (!block) continue;
    const story = expected.mustContain.find((s) => block.includes(fold(s)));
    if (!story) continue;
    for (const s of expected.mustNotContain) {
      if (block.includes(fold(s))) problems.push(`widget snippet "${s}" occurs in the story block holding "${story}"`);
    }
  }
  return problems;
}

/** Elements that flow inside a line of text rather than starting a block of their own. */
const INLINE = new Set([
  'A',
  'ABBR',
  'B',
  'BDI',
  'BDO',
  'BR',
  'CITE',
  'CODE',
  'DATA',
  'DFN',
  'EM',
  'I',
  'KBD',
  'MARK',
  'Q',
  'S',
  'SAMP',
  'SMALL',
  'SPAN',
  'STRONG',
  'SUB',
  'SUP',
  'TIME',
  'U',
  'VAR',
  'WBR',
]);

/** `el`'s own text with its inline descendants', nested blocks replaced by a break. Empty when `el` has no text of its own. */
function inlineText(el: Element): string {
  let own = false;
  const walk = (node: Element): string =>
    [...node.childNodes]
      .map((child) => {
        if (child.nodeType === 3) {
          if (node === el && (child.nodeValue ?? '').trim()) own = true;
          return child.nodeValue ?? '';
        }
        if (child.nodeType !== 1) return '';
        const tag = (child as Element).tagName.toUpperCase();
        return INLINE.has(tag) ? walk(child as Element) : ' \uffff ';
      })
      .join('');
  const text = walk(el);
  return own ? text : '';
}

/**
 * Whether two bylines name the same people in the same order: "A and B", "A, B" and "A & B" are one
 * answer (JSON-LD lists authors, the page's byline line joins them in words), anything else differs.
 */
function sameNames(want: string, got: string): boolean {
  const names = (byline: string) =>
    fold(byline)
      .split(/\s*(?:,|;|&|\band\b|、|،)\s*/u)
      .filter(Boolean);
  return names(want).join('\n') === names(got).join('\n');
}

/** Primary language subtag, lower case ("en-GB" → "en"). */
const primaryLang = (tag: string) => tag.split('-')[0]?.toLowerCase() ?? '';

/** An ISO string's instant in milliseconds, or NaN. */
const instant = (iso: string | null | undefined) => (iso ? Date.parse(iso) : Number.NaN);

/**
 * Every way `result` differs from what the fixture expects, each naming the field or the exact
 * snippet, so a failure says which widget leaked or which paragraph went missing.
 */
export function articleProblems(expected: ExpectedPage, result: ExtractResult): string[] {
  if (!expected.ok) {
    if (result.ok) return [`expected no article (${expected.reason}), got one titled "${result.value.article.title}"`];
    return result.error === expected.reason ? [] : [`reason: expected "${expected.reason}", got "${result.error}" (${result.message})`];
  }
  if (!result.ok) return [`expected an article, got failure "${result.error}": ${result.message}`];
  const a = result.value.article;
  const problems: string[] = [];
  if (fold(a.title) !== fold(expected.title ?? '')) problems.push(`title: expected "${expected.title}", got "${a.title}"`);
  const wantByline = expected.byline ?? null;
  if ((wantByline === null) !== (a.byline === null) || (wantByline !== null && a.byline !== null && !sameNames(wantByline, a.byline))) {
    problems.push(`byline: expected ${JSON.stringify(wantByline)}, got ${JSON.stringify(a.byline)}`);
  }
  const wantSite = expected.siteName ?? null;
  if ((wantSite === null ? null : fold(wantSite)) !== (a.siteName === null ? null : fold(a.siteName))) {
    problems.push(`siteName: expected ${JSON.stringify(wantSite)}, got ${JSON.stringify(a.siteName)}`);
  }
  const wantTime = expected.publishedTime ?? null;
  if (wantTime === null ? a.publishedTime !== null : instant(a.publishedTime) !== instant(wantTime)) {
    problems.push(`publishedTime: expected ${JSON.stringify(wantTime)}, got ${JSON.stringify(a.publishedTime)}`);
  }
  if (primaryLang(a.lang) !== primaryLang(expected.lang ?? '')) problems.push(`lang: expected "${expected.lang}", got "${a.lang}"`);
  if (a.dir !== expected.dir) problems.push(`dir: expected "${expected.dir}", got "${a.dir}"`);
  const text = fold(a.text);
  for (const s of expected.mustContain) {
    if (!text.includes(fold(s))) problems.push(`missing story text: "${s}"`);
  }
  for (const s of expected.mustNotContain) {
    if (text.includes(fold(s))) problems.push(`leaked widget text: "${s}"`);
  }
  if (expected.images?.length || expected.videos?.length || expected.notImages?.length || expected.captions?.length) {
    const body = JSDOM.fragment(a.html);
    const sources = new Set<string>();
    for (const img of body.querySelectorAll('img')) {
      const src = img.getAttribute('src');
      if (src) sources.add(src);
      for (const candidate of (img.getAttribute('srcset') ?? '').split(',')) {
        const candidateUrl = candidate.trim().split(/\s+/)[0];
        if (candidateUrl) sources.add(candidateUrl);
      }
    }
    for (const url of expected.images ?? []) {
      if (!sources.has(url)) problems.push(`missing image: "${url}"`);
    }
    const hrefs = [...body.querySelectorAll('a[href]')].map((link) => link.getAttribute('href') ?? '');
    for (const id of expected.videos ?? []) {
      if (!hrefs.some((href) => href.includes(id))) problems.push(`missing video link: "${id}"`);
    }
    for (const url of expected.notImages ?? []) {
      if (sources.has(url)) problems.push(`image that is not story kept: "${url}"`);
    }
    const captions = [...body.querySelectorAll('figcaption')].map((c) => fold(c.textContent ?? ''));
    for (const s of expected.captions ?? []) {
      if (!captions.some((c) => c.includes(fold(s)))) problems.push(`not a <figcaption>: "${s}"`);
    }
  }
  return problems;
}
