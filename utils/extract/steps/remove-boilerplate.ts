/**
 * Widgets named for what they are: share and follow bars, related/trending/most-read boxes,
 * newsletter and app prompts, comments, breadcrumbs, tickers, cookie and push prompts, tag lists,
 * author bio boxes, previous/next-post links, ad slots. Readability drops some of these by class
 * name, but keeps any whose name also says "article" or "content" ("related-articles"), and never
 * looks at ARIA labels. Run before Readability, so its scoring sees the page without them.
 *
 * Guard: an element holding a large share of the page's paragraph text is the story's container,
 * whatever its name says ("post has-comments"), and is never removed.
 */
import { descendants, nameWords } from '../signals';
import type { Step } from './step';

/** Words that, as a whole word of a class/id/role/aria-label, name a widget. */
const WIDGET_WORDS = new Set([
  'share',
  'sharing',
  'sharebar',
  'social',
  'socials',
  'follow',
  'related',
  'recommended',
  'recommendations',
  'recirculation',
  'newsletter',
  'newsletters',
  'subscribe',
  'subscription',
  'signup',
  'promo',
  'promotion',
  'comments',
  'comment',
  'disqus',
  'breadcrumb',
  'breadcrumbs',
  'ticker',
  'cookie',
  'cookies',
  'consent',
  'gdpr',
  'tags',
  'taglist',
  'tagcloud',
  'trending',
  'popular',
  'mostread',
  'outbrain',
  'taboola',
  'ad',
  'ads',
  'advert',
  'advertisement',
  'adslot',
  'adunit',
  'dfp',
  'sponsored',
  'whatsapp',
  'telegram',
  'pagination',
  'pager',
  'prevnext',
  'toolbar',
  'reprints',
  'sidebar',
  'widget',
  'modal',
  'popup',
  'nav',
  'navigation',
  'menu',
  'masthead',
  'footer',
  // Shop boxes: an affiliate product card ("hatena-asin-detail", "affiliate-box") is an advert.
  'asin',
  'affiliate',
  'affiliates',
  'disclosure',
  'rating',
  'ratings',
]);

/** Two-word names ("author-bio", "read-more", "post-nav") that name a widget only together. */
const WIDGET_PAIRS = new Set([
  'author bio',
  'author box',
  'author info',
  'about author',
  'author card',
  'author details',
  'read more',
  'also read',
  'read also',
  'more stories',
  'more articles',
  'next post',
  'prev post',
  'previous post',
  'post navigation',
  'post nav',
  'next article',
  'prev article',
  'previous article',
  'app download',
  'download app',
  'push notification',
  'google news',
  'join now',
  'top stories',
  'latest news',
  'most popular',
  'most viewed',
  'you may',
  'may like',
  'also like',
  'more from',
  'see also',
  'story list',
  'news list',
  'article list',
  'entry tags',
  'post tags',
  'article tags',
  'tag list',
  'keyword list',
  'news tags',
  'call to',
]);

/** Elements that are never the story. */
const NEVER_STORY_TAGS = new Set(['NAV', 'FORM']);
const NEVER_STORY_ROLES = new Set(['navigation', 'search', 'banner', 'contentinfo', 'complementary']);
/** Elements that carry no reading text at all (JSON-LD stays: Readability reads metadata from it). */
const STRIP = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'LINK']);

/** Readability's own exception to its "header" rule (its okMaybeItsACandidate pattern). */
const READABILITY_KEEPS = /and|article|body|column|content|main|shadow/i;

/** Any widget word as a substring: a fast reject before splitting names into words. */
const MAYBE_WIDGET = new RegExp([...WIDGET_WORDS, ...Array.from(WIDGET_PAIRS, (p) => p.split(' ')[0])].join('|'));

/** Inline elements: inside a sentence their class names style a word ("popup" glossary links), they do not name a widget. */
const INLINE = new Set([
  'A',
  'SPAN',
  'B',
  'I',
  'EM',
  'STRONG',
  'SMALL',
  'ABBR',
  'CITE',
  'CODE',
  'MARK',
  'U',
  'FONT',
  'SUP',
  'SUB',
  'Q',
  'DFN',
  'KBD',
  'VAR',
  'TIME',
]);

/** An inline element in running text: its parent holds a sentence's worth of its own text around it. */
function inSentence(el: Element): boolean {
  if (!INLINE.has(el.tagName)) return false;
  let own = 0;
  for (let c = el.parentElement?.firstChild; c; c = c.nextSibling) if (c.nodeType === 3) own += (c.nodeValue ?? '').trim().length;
  return own >= 40;
}

/**
 * The element's id is the slug of its own first heading ("sharing-with-a-single-developer" on a docs
 * section titled "Sharing with a single developer"): an anchor for the heading, not a widget name.
 */
function isHeadingSlug(el: Element): boolean {
  const id = el.id;
  if (!id || !/[-_]/.test(id)) return false;
  // The heading opens the section: its first or second child.
  const first = el.firstElementChild;
  const heading = [first, first?.nextElementSibling].find((c) => c && /^H[1-6]$/.test(c.tagName));
  if (!heading) return false;
  const words = (heading.textContent ?? '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  const slug = id.toLowerCase().split(/[-_]+/).filter(Boolean);
  return slug.length >= 2 && slug.every((w) => words.includes(w));
}

function isWidgetName(words: string[]): boolean {
  for (let i = 0; i < words.length; i++) {
    if (WIDGET_WORDS.has(words[i]!)) return true;
    if (i + 1 < words.length && WIDGET_PAIRS.has(`${words[i]} ${words[i + 1]}`)) return true;
  }
  return false;
}

/** Characters of `text` that are not whitespace, counted without allocating. */
function nonSpace(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (
      c > 32 &&
      c !== 0xa0 &&
      !(c >= 0x2000 && c <= 0x200b) &&
      c !== 0x3000 &&
      c !== 0xfeff &&
      c !== 0x85 &&
      c !== 0x1680 &&
      c !== 0x2028 &&
      c !== 0x2029 &&
      c !== 0x202f &&
      c !== 0x205f
    )
      n++;
  }
  return n;
}

/**
 * Characters of text (spaces excluded) under `root` and every element of `all` (its descendants in
 * document order), in one pass from the last element back, so every child is counted before its
 * parent: the guard below costs O(page) however many candidates nest.
 */
function textSizes(root: Element, all: Element[]): Map<Element, number> {
  const sizes = new Map<Element, number>();
  const sizeOf = (el: Element) => {
    let n = 0;
    for (let c = el.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) n += nonSpace(c.nodeValue ?? '');
      else if (c.nodeType === 1) n += sizes.get(c as Element) ?? 0;
    }
    sizes.set(el, n);
  };
  for (let i = all.length - 1; i >= 0; i--) sizeOf(all[i]!);
  sizeOf(root);
  return sizes;
}

export const removeBoilerplate: Step = (root) => {
  const all = descendants(root);
  // Ids that links on the page point to ("#after-ad"): anchors.
  const targets = new Set<string>();
  for (const el of all) {
    if (el.tagName !== 'A') continue;
    const href = el.getAttribute('href');
    if (href && href.length > 1 && href.startsWith('#')) targets.add(href.slice(1));
  }
  for (const el of all) {
    if (STRIP.has(el.tagName) && !(el.tagName === 'SCRIPT' && el.getAttribute('type')?.trim().toLowerCase() === 'application/ld+json'))
      el.remove();
  }
  const sizes = textSizes(root, all);
  const total = sizes.get(root) ?? 0;
  // The headline's ancestors hold the story: never removed.
  const headlineAncestors = new Set<Element>();
  for (const h1 of all.filter((el) => el.tagName === 'H1')) {
    for (let n: Element | null = h1; n && n !== root; n = n.parentElement) headlineAncestors.add(n);
  }
  // An element holding this much of the page's text is the story's container, whatever its name.
  const limit = Math.max(300, total * 0.3);
  const candidates: Element[] = [];
  for (const el of all) {
    if (NEVER_STORY_TAGS.has(el.tagName)) {
      candidates.push(el);
      continue;
    }
    // Cheap filters first (this loop sees every element of the page): most elements have no
    // attributes at all, and most names contain no widget word.
    if (!el.hasAttributes()) continue;
    const role = el.getAttribute('role');
    if ((role && NEVER_STORY_ROLES.has(role)) || el.getAttribute('aria-modal') === 'true') {
      candidates.push(el);
      continue;
    }
    const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''} ${role ?? ''} ${el.getAttribute('aria-label') ?? ''}`;
    if (names.length < 3 || !MAYBE_WIDGET.test(names.toLowerCase())) continue;
    if (el.tagName === 'ARTICLE' || el.tagName === 'MAIN' || inSentence(el)) continue;
    // A heading's slug in the id names the heading, not a widget (checked last: it reads the subtree).
    // An id that names a heading (its slug) or that in-page links point to (a skip link's target,
    // "Skip advertisement" → id="after-ad") is an anchor, not a widget name: judged without it.
    if (isWidgetName(nameWords(el)) && (!el.id || !(targets.has(el.id) || isHeadingSlug(el)) || isWidgetName(nameWords(el, false))))
      candidates.push(el);
  }
  let removed: Element | null = null;
  for (const el of candidates) {
    // Candidates come in document order: skip those inside one already removed.
    if ((removed && removed.contains(el)) || headlineAncestors.has(el) || !root.contains(el)) continue;
    if ((sizes.get(el) ?? 0) > limit) continue;
    el.remove();
    removed = el;
  }
  // The story's own <header> (headline, standfirst) named "…header" but not "article…"/"…content" is
  // dropped whole by Readability's name rule, standfirst and all: one holding a standfirst (a paragraph
  // of prose) is unwrapped, so its paragraphs are judged like any other.
  for (const h of headlineAncestors) {
    if (h.tagName !== 'HEADER') continue;
    const name = `${h.getAttribute('class') ?? ''} ${h.id}`;
    if (!/header/i.test(name) || READABILITY_KEEPS.test(name) || !h.parentElement?.closest('article, main')) continue;
    const standfirst = [...h.querySelectorAll('p')].some((p) => (p.textContent ?? '').trim().length >= 80);
    if (standfirst) h.replaceWith(...h.childNodes);
  }
  // Readability drops the first h1/h2 that repeats the title, once. When the headline's own header is
  // dropped by name first, that one removal falls on the first subheading that resembles the title
  // ("UPI Lite कैसे काम करता है" under "UPI Lite क्या है…"). The headline moves out, just before that
  // header, so the removal meets it first (trimEdges drops it if Readability keeps it).
  const h1 = all.find((el) => el.tagName === 'H1' && root.contains(el));
  let dropped: Element | null = null;
  for (let n = h1?.parentElement ?? null; n && n !== root; n = n.parentElement) {
    const name = `${n.getAttribute('class') ?? ''} ${n.id}`;
    if (/header/i.test(name) && !READABILITY_KEEPS.test(name)) dropped = n;
  }
  if (h1 && dropped) dropped.before(h1);
  // A subheading named "…-header" ("wprm-recipe-header" over "Ingredients") is dropped by Readability's
  // name rule for page headers, though it heads part of the story: the word is renamed.
  for (const el of all) {
    if (!/^H[2-6]$/.test(el.tagName) || !root.contains(el)) continue;
    for (const attr of ['class', 'id']) {
      const value = el.getAttribute(attr);
      if (value && /header/i.test(value) && !READABILITY_KEEPS.test(value)) el.setAttribute(attr, value.replace(/header/gi, 'heading'));
    }
  }
};
