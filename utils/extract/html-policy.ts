/**
 * What page HTML may become in our UI, written once for both gates that enforce it: DOMPurify at
 * extraction time (sanitize.ts) and the browser's HTML Sanitizer API (`setHTML`) at render time
 * (components/ArticleBody.tsx). Both take their element and attribute allow-lists from here, and
 * both apply `applyUrlPolicy` to each element, so the two cannot drift apart.
 *
 * The two gates treat an element that is on no list differently: DOMPurify keeps its text, an
 * allow-list Sanitizer drops it with its text. That is why the wrappers we unwrap are listed
 * (UNWRAP_ELEMENTS), and why the elements whose text is never story are listed too
 * (DROP_ELEMENTS): on those two lists, and on the allow-list, both gates do the same thing.
 *
 * Pure: plain data and functions of the elements they are given; no globals.
 */

/** Elements kept as they are: the structure, text semantics and media of an article. */
export const KEEP_ELEMENTS: readonly string[] = [
  // Sections and blocks
  'address',
  'article',
  'aside',
  'blockquote',
  'center',
  'details',
  'dd',
  'dir',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'legend',
  'li',
  'main',
  'menu',
  'nav',
  'ol',
  'p',
  'pre',
  'search',
  'section',
  'summary',
  'ul',
  // Text
  'a',
  'abbr',
  'acronym',
  'b',
  'bdi',
  'bdo',
  'br',
  'cite',
  'code',
  'data',
  'del',
  'dfn',
  'em',
  'i',
  'ins',
  'kbd',
  'mark',
  'q',
  'rp',
  'rt',
  'ruby',
  's',
  'samp',
  'small',
  'span',
  'strike',
  'strong',
  'sub',
  'sup',
  'time',
  'tt',
  'u',
  'var',
  'wbr',
  // Tables
  'caption',
  'col',
  'colgroup',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  // Media
  'audio',
  'img',
  'picture',
  'source',
  'track',
  'video',
];

/**
 * Elements removed with their text kept: form and widget wrappers, fallback containers and
 * presentational or obsolete inline elements (their text is story, their behaviour or look is not).
 */
export const UNWRAP_ELEMENTS: readonly string[] = [
  'big',
  'blink',
  'canvas',
  'font',
  'form',
  'label',
  'map',
  'marquee',
  'meter',
  'nobr',
  'output',
  'progress',
  'slot',
];

/**
 * Elements removed with their text: code, styles, controls (their labels are UI, not story),
 * frames and plugins, embedded documents, SVG and MathML (namespace confusion is the classic
 * mutation-XSS path), and raw-text elements whose content the parser never treats as markup.
 */
export const DROP_ELEMENTS: readonly string[] = [
  'script',
  'style',
  'template',
  'noscript',
  'noembed',
  'noframes',
  'plaintext',
  'xmp',
  'title',
  'head',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'portal',
  'svg',
  'math',
  'button',
  'select',
  'selectedcontent',
  'textarea',
  'option',
  'optgroup',
  'datalist',
  'dialog',
];

/**
 * Attributes kept on every kept element. None styles, scripts, identifies (ids and classes belong
 * to the page's CSS and scripts) or changes behaviour (popover, inert, autoplay); `target` and
 * `rel` are not taken from the page but set by `applyUrlPolicy`.
 */
export const KEEP_ATTRIBUTES: readonly string[] = [
  'alt',
  'aria-hidden',
  'aria-label',
  'colspan',
  'controls',
  'datetime',
  'decoding',
  'default',
  'dir',
  'headers',
  'height',
  'hidden',
  'href',
  'hreflang',
  'kind',
  'label',
  'lang',
  'loading',
  'loop',
  'media',
  'muted',
  'open',
  'playsinline',
  'poster',
  'preload',
  'reversed',
  'role',
  'rowspan',
  'scope',
  'sizes',
  'span',
  'src',
  'srclang',
  'srcset',
  'start',
  'title',
  'translate',
  'type',
  'value',
  'width',
];

/** Links: only web and mail, and places in the article. */
const SAFE_LINK = /^(?:https?:|mailto:|#)/i;
/** Images and media sources: only web, and inline raster images (which cannot run code). */
const SAFE_MEDIA = /^(?:https?:|data:image\/(?:png|jpe?g|gif|webp|avif);)/i;
/** A video's poster: only web (DOMPurify takes `data:` only in `src`). */
const SAFE_POSTER = /^https?:/i;
/** A srcset candidate with any scheme but http(s). */
const UNSAFE_SRCSET = /(?:^|,)\s*(?!https?:)[a-z][\w+.-]*:/i;
/** The address attributes, each with the addresses it may hold. */
const ADDRESS_RULES: readonly (readonly [string, RegExp])[] = [
  ['href', SAFE_LINK],
  ['src', SAFE_MEDIA],
  ['poster', SAFE_POSTER],
];

/**
 * Our link and media rules for one element, on top of either gate: drops a link or media address
 * with any other scheme, and sends links out of our UI to a new tab that gets no handle on ours.
 * Idempotent, so markup that already passed it can pass it again.
 */
export function applyUrlPolicy(el: Element): void {
  for (const [attr, safe] of ADDRESS_RULES) {
    const value = el.getAttribute(attr);
    if (value === null) continue;
    const address = value.trim();
    if (!safe.test(address)) el.removeAttribute(attr);
    // DOMPurify trims every value; the Sanitizer API keeps them as written.
    else if (address !== value) el.setAttribute(attr, address);
  }
  const href = el.getAttribute('href');
  if (href !== null && !href.startsWith('#')) {
    el.setAttribute('target', '_blank');
    el.setAttribute('rel', 'noopener noreferrer');
  }
  const srcset = el.getAttribute('srcset');
  if (srcset !== null && UNSAFE_SRCSET.test(srcset)) el.removeAttribute('srcset');
}

/** Every element under `root` (not `root` itself) that carries an address `applyUrlPolicy` checks. */
const URL_BEARING = '[href], [src], [poster], [srcset]';

/**
 * The render-time pass: `applyUrlPolicy` on every element under `root` that has an address, in
 * one walk. Runs on what the Sanitizer API inserted, which knows nothing of our URL rules.
 */
export function applyRenderPolicy(root: ParentNode): void {
  for (const el of root.querySelectorAll(URL_BEARING)) applyUrlPolicy(el);
}

/**
 * The HTML Sanitizer API configuration (`setHTML(html, { sanitizer })`), as the spec's
 * SanitizerConfig dictionary: an allow-list, so anything else is dropped.
 */
export interface SanitizerConfig {
  elements: string[];
  attributes: string[];
  replaceWithChildrenElements: string[];
  comments: boolean;
  dataAttributes: boolean;
}

/**
 * The Sanitizer API allow-list, from the same lists DOMPurify is configured with. Comments and
 * `data-*` attributes are set explicitly (both gates drop them) rather than left to defaults.
 */
export function sanitizerConfig(): SanitizerConfig {
  return {
    elements: [...KEEP_ELEMENTS],
    attributes: [...KEEP_ATTRIBUTES],
    replaceWithChildrenElements: [...UNWRAP_ELEMENTS],
    comments: false,
    dataAttributes: false,
  };
}
