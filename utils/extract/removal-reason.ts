/**
 * The reason code of one removal. The removed element's own names (class, id, role, aria-label)
 * are the most specific, language-independent account of what it was ("share-bar", "comments");
 * when they say nothing, the step that removed it does.
 */
import { nameWords } from './signals';
import type { RemovalReason } from './types';

/** Name words per reason, most specific first (an "ad" word in a "related-ads" box still says related). */
const BY_NAME: [RemovalReason, ReadonlySet<string>][] = [
  ['comments', new Set(['comment', 'comments', 'disqus', 'replies', 'discussion'])],
  ['share', new Set(['share', 'sharing', 'sharebar', 'social', 'socials', 'whatsapp', 'telegram', 'facebook', 'twitter'])],
  ['author-box', new Set(['author', 'bio', 'byline', 'avatar'])],
  [
    'related',
    new Set([
      'related',
      'recommended',
      'recommendations',
      'recirculation',
      'trending',
      'popular',
      'mostread',
      'outbrain',
      'taboola',
      'more',
    ]),
  ],
  ['newsletter', new Set(['newsletter', 'newsletters', 'subscribe', 'subscription', 'signup'])],
  ['tags', new Set(['tags', 'tag', 'taglist', 'tagcloud', 'keywords', 'topics'])],
  [
    'navigation',
    new Set(['nav', 'navigation', 'menu', 'breadcrumb', 'breadcrumbs', 'pagination', 'pager', 'prevnext', 'footer', 'masthead']),
  ],
  ['credit', new Set(['credit', 'credits', 'copyright', 'attribution'])],
  ['ad', new Set(['ad', 'ads', 'advert', 'advertisement', 'adslot', 'adunit', 'dfp', 'sponsored', 'affiliate'])],
  ['promo', new Set(['promo', 'promotion', 'cookie', 'consent', 'gdpr', 'modal', 'popup'])],
];

const NAV_TAGS = new Set(['NAV', 'FORM']);

/** The names of `node` and of its first element descendants, a few levels down (a box's wrapper often has none). */
function namesNear(el: Element): string[] {
  const words = nameWords(el);
  let child = el.firstElementChild;
  for (let depth = 0; child && depth < 2 && words.length < 12; depth++, child = child.firstElementChild) words.push(...nameWords(child));
  return words;
}

/** The reason for removing `node` in a step whose own reason is `fallback`. */
export function removalReason(node: Node, fallback: RemovalReason): RemovalReason {
  if (node.nodeType !== 1) return fallback;
  const el = node as Element;
  if (NAV_TAGS.has(el.tagName)) return 'navigation';
  const words = namesNear(el);
  if (!words.length) return fallback;
  for (const [reason, set] of BY_NAME)
    if (words.some((w) => set.has(w))) return reason === 'ad' && fallback === 'label' ? 'ad-label' : reason;
  return fallback;
}
