/**
 * The lead picture. Many layouts put the story's first figure (picture + caption) just before the
 * container of its paragraphs, as that container's previous sibling or inside a wrapper there
 * ("<figure>…</figure><div class="story-body"><p>…"). Readability picks the paragraphs' container and
 * judges siblings by their text, so a figure with a one-line caption is left behind. This step moves
 * that one figure into the start of the container, before Readability runs, so it is kept with the
 * story. Only the first figure of the page, only when it sits right before a container of prose, and
 * only when it has a picture and a caption: a logo or a promo image elsewhere is never moved.
 */
import { descendants, textOf } from '../signals';
import type { Step } from './step';

const FIGURE = new Set(['FIGURE']);
const CONTAINERS = new Set(['DIV', 'SECTION', 'ARTICLE', 'MAIN']);
/** A container of prose: this many paragraphs with this much text between them. */
const MIN_PARAGRAPHS = 3;
const MIN_PROSE = 400;

function isProseContainer(el: Element): boolean {
  if (!CONTAINERS.has(el.tagName)) return false;
  let count = 0;
  let chars = 0;
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
    if (c.tagName !== 'P') continue;
    const length = textOf(c).length;
    if (length >= 40) count++;
    chars += length;
  }
  return count >= MIN_PARAGRAPHS && chars >= MIN_PROSE;
}

/** The next element after `el`, skipping empty elements (ad slots emptied by earlier steps). */
function nextWithContent(el: Element): Element | null {
  let next = el.nextElementSibling;
  while (next && !textOf(next) && !next.querySelector('img, picture, video')) next = next.nextElementSibling;
  return next;
}

export const keepLeadFigure: Step = (root) => {
  // Video cards (embed-videos.ts) are figures too, but not pictures: the first picture is the lead.
  const figure = descendants(root, FIGURE).find((f) => f.getAttribute('class') !== 'broadsheet-video');
  if (!figure || !figure.querySelector('img, picture, amp-img') || !figure.querySelector('figcaption') || !textOf(figure)) return;
  // The figure itself, or a wrapper that holds nothing else (up to two levels).
  let node: Element = figure;
  for (
    let i = 0;
    i < 2 && !nextWithContent(node) && node.parentElement && node.parentElement !== root && textOf(node.parentElement) === textOf(node);
    i++
  )
    node = node.parentElement;
  const next = nextWithContent(node);
  if (!next) return;
  // The prose may sit one level down ("<div data-gu-name="body"><div class="article-body">…").
  const body = isProseContainer(next)
    ? next
    : next.firstElementChild && isProseContainer(next.firstElementChild)
      ? next.firstElementChild
      : null;
  if (body) body.insertBefore(figure, body.firstChild);
};
