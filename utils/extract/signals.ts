/**
 * Language-independent signals the steps share: folded text, link density, the words in an
 * element's class/id/role/aria names, and phrase matching. Small and allocation-light, because the
 * overlay injects this code into pages and runs it on every open.
 */
import { textLength } from './text';

/** Folds text for comparisons: NFC, lower case, whitespace runs to one space, trimmed. */
export function fold(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\s\u00a0\u200b]+/g, ' ')
    .trim();
}

/**
 * The element's text, whitespace folded (not lower-cased), with a space where text nodes meet, so
 * "<span>Lire aussi</span><a>Le tram…</a>" reads "Lire aussi Le tram…" for matching.
 */
export function textOf(el: Element): string {
  const parts: string[] = [];
  const stack: Node[] = [el];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.nodeType === 3) parts.push(node.nodeValue ?? '');
    else for (let c = node.lastChild; c; c = c.previousSibling) stack.push(c);
  }
  return parts
    .join(' ')
    .replace(/[\s\u00a0\u200b]+/g, ' ')
    .trim();
}

/**
 * Elements under `root` (not `root` itself) in document order, optionally only those with a tag in
 * `tags` (upper case). A plain sibling walk: DOM libraries' live collections and selector engines
 * are many times slower on whole pages, and this runs on every open.
 */
export function descendants(root: Element, tags?: ReadonlySet<string>): Element[] {
  const out: Element[] = [];
  const stack: Element[] = [];
  for (let c = root.lastElementChild; c; c = c.previousElementSibling) stack.push(c);
  while (stack.length) {
    const el = stack.pop()!;
    if (!tags || tags.has(el.tagName)) out.push(el);
    for (let c = el.lastElementChild; c; c = c.previousElementSibling) stack.push(c);
  }
  return out;
}

const A = new Set(['A']);

/** Share of the element's text that sits inside links (0 for an empty element). */
export function linkDensity(el: Element, text = textOf(el)): number {
  if (!text) return 0;
  let linked = 0;
  for (const a of descendants(el, A)) linked += textOf(a).length;
  return Math.min(1, linked / text.length);
}

/** Lower-case words of the element's class, id (unless `withId` is false), role and aria-label, split on - _ space and camelCase. */
export function nameWords(el: Element, withId = true): string[] {
  const raw = [
    el.getAttribute('class'),
    withId ? el.getAttribute('id') : null,
    el.getAttribute('role'),
    el.getAttribute('aria-label'),
    el.getAttribute('data-component'),
    el.getAttribute('data-testid'),
  ]
    .filter(Boolean)
    .join(' ');
  if (!raw) return [];
  return raw
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

const NO_SPACES = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;
const WORDLIKE = /[\p{L}\p{N}]/u;

/** Letters (and marks, digits) may not touch a phrase that starts or ends with one ("related" ≠ "relatedly"). */
const NOT_AFTER_LETTER = '(?<![\\p{L}\\p{M}\\p{N}])';
const NOT_BEFORE_LETTER = '(?![\\p{L}\\p{M}\\p{N}])';

/**
 * The phrases as one RegExp source. Phrases that need the same boundary checks share them: a
 * Unicode-class lookaround per phrase made V8 spend ~0.7 s compiling the lists on a reader's first
 * open. Scripts written without spaces get no boundaries; symbols ("©") match as they are.
 * Longest phrases come first within each group, so the longest label wins.
 */
function alternation(phrases: string[]): string {
  const groups = new Map<string, string[]>();
  for (const phrase of [...new Set(phrases.map(fold))].sort((a, b) => b.length - a.length)) {
    const body = phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const spaced = !NO_SPACES.test(phrase);
    const lead = spaced && WORDLIKE.test(phrase[0] ?? '') ? NOT_AFTER_LETTER : '';
    const last = phrase.at(-1) ?? '';
    const trail = spaced && (WORDLIKE.test(last) || /\p{M}/u.test(last)) ? NOT_BEFORE_LETTER : '';
    const key = `${lead}\u0000${trail}`;
    groups.set(key, [...(groups.get(key) ?? []), body]);
  }
  return [...groups]
    .map(([key, bodies]) => {
      const [lead = '', trail = ''] = key.split('\u0000');
      return `${lead}(?:${bodies.join('|')})${trail}`;
    })
    .join('|');
}

/** A matcher for folded text that STARTS with one of `phrases` (after leading punctuation). */
export function startsWithPhrase(phrases: string[]): (folded: string) => boolean {
  const re = new RegExp(`^[\\s\\p{P}\\p{S}]*(?:${alternation(phrases)})`, 'u');
  return (folded) => re.test(folded);
}

/**
 * A matcher that returns what follows a leading phrase in folded text ("" when the text is only the
 * phrase), or null when the text does not start with one of `phrases`.
 */
export function afterPhrase(phrases: string[]): (folded: string) => string | null {
  const re = new RegExp(`^[\\s\\p{P}\\p{S}]*(?:${alternation(phrases)})([\\s\\S]*)$`, 'u');
  return (folded) => {
    const m = re.exec(folded);
    return m ? (m[1] ?? '') : null;
  };
}

/** A matcher for folded text that IS one of `phrases`, ignoring surrounding punctuation. */
export function isPhrase(phrases: string[]): (folded: string) => boolean {
  const set = new Set(phrases.map(fold));
  return (folded) => set.has(folded.replace(/^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu, ''));
}

/** A matcher for folded text that CONTAINS one of `phrases`. */
export function containsPhrase(phrases: string[]): (folded: string) => boolean {
  const re = new RegExp(alternation(phrases), 'u');
  return (folded) => re.test(folded);
}

const BLOCK_TAGS = new Set([
  'P',
  'DIV',
  'LI',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'BLOCKQUOTE',
  'PRE',
  'FIGURE',
  'TABLE',
  'UL',
  'OL',
  'DL',
  'DT',
  'DD',
  'SECTION',
  'ASIDE',
  'HEADER',
  'FOOTER',
  'ARTICLE',
  'FIGCAPTION',
  'ADDRESS',
  'DETAILS',
  'HR',
  'MAIN',
  'NAV',
  'FORM',
  'FIELDSET',
  'CENTER',
]);

/** True for block-level elements (the ones the reader lays out as separate lines). */
export function isBlock(el: Element): boolean {
  return BLOCK_TAGS.has(el.tagName);
}

/**
 * The innermost blocks under `root`, in document order: block elements with no block inside; tables,
 * figures and preformatted text count as one unit each. Walked without recursion (pages nest deep).
 */
export function leafBlocks(root: Element): Element[] {
  const out: Element[] = [];
  const stack: Element[] = [];
  for (let c = root.lastElementChild; c; c = c.previousElementSibling) stack.push(c);
  while (stack.length) {
    const el = stack.pop()!;
    if (!isBlock(el)) {
      // Inline or unknown (<main>, <span>, custom elements): only blocks inside it count.
      for (let c = el.lastElementChild; c; c = c.previousElementSibling) stack.push(c);
      continue;
    }
    const tag = el.tagName;
    let hasBlock = false;
    if (tag !== 'TABLE' && tag !== 'FIGURE' && tag !== 'PRE') {
      for (let c = el.firstElementChild; c; c = c.nextElementSibling) if (isBlock(c)) hasBlock = true;
    }
    if (!hasBlock) {
      out.push(el);
      continue;
    }
    for (let c = el.lastElementChild; c; c = c.previousElementSibling) stack.push(c);
  }
  return out;
}

const TEASER_HEADINGS = new Set(['H2', 'H3', 'H4']);

/**
 * A list of teasers (search results, a category archive): at least three subheadings, and nearly
 * all of them are links to other pages. A story's own subheadings are not links.
 */
export function isListing(root: Element): boolean {
  const headings = descendants(root, TEASER_HEADINGS).filter((h) => textOf(h));
  if (headings.length < 3) return false;
  // Links to a place on this page (permalink anchors on docs headings) do not make a teaser.
  const outward = (h: Element) => descendants(h, A).some((a) => !(a.getAttribute('href') ?? '#').trim().startsWith('#'));
  const linked = headings.filter((h) => linkDensity(h) > 0.8 && outward(h)).length;
  return linked / headings.length >= 0.75;
}

/**
 * Marks a <figure> wrap-captions made from a picture and the caption paragraph after it, so that
 * trim-edges still reads that caption where a paragraph stood (the sanitizer drops data attributes).
 */
export const WRAPPED_FIGURE = 'data-broadsheet-wrapped';

/**
 * A picture with no words of its own outside a figure: an <img> or <picture>, or an element (a
 * paragraph, a link, a wrapper) holding only images. What a caption or a photo credit sits beside.
 */
export function isBarePicture(el: Element | null): boolean {
  if (!el || el.closest('figure')) return false;
  if (el.tagName === 'IMG' || el.tagName === 'PICTURE') return true;
  return el.querySelector('img, picture') !== null && el.querySelector('video, iframe, table') === null && !textOf(el);
}

/** Removes `el` from its parent (no-op when detached). */
export function remove(el: Element): void {
  el.parentNode?.removeChild(el);
}

/** Text (spaces excluded, as `textLength` counts it) of `el` that is not inside a link. */
export function unlinkedLength(el: Element): number {
  let linked = 0;
  for (const a of descendants(el, A)) if (!a.parentElement?.closest('a')) linked += textLength(a);
  return Math.max(0, textLength(el) - linked);
}

/** Shortest run of unlinked text (spaces excluded), in one block, that reads as a sentence of prose. */
const PROSE_BLOCK = 50;
/** Least unlinked text in all: a few such sentences, not one teaser's summary. */
const PROSE_TOTAL = 240;

/**
 * Whether `root` holds prose of its own, beside its links: a block with a sentence or two outside
 * links, and a few sentences in all. A briefing of linked items with a line of text after each has
 * it; a menu, a link list or a grid of headlines has none.
 */
export function hasProse(root: Element): boolean {
  if (unlinkedLength(root) < PROSE_TOTAL) return false;
  return leafBlocks(root).some((b) => unlinkedLength(b) >= PROSE_BLOCK);
}

const LIST_HOLDERS = new Set(['UL', 'OL', 'NAV', 'DIV', 'SECTION', 'ASIDE', 'TABLE', 'MENU', 'DL', 'FOOTER', 'HEADER']);

/**
 * A step for the retry when Readability chose a link list: takes out every outermost block that is a
 * list of links (five or more, nearly all of its text in them, hardly a sentence outside them), so
 * the scoring meets the story beside it. Decided by structure alone, in any language.
 */
export function removeLinkLists(root: Element): void {
  const all = descendants(root);
  // One pass from the last element back, so every child is summed before its parent.
  const chars = new Map<Element, number>();
  const linked = new Map<Element, number>();
  const links = new Map<Element, number>();
  for (let i = all.length - 1; i >= 0; i--) {
    const el = all[i]!;
    let c = 0;
    let l = 0;
    let n = 0;
    for (let k = el.firstChild; k; k = k.nextSibling) {
      if (k.nodeType === 3) c += textLength(k);
      else if (k.nodeType === 1) {
        const child = k as Element;
        c += chars.get(child) ?? 0;
        l += linked.get(child) ?? 0;
        n += links.get(child) ?? 0;
      }
    }
    if (el.tagName === 'A') {
      l = c;
      n += 1;
    }
    chars.set(el, c);
    linked.set(el, l);
    links.set(el, n);
  }
  let removed: Element | null = null;
  for (const el of all) {
    if (removed?.contains(el) || !LIST_HOLDERS.has(el.tagName)) continue;
    const c = chars.get(el) ?? 0;
    const l = linked.get(el) ?? 0;
    if ((links.get(el) ?? 0) >= 5 && c > 0 && l / c >= 0.7 && c - l < PROSE_TOTAL && !el.querySelector('h1')) {
      el.remove();
      removed = el;
    }
  }
}
