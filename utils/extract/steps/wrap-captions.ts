/**
 * Captions that are not in a <figcaption>: an element named for a caption ("story-image__caption",
 * "wp-caption-text" without its box) or a short paragraph right after a picture. Left as they are,
 * the reader shows them as lines of the story; the picture and its caption become one <figure> with
 * a <figcaption> instead, which the reader styles as a caption. No text is removed: a caption is
 * story (it says what the picture shows).
 *
 * Signals, all language-independent: position (right after a picture with no words of its own,
 * stepping over one credit line), shortness, and a caption's shape for a paragraph with no caption
 * name (set in italics or small type, or without a sentence's closing stop; a line all in bold is
 * a subheading). A story paragraph after a picture is longer and ends like a sentence.
 */
import { isCreditLead } from '../credit-label';
import { WRAPPED_FIGURE, fold, isBarePicture, isBlock, leafBlocks, linkDensity, nameWords, textOf } from '../signals';
import type { Step } from './step';

/** Longest text (characters) of an element named for a caption: a few sentences about the picture. */
const MAX_NAMED_CAPTION = 300;
/** Longest paragraph with no caption name taken for a caption: shorter than almost any story paragraph. */
const MAX_PLAIN_CAPTION = 160;
/** Longest credit line stepped over between a picture and its caption. */
const MAX_CREDIT = 90;
const MEDIA = 'img, picture, video, iframe, table';
/** A sentence's closing stop, with any closing quote or bracket after it. */
const CLOSED = /[.!?。！？।۔][\s"'»”’)\]]*$/u;
const ITALIC = new Set(['EM', 'I', 'SMALL', 'CITE']);
const BOLD = new Set(['B', 'STRONG']);
const CAPTION_NAME = /caption/i;

function isNamedCaption(el: Element): boolean {
  return CAPTION_NAME.test(el.getAttribute('class') ?? '') && nameWords(el, false).some((w) => w === 'caption' || w === 'captions');
}

function isCredit(el: Element): boolean {
  const text = textOf(el);
  return !!text && text.length <= MAX_CREDIT && !el.querySelector(MEDIA) && isCreditLead(fold(text));
}

/** The bare picture right before `el`, stepping over one credit line; null when there is none. */
function pictureBefore(el: Element): Element | null {
  let prev = el.previousElementSibling;
  if (prev && !isBarePicture(prev) && isCredit(prev)) prev = prev.previousElementSibling;
  return prev && isBarePicture(prev) ? prev : null;
}

/** Every piece of the block's text sits inside one of `tags` (below the block). */
function allIn(block: Element, tags: ReadonlySet<string>): boolean {
  const walker = block.ownerDocument.createTreeWalker(block, 4);
  let any = false;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (!(n.nodeValue ?? '').trim()) continue;
    let inside = false;
    for (let p = n.parentElement; p && p !== block && !inside; p = p.parentElement) inside = tags.has(p.tagName);
    if (!inside) return false;
    any = true;
  }
  return any;
}

/** A paragraph with no caption name that reads as a caption (see the module header). */
function isPlainCaption(block: Element): boolean {
  if (block.tagName !== 'P' && block.tagName !== 'DIV') return false;
  const text = textOf(block);
  if (!text || text.length > MAX_PLAIN_CAPTION || block.querySelector(MEDIA) || linkDensity(block, text) >= 0.5) return false;
  if (isCreditLead(fold(text)) || allIn(block, BOLD)) return false;
  return allIn(block, ITALIC) || !CLOSED.test(text);
}

/** Moves `picture` into a new figure at its place, with `caption`'s content as the figcaption. */
function wrap(picture: Element, caption: Element, doc: Document): void {
  const figure = doc.createElement('figure');
  figure.setAttribute(WRAPPED_FIGURE, '');
  picture.parentNode!.insertBefore(figure, picture);
  figure.appendChild(picture);
  const figcaption = doc.createElement('figcaption');
  while (caption.firstChild) figcaption.appendChild(caption.firstChild);
  caption.remove();
  figure.appendChild(figcaption);
}

/** Turns `el` (a caption inside a figure that has none) into the figure's figcaption. */
function rename(el: Element, doc: Document): void {
  const figcaption = doc.createElement('figcaption');
  while (el.firstChild) figcaption.appendChild(el.firstChild);
  el.replaceWith(figcaption);
}

export const wrapCaptions: Step = (root, { doc }) => {
  const named = Array.from(root.querySelectorAll('[class*="aption"]')).filter(
    (el) => !el.closest('figcaption') && !el.parentElement?.closest('[class*="aption"]') && isNamedCaption(el),
  );
  for (const el of named) {
    const text = textOf(el);
    if (!text || text.length > MAX_NAMED_CAPTION || el.querySelector(MEDIA) || isCredit(el)) continue;
    const figure = el.closest('figure');
    if (figure) {
      if (root.contains(figure) && !figure.querySelector('figcaption')) rename(el, doc);
      continue;
    }
    const picture = pictureBefore(el);
    if (picture) wrap(picture, el, doc);
  }
  for (const block of leafBlocks(root)) {
    if (!block.parentNode || block.closest('figure') || !isBlock(block)) continue;
    const picture = pictureBefore(block);
    if (picture && isPlainCaption(block)) wrap(picture, block, doc);
  }
};
