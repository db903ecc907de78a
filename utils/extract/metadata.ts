/**
 * Article metadata from the page's own statements, read from the untouched document (never
 * modified): JSON-LD, Open Graph / article:* meta, <time>, the h1 and <title>, cross-checked
 * against each other and against what Readability guessed.
 *
 * Title: a headline may itself contain "|" or ":" ("लोकसभा चुनाव 2024 | बीजेपी …", "Review | …"),
 * so a title is never cut at a separator on its own say-so: a site-name suffix is dropped only when
 * it names the site (og:site_name, the JSON-LD publisher, the host), and a headline two sources
 * agree on (JSON-LD headline, og:title, h1, <title>) wins over any single guess.
 */
import { normalizeLang } from './language';
import { BYLINE_LABELS, allPhrases } from './phrases';
import { afterPhrase, isBlock, textOf } from './signals';
import { visibleDate } from './visible-date';

/** What Readability found, as the fallback for each field. */
export interface ReadabilityGuess {
  title?: string | null;
  byline?: string | null;
  siteName?: string | null;
  publishedTime?: string | null;
  excerpt?: string | null;
  lang?: string | null;
  dir?: string | null;
}

/** The page's metadata, each field null when the page does not say. */
export interface PageMetadata {
  title: string | null;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  lang: string | null;
  dir: string | null;
  leadImage: string | null;
  excerpt: string | null;
}

type Json = Record<string, unknown>;

const ARTICLE_TYPES = /^(?:\w+)?(?:Article|BlogPosting|Posting|Report|NewsArticle|LiveBlogPosting|Review|Recipe|HowTo|Story)$/;
// ": " too ("Silicon Exposed: <post title>"): a segment is only ever dropped when it names the site.
// Between Chinese, Japanese or Korean characters a bare dash separates too ("标题-网站名"); between
// Latin letters it joins a word ("COVID-19").
const CJK = '[\\p{sc=Han}\\p{sc=Hiragana}\\p{sc=Katakana}\\p{sc=Hangul}]';
const SEPARATOR = new RegExp(String.raw`\s+[|\-–—:·•»~/]\s+|\s*[|»·•_]\s*|:\s+|(?<=${CJK})[-–—](?=${CJK})`, 'gu');

function clean(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const text = value.replace(/[\s\u00a0]+/g, ' ').trim();
  return text || null;
}

function fold(value: string): string {
  return value
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
}

function alnum(value: string): string {
  return fold(value).replace(/[^\p{L}\p{N}]+/gu, '');
}

/** The page's <meta> values by property/name/itemprop (first wins), read in one pass. */
type MetaTable = Map<string, string>;

function metaTable(doc: Document): MetaTable {
  const table: MetaTable = new Map();
  const metas = doc.getElementsByTagName('meta');
  for (let i = 0; i < metas.length && i < 2000; i++) {
    const el = metas[i]!;
    const content = clean(el.getAttribute('content'));
    if (!content) continue;
    for (const attr of ['property', 'name', 'itemprop']) {
      const key = el.getAttribute(attr)?.trim().toLowerCase();
      if (key && !table.has(key)) table.set(key, content);
    }
  }
  return table;
}

function meta(table: MetaTable, ...names: string[]): string | null {
  for (const name of names) {
    const value = table.get(name.toLowerCase());
    if (value) return value;
  }
  return null;
}

/** Article-like objects from every JSON-LD block (arrays and @graph flattened). */
function jsonLdArticles(doc: Document): Json[] {
  const out: Json[] = [];
  const scripts = doc.getElementsByTagName('script');
  for (let i = 0; i < scripts.length; i++) {
    const script = scripts[i]!;
    if (script.getAttribute('type')?.trim().toLowerCase() !== 'application/ld+json') continue;
    let data: unknown;
    try {
      // Some CMSs wrap the JSON in a comment or a CDATA section ("<![CDATA[ [{…}] ]]>").
      data = JSON.parse((script.textContent ?? '').replace(/^\s*(?:<!--|<!\[CDATA\[)|(?:-->|\]\]>)\s*$/g, ''));
    } catch {
      continue;
    }
    const queue: unknown[] = [data];
    while (queue.length && out.length < 20) {
      const item = queue.shift();
      if (Array.isArray(item)) queue.push(...item.slice(0, 50));
      else if (item && typeof item === 'object') {
        const obj = item as Json;
        if (Array.isArray(obj['@graph'])) queue.push(...(obj['@graph'] as unknown[]).slice(0, 50));
        const types = ([] as unknown[]).concat(obj['@type'] ?? []);
        if (types.some((t) => typeof t === 'string' && ARTICLE_TYPES.test(t))) out.push(obj);
      }
    }
  }
  return out;
}

/** Schema.org types of a publisher rather than a person ("NewsMediaOrganization", "Corporation"). */
const ORGANIZATION = /Organi[sz]ation$|^(?:Corporation|NGO|GovernmentOrganization|WebSite|Brand)$/;

/**
 * Authors' names: those typed as a Person (`persons`), or the rest that are not typed as an
 * organisation (a publisher is no byline).
 */
function names(value: unknown, persons: boolean): string[] {
  const list = Array.isArray(value) ? value : [value];
  return list
    .map((v) => {
      if (typeof v === 'string') return persons ? null : clean(v);
      if (!v || typeof v !== 'object') return null;
      const types = ([] as unknown[]).concat((v as Json)['@type'] ?? []).filter((t): t is string => typeof t === 'string');
      const person = types.includes('Person');
      if (person !== persons || (!persons && types.some((t) => ORGANIZATION.test(t)))) return null;
      return clean((v as Json).name);
    })
    .filter((v): v is string => !!v);
}

/**
 * The byline is the publisher's own name ("BBC News", "Dainik Bhaskar", "The Yomiuri Shimbun" on
 * yomiuri.co.jp): the site's name, the JSON-LD publisher's, or a word of the host (3 letters or
 * more, not "www"/"news") inside it. No person is named then.
 */
function namesPublisher(byline: string, names: (string | null)[], host: string): boolean {
  // A list names the publisher only if each of its names does ("Jill Disis, CNN Business" names a person).
  const parts = byline.split(/\s*(?:[,;|/，、]|\s(?:and|&)\s)\s*/u).filter(Boolean);
  if (parts.length > 1) return parts.every((part) => namesPublisher(part, names, host));
  const b = alnum(byline);
  if (!b) return false;
  const labels = host.split(' ').map(registeredName);
  // The host is the name itself (marenholt.net, paulgraham.com): a person's own site.
  if (labels.includes(b)) return false;
  if (names.some((n) => n && alnum(n) && (alnum(n) === b || alnum(n).includes(b) || b.includes(alnum(n))))) return true;
  return labels.some((label) => label.length >= 3 && b.includes(label));
}

/**
 * The registered name of a host: the label before the suffix ("yomiuri" in japannews.yomiuri.co.jp),
 * not a subdomain, which on a blog host is the author's own name (maren.substack.com).
 */
function registeredName(host: string): string {
  const labels = host.split('.').slice(0, -1);
  if (labels.length > 1 && SECOND_LEVEL.has(labels.at(-1)!)) labels.pop();
  return alnum(labels.at(-1) ?? '');
}

/** Second-level labels of country suffixes ("co.uk", "co.jp", "com.br"). */
const SECOND_LEVEL = new Set(['co', 'com', 'net', 'org', 'ac', 'gov', 'or', 'ne', 'go', 'edu', 'gen', 'nic']);

function imageUrl(value: unknown): string | null {
  const first = Array.isArray(value) ? value[0] : value;
  if (typeof first === 'string') return first;
  if (first && typeof first === 'object') return clean((first as Json).url) ?? clean((first as Json).contentUrl);
  return null;
}

/** An ISO 8601 instant from `value`, or null if it does not parse. */
export function isoDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const time = Date.parse(value.trim());
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}

function absoluteUrl(value: string | null | undefined, base: string): string | null {
  if (!value) return null;
  try {
    const url = new URL(value.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/**
 * True when `segment` names the site: its name or its host ("Times Union" ~ timesunion.com). With
 * `only`, the segment must be no more than the name (a masthead), not a longer text that contains it.
 */
function namesSite(segment: string, siteName: string | null, host: string, only = false): boolean {
  const s = alnum(segment);
  if (!s) return false;
  if (siteName && (s === alnum(siteName) || alnum(siteName).includes(s) || (!only && s.includes(alnum(siteName))))) return true;
  // `host` may list several hosts (the page's and the one it declares as canonical), space-separated.
  return host.split(' ').some((h) => {
    const hostWords = h.replace(/^www\./, '').split('.');
    const core = alnum(hostWords.slice(0, -1).join('')) || alnum(h);
    return !!core && s.length >= 3 && (core.includes(s) || (!only && s.includes(core)));
  });
}

/** `title` without a leading or trailing segment that names the site. */
export function stripSiteName(title: string, siteName: string | null, host: string): string {
  const parts: string[] = [];
  const seps: string[] = [];
  let last = 0;
  for (const m of title.matchAll(SEPARATOR)) {
    parts.push(title.slice(last, m.index));
    seps.push(m[0]);
    last = m.index! + m[0].length;
  }
  parts.push(title.slice(last));
  if (parts.length < 2) return title.trim();
  let start = 0;
  let end = parts.length;
  if (namesSite(parts[end - 1]!, siteName, host)) end--;
  // A leading segment only when it is the name and no more: "The Guardian view on …: …" opens a
  // headline with the site's name, and a suffix is a site's habit far more often than a prefix.
  else if (namesSite(parts[0]!, siteName, host, true)) start++;
  // "Headline - by Author": a trailing byline is not the headline either.
  else if (/^by\s/i.test(parts[end - 1]!.trim())) end--;
  let out = parts[start]!;
  for (let i = start + 1; i < end; i++) out += seps[i - 1]! + parts[i]!;
  return out.trim() || title.trim();
}

/** The title's first or last segment when it names the page's host ("… :: Khel Jagat" on khel-jagat.in). */
function siteFromTitle(title: string | null, host: string): string | null {
  // "::" too, which as a headline separator cut more real titles than it cleaned.
  const parts = title?.split(/\s+(?:::|[|\-–—:·•»~/])\s+|\s*[|»·•]\s*/) ?? [];
  if (parts.length < 2) return null;
  const named = [parts.at(-1)!, parts[0]!].find((p) => namesSite(p, null, host));
  return clean(named);
}

/** The visible main headline: the h1 inside the article if there is one, else the page's first h1. */
function mainHeadingElement(doc: Document): Element | null {
  const h1s = doc.getElementsByTagName('h1');
  let first: Element | null = null;
  for (let i = 0; i < h1s.length && i < 50; i++) {
    const h1 = h1s[i]!;
    first ??= h1;
    if (h1.closest('article, main')) return h1;
  }
  return first;
}

function mainHeading(doc: Document): string | null {
  return clean(mainHeadingElement(doc)?.textContent);
}

/** Elements walked after the headline looking for its byline and date line (a bound on big pages). */
const MAX_WALK = 400;

/**
 * The short lines of text just after the headline (or from the start of the article, or the body,
 * when there is none), in order, until the story's first long paragraph when `untilProse`: where
 * a page shows its byline and date line.
 */
function linesAfterHeading(doc: Document, heading: Element | null, max: number, untilProse: boolean): Element[] {
  const start = heading ?? doc.querySelector('article, main') ?? doc.body;
  if (!start || !doc.body) return [];
  const walker = doc.createTreeWalker(doc.body, 1);
  walker.currentNode = start;
  const out: Element[] = [];
  for (
    let n = 0, el = walker.nextNode() as Element | null;
    el && n < MAX_WALK && out.length < max;
    n++, el = walker.nextNode() as Element | null
  ) {
    if (!isBlock(el) && el.tagName !== 'TIME') continue;
    let inner = false;
    for (let c = el.firstElementChild; c && !inner; c = c.nextElementSibling) inner = isBlock(c);
    if (inner || el.closest('script, style, template, nav')) continue;
    const text = textOf(el);
    if (!text) continue;
    // A paragraph of the story has begun: a byline comes before it.
    if (untilProse && text.length >= 100 && startsByline(fold(text)) === null) break;
    if (text.length <= 140) out.push(el);
  }
  return out;
}

const startsByline = afterPhrase(allPhrases(BYLINE_LABELS));
/** Where a name in a byline line ends: a separator, a digit (a date), an opening bracket. */
const NAME_END = /\s*(?:[,|·•—–/([;:،]|\s-\s|\p{Nd})/u;

/**
 * A byline the page shows but does not mark up ("By Maren Holt, Transport Correspondent", "Por
 * Ana Ruiz | Actualizado…"): a short line after the headline, before the story, that opens with a
 * byline word; the name is the element right after the word (a link, bold), or the words up to the
 * first separator.
 */
function shownByline(doc: Document, heading: Element | null, publisherNames: (string | null)[], host: string): string | null {
  for (const line of linesAfterHeading(doc, heading, 12, true)) {
    const rest = startsByline(fold(textOf(line)));
    if (rest === null || !/^[\s:：/]/.test(rest)) continue;
    const text = textOf(line);
    const offset = text.length - rest.length;
    const tail = text.slice(offset).replace(/^[\s:：/]+/, '');
    const marked = Array.from(line.querySelectorAll('a, b, strong, span'))
      .map((el) => textOf(el))
      .find((t) => t && tail.startsWith(t));
    const name = clean((marked ?? tail).split(NAME_END)[0]);
    if (!name || name.length > 60 || name.split(' ').length > 6) continue;
    // Names in cased scripts are capitalised: "By the numbers" is a heading, not a byline.
    if (/^\p{Ll}/u.test(name) || namesPublisher(name, publisherNames, host)) continue;
    return name;
  }
  return null;
}

/**
 * A date the page shows but does not state in its metadata: a <time> element's text, or a short
 * line after the headline that is mostly a date ("更新时间 2012年12月10日 14:32", "Updated Thu, 21 Dec
 * 2023"); the first one found.
 */
function shownDate(doc: Document, heading: Element | null, lang: string | null): string | null {
  const times = doc.getElementsByTagName('time');
  const lines = [...Array.from(times).slice(0, 20), ...linesAfterHeading(doc, heading, 25, false)];
  for (const line of lines) {
    const found = visibleDate(textOf(line), lang);
    // Mostly a date: labels ("Updated", "نشر في"), a byline or a source around it, not a sentence.
    if (found && found.rest <= 60) return found.iso;
  }
  return null;
}

/** A separator between a headline and what a title appends to it (" - City News", "_频道_站名", " | Site"). */
const SUFFIX_START = /^\s*(?:[|\-–—:·•»~/_]|::)/;

/**
 * The part of `source` that is the visible headline `h1`: `source` itself when the two say the same
 * (spacing and punctuation aside), or its start when it is `h1` followed by a separator and a
 * shorter tail (a section, a city, a site name we could not match). Taken from `source`, whose
 * spacing is the page's own ("मौत:<br>मैनपुरी" reads "मौत:मैनपुरी" in the h1). Null otherwise.
 */
function headlineIn(source: string, h1: string): string | null {
  const want = alnum(h1);
  if (!want) return null;
  if (alnum(source) === want) return source;
  let seen = '';
  for (let i = 0; i < source.length; i++) {
    seen += alnum(source[i]!);
    if (seen.length < want.length) continue;
    if (seen !== want) return null;
    // The headline's last letter may carry marks (Devanagari vowel signs), which alnum drops.
    let end = i + 1;
    while (end < source.length && /\p{M}/u.test(source[end]!)) end++;
    const rest = source.slice(end);
    // The tail after the separator is furniture only if it is shorter than the headline itself.
    if (!SUFFIX_START.test(rest) || rest.trim().length >= end) return null;
    return clean(source.slice(0, end));
  }
  return null;
}

function pickTitle(
  doc: Document,
  metas: MetaTable,
  ld: Json | undefined,
  siteName: string | null,
  host: string,
  guess: string | null,
): string | null {
  const sources = [clean(ld?.headline), meta(metas, 'og:title'), mainHeading(doc), meta(metas, 'twitter:title'), clean(doc.title)];
  const stripped = sources.map((s) => (s ? stripSiteName(s, siteName, host) : null));
  // The visible headline, unless it is the site's own name (a blog's masthead: "Silicon Exposed"
  // over "Silicon Exposed: <post title>").
  const h1 = stripped[2] && !namesSite(stripped[2], siteName, host, true) ? stripped[2] : null;
  // A headline two sources agree on, first in order of trust; when it is the h1 plus a tail the
  // sources share (" - Samastipur News", "_智能_好奇心日报"), the h1's part of it.
  for (let i = 0; i < stripped.length; i++) {
    const a = stripped[i];
    if (!a) continue;
    for (let j = 0; j < stripped.length; j++) {
      if (j === i || !stripped[j] || fold(stripped[j]!) !== fold(a)) continue;
      return (h1 && headlineIn(a, h1)) || a;
    }
  }
  // The h1 when a title source starts with it (a suffix we could not name).
  if (h1) {
    for (const s of [sources[1], sources[4], sources[0], sources[3]]) {
      const found = s ? headlineIn(s, h1) : null;
      if (found) return found;
    }
    if ([sources[1], sources[4]].some((s) => s && fold(s).startsWith(fold(h1)))) return h1;
  }
  const guessed = clean(guess);
  return stripped[0] ?? stripped[1] ?? (guessed && stripSiteName(guessed, siteName, host)) ?? stripped[2] ?? stripped[4] ?? null;
}

/** Reads the page's metadata. `doc` is only read. */
export function readMetadata(doc: Document, url: string, guess: ReadabilityGuess): PageMetadata {
  const ld = jsonLdArticles(doc)[0];
  const metas = metaTable(doc);
  // The page's host, and the host it declares itself under (a saved or proxied copy keeps its
  // canonical address): either one named in a title segment marks the site's name.
  const hosts: string[] = [];
  for (const address of [url, doc.querySelector('link[rel~="canonical"]')?.getAttribute('href'), meta(metas, 'og:url')]) {
    try {
      const h = address ? new URL(address.trim(), url).hostname : '';
      if (h && !hosts.includes(h)) hosts.push(h);
    } catch {
      // a non-URL identity or address: no host to compare with
    }
  }
  const host = hosts.join(' ');
  const root = doc.documentElement;
  const publisher = ld?.publisher && typeof ld.publisher === 'object' ? clean((ld.publisher as Json).name) : null;
  const siteName = meta(metas, 'og:site_name') ?? publisher ?? clean(guess.siteName) ?? meta(metas, 'application-name');
  const lang = normalizeLang(
    root.getAttribute('lang') ?? root.getAttribute('xml:lang') ?? meta(metas, 'og:locale', 'language', 'content-language') ?? guess.lang,
  );
  // A person the JSON-LD names is a byline even where it matches the site (a personal blog).
  const people = names(ld?.author, true);
  const publisherNames = [siteName, publisher, meta(metas, 'og:site_name')];
  const metaAuthor = meta(metas, 'author', 'article:author', 'dc.creator', 'parsely-author', 'by');
  const others = names(ld?.author, false).filter((n) => !namesPublisher(n, publisherNames, host));
  const shown = [
    others.length ? others.join(', ') : null,
    clean(guess.byline),
    metaAuthor && !/^https?:/.test(metaAuthor) ? metaAuthor : null,
  ];
  const heading = mainHeadingElement(doc);
  const byline =
    (people.length ? people.join(', ') : null) ??
    shown.find((n): n is string => !!n && !namesPublisher(n, publisherNames, host)) ??
    shownByline(doc, heading, publisherNames, host);
  const timeEl = Array.from(doc.getElementsByTagName('time')).find((t) => t.hasAttribute('datetime'));
  const publishedTime =
    isoDate(clean(ld?.datePublished)) ??
    isoDate(meta(metas, 'article:published_time', 'datePublished', 'date', 'dc.date', 'publish-date', 'pubdate', 'og:published_time')) ??
    isoDate(guess.publishedTime) ??
    isoDate(timeEl?.getAttribute('datetime')) ??
    shownDate(doc, heading, lang);
  return {
    title: pickTitle(doc, metas, ld, siteName, host, guess.title ?? null),
    byline,
    // Last resort, and not for title cleaning (stripSiteName already matches the host).
    siteName: siteName ?? siteFromTitle(clean(doc.title), host),
    publishedTime,
    lang,
    dir: clean(root.getAttribute('dir') ?? doc.body?.getAttribute('dir') ?? guess.dir)?.toLowerCase() ?? null,
    leadImage: absoluteUrl(meta(metas, 'og:image', 'og:image:url', 'twitter:image', 'twitter:image:src') ?? imageUrl(ld?.image), url),
    excerpt: meta(metas, 'og:description', 'description', 'twitter:description') ?? clean(ld?.description) ?? clean(guess.excerpt),
  };
}
