/**
 * The story's edges. Before its first real paragraph and after its last, Readability often keeps the
 * article's furniture: bylines and datelines ("By JANIE HAR", "Updated Nov. 19, 2019 8:21 am ET"),
 * author bio boxes, tag lists, "more from this author" and related-link lists, short label lines.
 * Position is the signal (language-independent): inside the story the same shapes could be
 * content (a live blog's timestamps, a list of sources), so only the edges are trimmed.
 * Footnotes and reference lists are kept wherever they are.
 *
 * After the last paragraph also go a station's or a paper's sign-off (short blocks with a link or
 * an address: every link to a social network or an app store, or an opening call to follow,
 * listen, download), and a writer's box (a picture, the writer's name or a link to the
 * writer's page, a few sentences about them): the last short box holding the story's final block.
 */
import { CLOSING_CALLS, allPhrases } from '../phrases';
import { WRAPPED_FIGURE, descendants, fold, leafBlocks, linkDensity, nameWords, startsWithPhrase, textOf } from '../signals';
import type { Step } from './step';

const A = new Set(['A']);

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
  // A figure made from a picture and the paragraph after it (wrap-captions) reads as that paragraph did.
  if ((el.tagName === 'FIGURE' && !el.hasAttribute(WRAPPED_FIGURE)) || el.tagName === 'TABLE' || /^H\d$/.test(el.tagName)) return false;
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

/** Ends like a label before its link ("Also read:", "More —", "Related ›"). */
const LABEL_END = /[:：\-–—|›»·•>]\s*$/u;

/**
 * The block's first link sits inside a sentence: running text of a few words comes before it, not a
 * label ("You must know by now that <a>there are GIFs of it</a>."). A teaser line opens with its link
 * or with a label; a story's last sentence may end in a link.
 */
function linkInSentence(block: Element): boolean {
  let before = '';
  const walker = block.ownerDocument.createTreeWalker(block, 1 | 4);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n.nodeType === 1 && (n as Element).tagName === 'A') break;
    if (n.nodeType === 3) before += n.nodeValue ?? '';
  }
  before = before.replace(/\s+/g, ' ').trim();
  if (!before || LABEL_END.test(before)) return false;
  const cjk = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(before);
  return cjk ? before.length >= 12 : before.split(' ').length >= 4;
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

/** Longest sign-off line (characters): a sentence or two, never a paragraph of the story. */
const MAX_CALL = 200;
/** Longest writer's box (characters): a name and a few sentences about the writer. */
const MAX_BIO = 600;
const startsCall = startsWithPhrase(allPhrases(CLOSING_CALLS));
/** An e-mail address in the text ("Send your story ideas to news@…"). */
const ADDRESS = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+\.[\p{L}\p{N}.-]+/u;
/** Hosts (and their subdomains) of social networks, messengers and app stores: where a sign-off sends readers. */
const SOCIAL_HOSTS = [
  'facebook.com',
  'fb.com',
  'twitter.com',
  'x.com',
  'instagram.com',
  'youtube.com',
  'youtu.be',
  'tiktok.com',
  'threads.net',
  'bsky.app',
  'linkedin.com',
  'pinterest.com',
  't.me',
  'telegram.me',
  'whatsapp.com',
  'wa.me',
  'vk.com',
  'ok.ru',
  'dzen.ru',
  'weibo.com',
  'line.me',
  'apps.apple.com',
  'itunes.apple.com',
  'play.google.com',
  'news.google.com',
  'flipboard.com',
];

function isSocial(href: string, base: URL | null): boolean {
  try {
    const host = new URL(href, base ?? undefined).hostname.replace(/^www\./, '');
    return SOCIAL_HOSTS.some((h) => host === h || host.endsWith(`.${h}`));
  } catch {
    return false;
  }
}

/**
 * A sign-off after the story: a short block holding a link or an address that opens with a call to
 * act (CLOSING_CALLS) or, with `anyLinks`, whose every link leaves for a social network or an app
 * store. A mail address alone is not enough ("To contact the reporter: …@…" closes many agency
 * stories, as their text). Never a quote (an embedded post is the story's).
 */
function isClosingCall(el: Element, text: string, base: URL | null, anyLinks: boolean): boolean {
  if (!text || text.length > MAX_CALL || el.closest('blockquote') || el.querySelector('img, picture, video, iframe')) return false;
  const links = descendants(el, A).filter((a) => a.hasAttribute('href'));
  if (startsCall(fold(text))) return links.length > 0 || ADDRESS.test(text);
  return anyLinks && links.length > 0 && links.every((a) => isSocial(a.getAttribute('href') ?? '', base));
}

/** A link to the site's page of one writer ("/author/sedova/", "/authors/jane-doe"). */
function isWriterLink(a: Element, base: URL | null): boolean {
  try {
    const u = new URL(a.getAttribute('href') ?? '', base ?? undefined);
    return (
      (!base || u.host === base.host) && /\/(?:author|authors|autor|autoren|auteur|autore|writer|writers|profile)\/[^/]+/i.test(u.pathname)
    );
  } catch {
    return false;
  }
}

/** Largest side (pixels, as the page sets it) of a writer's portrait beside a bio. */
const MAX_AVATAR = 160;

/** A portrait: a small picture by its set size, or one named for an avatar. */
function isAvatar(img: Element): boolean {
  const w = Number(img.getAttribute('width'));
  const h = Number(img.getAttribute('height'));
  if (w > 0 && h > 0 && w <= MAX_AVATAR && h <= MAX_AVATAR) return true;
  return /avatar/i.test(`${img.getAttribute('src') ?? ''} ${img.getAttribute('class') ?? ''}`);
}

/**
 * The writer's box the story ends with: the innermost box (below `root`, not holding the story's
 * first paragraph) around `end`, the story's final block, with no more than MAX_BIO of text and a
 * picture, which is a portrait or comes with the writer's name (the byline), a link to the writer's
 * page, or the box's schema.org author mark. Readability takes the name out of many such boxes
 * (its byline rule), so the portrait alone will do. Null when there is none.
 */
function writerBox(end: Element, root: Element, story: Element, byline: string, base: URL | null): Element | null {
  for (let box = end.parentElement; box && box !== root && !box.contains(story); box = box.parentElement) {
    const text = textOf(box);
    if (text.length > MAX_BIO) return null;
    // One of a run of alike boxes (a live blog's posts, each with its writer's portrait) is an entry.
    const name = box.getAttribute('class');
    if (name && box.previousElementSibling?.getAttribute('class') === name) return null;
    const imgs = Array.from(box.querySelectorAll('img'));
    // A bio is a few sentences; a list of links with an icon (a wiki's external links) is not one.
    if (imgs.length !== 1 || box.querySelector('video, iframe, table') || linkDensity(box, text) >= 0.5) continue;
    if (isAvatar(imgs[0]!) || (byline.length >= 4 && fold(text).includes(byline))) return box;
    if (box.getAttribute('itemprop') === 'author' || descendants(box, A).some((a) => isWriterLink(a, base))) return box;
  }
  return null;
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
  let blocks = leafBlocks(root);
  let texts = blocks.map(textOf);
  let first = blocks.findIndex((b, i) => isProse(b, texts[i]!));
  if (first >= 0) {
    // A writer's box closing the story goes whole; its sentences about the writer read as prose.
    let end = blocks.length - 1;
    while (end > first && (!texts[end] || isFurniture(blocks[end]!, texts[end]!, root, byline, base, blocks[first]))) end--;
    const box = end > first ? writerBox(blocks[end]!, root, blocks[first]!, byline, base) : null;
    if (box) {
      box.remove();
      blocks = leafBlocks(root);
      texts = blocks.map(textOf);
      first = blocks.findIndex((b, i) => isProse(b, texts[i]!));
    }
  }
  let last = blocks.length - 1;
  const squashedTitle = squash(title ?? '');
  // No paragraph of prose: a brief, whose one block is the story and whose headline repeat above it
  // (after a date header or a timestamp, where the title-repeat step does not look) is furniture.
  const brief = first < 0;
  if (brief) {
    first = last = briefStory(blocks, texts, byline, squashedTitle);
    if (first < 0) return;
  }
  // A sign-off may be long enough to pass for prose: the story ends before it.
  while (last > first && (!isProse(blocks[last]!, texts[last]!) || isClosingCall(blocks[last]!, texts[last]!, base, false))) last--;
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
      (!isNote(block, root) && text && linkDensity(block, text) > 0.5 && linksHeadline(block) && !linkInSentence(block)) ||
      (!isNote(block, root) && isClosingCall(block, text, base, true))
    )
      block.remove();
  }
};
