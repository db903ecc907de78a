/**
 * Readers' comments left inside the story block: a thread after the story and the count heading
 * over it ("3 टिप्पणियाँ"), and the prompts and policy lines of a comment box ("no comments yet",
 * "add a new comment", a comment-policy note). A thread is told by its shape, in any language: a
 * run of sibling blocks alike in tag and class, each holding a name (a short line without digits)
 * and a time (a short line with a date or a clock time), after the story rather than being it (a
 * live blog's posts have the same shape, but they are the story), under a count heading. Words (phrases.ts) only name the
 * prompts of an empty box, which has no shape to tell.
 */
import { COMMENT_HEADINGS, COMMENT_PROMPTS, allPhrases } from '../phrases';
import { containsPhrase, fold, isBlock, leafBlocks, linkDensity, remove, textOf } from '../signals';
import { visibleDate } from '../visible-date';
import type { Step } from './step';

const hasPrompt = containsPhrase(allPhrases(COMMENT_PROMPTS));
const hasCommentWord = containsPhrase(allPhrases(COMMENT_HEADINGS));

/** Longest line read as a name or a time in a comment. */
const MAX_PIECE = 40;
/** Longest comment entry (a reply, not an essay). */
const MAX_ENTRY = 1500;

/** Text pieces of `el`: the text of each element with no element inside, and loose text. */
function pieces(el: Element): string[] {
  const out: string[] = [];
  const stack: Element[] = [el];
  while (stack.length) {
    const node = stack.pop()!;
    if (!node.firstElementChild) {
      const t = textOf(node);
      if (t) out.push(t);
      continue;
    }
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3 && (c.nodeValue ?? '').trim()) out.push((c.nodeValue ?? '').trim());
      else if (c.nodeType === 1) stack.push(c as Element);
    }
  }
  return out;
}

/** A short line that is a time: a date, a clock time, or a count with a unit ("2 घंटे पहले", "3h"). */
function isTime(piece: string): boolean {
  if (piece.length > MAX_PIECE || !/\p{Nd}/u.test(piece)) return false;
  return /\p{Nd}{1,2}:\p{Nd}{2}/u.test(piece) || visibleDate(piece, null) !== null || piece.replace(/[\p{Nd}\s]/gu, '').length <= 20;
}

/** A short line that is a name: a few words, no digits. */
function isName(piece: string): boolean {
  return piece.length <= MAX_PIECE && !/\p{Nd}/u.test(piece) && piece.split(/\s+/).length <= 4 && /\p{L}/u.test(piece);
}

/** One comment: a name, a time and (usually) the reply, in a block of modest size. */
function isEntry(el: Element): boolean {
  const text = textOf(el);
  if (!text || text.length > MAX_ENTRY) return false;
  // A reply is words, not links (a list of citations is mostly links).
  if (linkDensity(el, text) >= 0.5) return false;
  const parts = pieces(el);
  if (parts.length < 2) return false;
  const time = parts.findIndex(isTime);
  return time >= 0 && parts.some((p, i) => i !== time && isName(p));
}

/** Tag and class: what makes siblings "alike". */
const shape = (el: Element) => `${el.tagName} ${el.getAttribute('class') ?? ''}`;

/** Threads under `root`: elements whose children are two or more alike comment entries. */
function threads(root: Element): Element[] {
  const out: Element[] = [];
  const stack: Element[] = [root];
  while (stack.length) {
    const el = stack.pop()!;
    const kids = Array.from(el.children);
    const entries = kids.filter((k) => isBlock(k) && isEntry(k));
    const alike = entries.length >= 2 && entries.every((k) => shape(k) === shape(entries[0]!));
    if (el !== root && alike && entries.reduce((n, k) => n + textOf(k).length, 0) >= 0.8 * textOf(el).length) {
      out.push(el);
      continue;
    }
    for (const k of kids) stack.push(k);
  }
  return out;
}

/** Characters of story paragraphs (blocks of 80+ characters, few links) in `blocks`. */
function proseLength(blocks: Element[]): number {
  return blocks.reduce((n, b) => {
    const t = textOf(b);
    return t.length >= 80 && linkDensity(b, t) < 0.35 ? n + t.length : n;
  }, 0);
}

/** The short block just before `thread` (or before the box holding it) that heads it: a count, a comment word. */
function countHeading(thread: Element, root: Element): Element | null {
  for (let el: Element | null = thread; el && el !== root; el = el.parentElement) {
    const prev = el.previousElementSibling;
    if (!prev) continue;
    const text = textOf(prev);
    if (text.length <= MAX_PIECE && (/\p{Nd}/u.test(text) || hasCommentWord(fold(text))) && !prev.querySelector('img, picture, video'))
      return prev;
    return null;
  }
  return null;
}

export const removeComments: Step = (root) => {
  for (const thread of threads(root)) {
    const blocks = leafBlocks(root);
    const inside = new Set(leafBlocks(thread));
    const first = blocks.findIndex((b) => inside.has(b));
    const last = blocks.findLastIndex((b) => inside.has(b));
    // After the story: story prose before it, at least half as long as the thread, and none after.
    const threadLength = textOf(thread).length;
    if (proseLength(blocks.slice(0, first)) < 0.5 * threadLength || proseLength(blocks.slice(last + 1)) > 0) continue;
    // And headed by its count or a comment word: lists of names and dates after a story (references,
    // a filmography, a results table) are the story's own.
    const heading = countHeading(thread, root);
    if (!heading) continue;
    remove(heading);
    remove(thread);
  }
  // An empty comment box's prompts and a policy line, at the end of the story.
  const blocks = leafBlocks(root);
  for (let i = blocks.length - 1; i >= 0; i--) {
    const text = textOf(blocks[i]!);
    if (!text) continue;
    if (text.length > 300 || !hasPrompt(fold(text))) break;
    remove(blocks[i]!);
  }
};
