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
  'share', 'sharing', 'sharebar', 'social', 'socials', 'follow', 'related', 'recommended', 'recommendations', 'recirculation',
  'newsletter', 'newsletters', 'subscribe', 'subscription', 'signup', 'promo', 'promotion', 'comments', 'comment', 'disqus',
  'breadcrumb', 'breadcrumbs', 'ticker', 'cookie', 'cookies', 'consent', 'gdpr', 'tags', 'taglist', 'tagcloud', 'trending',
  'popular', 'mostread', 'outbrain', 'taboola', 'ad', 'ads', 'advert', 'advertisement', 'adslot', 'adunit', 'dfp', 'sponsored',
  'whatsapp', 'telegram', 'pagination', 'pager', 'prevnext', 'toolbar', 'reprints', 'sidebar', 'widget', 'modal',
  'popup', 'nav', 'navigation', 'menu', 'masthead', 'footer',
]);

/** Two-word names ("author-bio", "read-more", "post-nav") that name a widget only together. */
const WIDGET_PAIRS = new Set([
  'author bio', 'author box', 'author info', 'about author', 'author card', 'author details', 'read more', 'also read', 'read also',
  'more stories', 'more articles', 'next post', 'prev post', 'previous post', 'post navigation', 'post nav', 'next article', 'prev article',
  'previous article', 'app download', 'download app', 'push notification', 'google news', 'join now', 'top stories', 'latest news',
  'most popular', 'most viewed', 'you may', 'may like', 'also like', 'more from', 'see also', 'story list', 'news list', 'article list',
  'entry tags', 'post tags', 'article tags', 'tag list', 'keyword list', 'news tags',
]);

/** Elements that are never the story. */
const NEVER_STORY_TAGS = new Set(['NAV', 'FORM']);
const NEVER_STORY_ROLES = new Set(['navigation', 'search', 'banner', 'contentinfo', 'complementary']);
/** Elements that carry no reading text at all (JSON-LD stays: Readability reads metadata from it). */
const STRIP = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'LINK']);

/** Readability's own exception to its "header" rule (its okMaybeItsACandidate pattern). */
const READABILITY_KEEPS = /and|article|body|column|content|main|shadow/i;

/** Any widget word as a substring: a fast reject before splitting names into words. */
const MAYBE_WIDGET = new RegExp([...WIDGET_WORDS, ...Array.from(WIDGET_PAIRS, (p) => p.split(' ')[0])].join('|'), 'i');

function isWidgetName(words: string[]): boolean {
  for (let i = 0; i < words.length; i++) {
    if (WIDGET_WORDS.has(words[i]!)) return true;
    if (i + 1 < words.length && WIDGET_PAIRS.has(`${words[i]} ${words[i + 1]}`)) return true;
  }
  return false;
}

/**
 * Characters of text (spaces excluded) under every element of `root`, in one iterative pass, so the
 * guard below costs O(page) however many candidates nest.
 */
function textSizes(root: Element): Map<Element, number> {
  const sizes = new Map<Element, number>();
  const stack: [Node, boolean][] = [[root, false]];
  while (stack.length) {
    const [node, done] = stack.pop()!;
    if (node.nodeType === 3) {
      const parent = node.parentElement;
      if (parent) sizes.set(parent, (sizes.get(parent) ?? 0) + (node.nodeValue ?? '').replace(/\s+/g, '').length);
      continue;
    }
    if (node.nodeType !== 1) continue;
    if (done) {
      const parent = (node as Element).parentElement;
      if (parent && node !== root) sizes.set(parent, (sizes.get(parent) ?? 0) + (sizes.get(node as Element) ?? 0));
      continue;
    }
    stack.push([node, true]);
    for (let c = node.lastChild; c; c = c.previousSibling) stack.push([c, false]);
  }
  return sizes;
}

export const removeBoilerplate: Step = (root) => {
  const all = descendants(root);
  for (const el of all) {
    if (STRIP.has(el.tagName) && !(el.tagName === 'SCRIPT' && el.getAttribute('type')?.trim().toLowerCase() === 'application/ld+json')) el.remove();
  }
  const sizes = textSizes(root);
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
    if (NEVER_STORY_TAGS.has(el.tagName) || NEVER_STORY_ROLES.has(el.getAttribute('role') ?? '') || el.getAttribute('aria-modal') === 'true') {
      candidates.push(el);
      continue;
    }
    // Cheap filter first: most elements have no name that could contain a widget word.
    const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''} ${el.getAttribute('role') ?? ''} ${el.getAttribute('aria-label') ?? ''}`;
    if (names.length < 3 || !MAYBE_WIDGET.test(names)) continue;
    if (el.tagName === 'ARTICLE' || el.tagName === 'MAIN') continue;
    if (isWidgetName(nameWords(el))) candidates.push(el);
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
    const name = `${h.getAttribute('class') ?? ''} ${h.id}`;
    const standfirst = [...h.querySelectorAll('p')].some((p) => (p.textContent ?? '').trim().length >= 80);
    if (standfirst && h.tagName === 'HEADER' && /header/i.test(name) && !READABILITY_KEEPS.test(name) && h.parentElement?.closest('article, main')) h.replaceWith(...h.childNodes);
  }
};
