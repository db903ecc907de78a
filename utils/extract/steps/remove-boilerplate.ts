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
import { nameWords } from '../signals';
import type { Step } from './step';

/** Words that, as a whole word of a class/id/role/aria-label, name a widget. */
const WIDGET_WORDS = new Set([
  'share', 'sharing', 'sharebar', 'social', 'socials', 'follow', 'related', 'recommended', 'recommendations', 'recirculation',
  'newsletter', 'newsletters', 'subscribe', 'subscription', 'signup', 'promo', 'promotion', 'comments', 'comment', 'disqus',
  'breadcrumb', 'breadcrumbs', 'ticker', 'cookie', 'cookies', 'consent', 'gdpr', 'tags', 'taglist', 'tagcloud', 'trending',
  'popular', 'mostread', 'outbrain', 'taboola', 'ad', 'ads', 'advert', 'advertisement', 'adslot', 'adunit', 'dfp', 'sponsored',
  'whatsapp', 'telegram', 'pagination', 'pager', 'prevnext', 'toolbar', 'print', 'reprints', 'sidebar', 'rail', 'widget', 'modal',
  'popup', 'banner', 'nav', 'navigation', 'menu', 'masthead', 'footer',
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
const NEVER_STORY = 'nav, form, [role="navigation"], [role="search"], [role="banner"], [role="contentinfo"], [role="complementary"], [aria-modal="true"]';

function isWidgetName(words: string[]): boolean {
  for (let i = 0; i < words.length; i++) {
    if (WIDGET_WORDS.has(words[i]!)) return true;
    if (i + 1 < words.length && WIDGET_PAIRS.has(`${words[i]} ${words[i + 1]}`)) return true;
  }
  return false;
}

/** Characters of text under `el` (scripts and styles are gone by now). */
function chars(el: Element): number {
  return (el.textContent ?? '').replace(/\s+/g, '').length;
}

export const removeBoilerplate: Step = (root) => {
  for (const el of Array.from(root.querySelectorAll('script:not([type="application/ld+json"]), style, template, link'))) el.remove();
  const total = chars(root);
  // An element holding this much of the page's text is the story's container, whatever its name.
  const limit = Math.max(300, total * 0.3);
  const candidates: Element[] = [];
  for (const el of Array.from(root.querySelectorAll(NEVER_STORY))) candidates.push(el);
  for (const el of Array.from(root.querySelectorAll('[class], [id], [role], [aria-label]'))) {
    if (el.tagName === 'BODY' || el.tagName === 'HTML' || el.tagName === 'ARTICLE' || el.tagName === 'MAIN') continue;
    if (isWidgetName(nameWords(el))) candidates.push(el);
  }
  for (const el of candidates) {
    if (!el.isConnected || el.querySelector('h1')) continue;
    if (chars(el) > limit) continue;
    el.remove();
  }
};
