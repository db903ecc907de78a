/**
 * The story's edges. Before its first real paragraph and after its last, Readability often keeps the
 * article's furniture: bylines and datelines ("By JANIE HAR", "Updated Nov. 19, 2019 8:21 am ET"),
 * author bio boxes, tag lists, "more from this author" and related-link lists, short label lines.
 * Position is the signal (language-independent): inside the story the same shapes could be
 * content (a live blog's timestamps, a list of sources), so only the edges are trimmed.
 * Footnotes and reference lists are kept wherever they are.
 */
import { descendants, leafBlocks, linkDensity, nameWords, textOf } from '../signals';

const A = new Set(['A']);
import type { Step } from './step';

/** Name words of metadata and bio boxes. */
const META_WORDS = new Set([
  'byline',
  'author',
  'authors',
  'writer',
  'dateline',
  'date',
  'time',
  'timestamp',
  'published',
  'updated',
  'meta',
  'bio',
  'tags',
  'tag',
  'credit',
  'credits',
  'contributor',
  'reporter',
]);
/** Name words of notes the story needs: never trimmed. */
const NOTE_WORDS = new Set([
  'footnote',
  'footnotes',
  'endnote',
  'endnotes',
  'reference',
  'references',
  'notes',
  'citation',
  'citations',
  'reflist',
  'sources',
  'bibliography',
]);

const YEAR_OR_TIME = /(?:^|\D)(?:1[89]\d\d|20\d\d)(?:\D|$)|\d{1,2}:\d{2}/;

/** A paragraph of the story: enough prose, few links. */
function isProse(el: Element, text: string): boolean {
  if (el.tagName === 'FIGURE' || el.tagName === 'TABLE' || /^H\d$/.test(el.tagName)) return false;
  const min = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]/u.test(text) ? 40 : 90;
  return text.length >= min && linkDensity(el, text) < 0.35;
}

/** A short line that is mostly a date and/or a time ("PUBLISHED: 10:48, Tue, Nov 19, 2019"). */
export function isDateLine(text: string): boolean {
  if (text.length > 90 || !YEAR_OR_TIME.test(text)) return false;
  const compact = text.replace(/\s+/g, '');
  const numbers = text.match(/\p{Nd}+/gu) ?? [];
  const digits = numbers.join('').length;
  // A day and a year, or a clock time: one number alone ("the 2019 budget") is not a date line.
  return (numbers.length >= 2 || /\d:\d\d/.test(text)) && digits / compact.length >= 0.15 && text.split(/\s+/).length <= 18;
}

/**
 * `el` or an ancestor below `root` has one of `words` in its names; with `story` (a paragraph of the
 * story), an ancestor that holds it is the story's container, not a box of furniture (a whole
 * article named "entry date-first" is not a date line).
 */
function inNamed(el: Element, root: Element, words: Set<string>, story?: Element): boolean {
  for (let node: Element | null = el; node && node !== root; node = node.parentElement) {
    if (story && node.contains(story)) return false;
    if (nameWords(node).some((w) => words.has(w))) return true;
  }
  return false;
}

function isNote(el: Element, root: Element): boolean {
  return inNamed(el, root, NOTE_WORDS) || !!el.closest('[role="doc-endnotes"], [role="doc-footnote"]');
}

/**
 * The block links to another story: some link text is as long as a headline. A closing list of
 * short links (place names, topics: "福岡県：久留米市") is the story's own and stays.
 */
function linksHeadline(block: Element): boolean {
  return descendants(block, A).some((a) => {
    const t = textOf(a);
    return t.length >= (/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(t) ? 12 : 25);
  });
}

/**
 * The block opens the same entry as the first paragraph, and entries of that name repeat (a live
 * blog's posts): its timestamp is the post's, not the page's dateline.
 */
function inRepeatedEntry(block: Element, prose: Element, root: Element): boolean {
  let entry = block.parentElement;
  while (entry && entry !== root && !entry.contains(prose)) entry = entry.parentElement;
  const name = entry?.getAttribute('class');
  const next = entry?.nextElementSibling;
  if (!entry || entry === root || !name || !next || next.getAttribute('class') !== name) return false;
  // The next entry opens with a timestamp too: posts, not layout rows that happen to share a class.
  const opening = leafBlocks(next)[0];
  return !!next.querySelector('time') || (!!opening && isDateLine(textOf(opening)));
}

/**
 * The block is only a link or two to the site's home or a section of it: a logo's text ("Express.
 * Home of the Daily and Sunday Express.") or a category kicker ("Entrepreneur" → /category/…/).
 */
function isSectionLink(el: Element, text: string, base: URL | null): boolean {
  if (!base || text.split(' ').length > 8) return false;
  const links = descendants(el, A);
  if (!links.length || links.length > 2 || linkDensity(el, text) < 0.9) return false;
  return links.every((a) => {
    try {
      const u = new URL(a.getAttribute('href') ?? '', base);
      return u.host === base.host && u.pathname.split('/').filter(Boolean).length <= 2 && u.pathname !== base.pathname;
    } catch {
      return false;
    }
  });
}

/** Furniture at an edge of the story: remove it? */
function isFurniture(el: Element, text: string, root: Element, byline: string, base: URL | null = null, story?: Element): boolean {
  if (isNote(el, root)) return false;
  if (!text) return !el.querySelector('img, picture, video, iframe, table, pre, hr');
  if (isSectionLink(el, text, base)) return true;
  const short = text.length <= 120;
  if (short && isDateLine(text)) return true;
  if (
    byline &&
    short &&
    text
      .toLowerCase()
      .replace(/^by\s+/, '')
      .includes(byline)
  )
    return true;
  if (text.length <= 400 && inNamed(el, root, META_WORDS, story) && !el.querySelector('img, picture, video')) return true;
  return false;
}

/** Folded text without spaces, punctuation or symbols: a headline compared in any script. */
const squash = (text: string) =>
  text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]+/gu, '');

/**
 * A brief (a news flash of one sentence, shorter than any paragraph rule): its story is the longest
 * block of text that is not a link, a date line, the byline or the headline again; -1 if none.
 */
function briefStory(blocks: Element[], texts: string[], byline: string, title: string): number {
  let best = -1;
  for (let i = 0; i < blocks.length; i++) {
    const text = texts[i]!;
    if (!text || isDateLine(text) || linkDensity(blocks[i]!, text) >= 0.35 || /^H\d$/.test(blocks[i]!.tagName)) continue;
    if ((byline && text.toLowerCase() === byline) || (title && squash(text) === title)) continue;
    if (best < 0 || text.length > texts[best]!.length) best = i;
  }
  return best;
}

export const trimEdges: Step = (root, { byline, url, title }) => {
  let base: URL | null = null;
  try {
    base = new URL(url);
  } catch {
    // no address: section links cannot be told from others
  }
  const blocks = leafBlocks(root);
  const texts = blocks.map(textOf);
  let first = blocks.findIndex((b, i) => isProse(b, texts[i]!));
  let last = blocks.length - 1;
  const squashedTitle = squash(title ?? '');
  // No paragraph of prose: a brief, whose one block is the story and whose headline repeat above it
  // (after a date header or a timestamp, where the title-repeat step does not look) is furniture.
  const brief = first < 0;
  if (brief) {
    first = last = briefStory(blocks, texts, byline, squashedTitle);
    if (first < 0) return;
  }
  while (last > first && !isProse(blocks[last]!, texts[last]!)) last--;
  for (let i = 0; i < first; i++) {
    const repeat = brief && !!squashedTitle && squash(texts[i]!) === squashedTitle;
    if (
      repeat ||
      (!inRepeatedEntry(blocks[i]!, blocks[first]!, root) && isFurniture(blocks[i]!, texts[i]!, root, byline, base, blocks[first]))
    )
      blocks[i]!.remove();
  }
  for (let i = last + 1; i < blocks.length; i++) {
    const block = blocks[i]!;
    const text = texts[i]!;
    if (
      isFurniture(block, text, root, byline, base, blocks[first]) ||
      (!isNote(block, root) && text && linkDensity(block, text) > 0.5 && linksHeadline(block))
    )
      block.remove();
  }
};
