/**
 * Blocks that are only a label: ad-slot labels ("Advertisement", "विज्ञापन", "إعلان", "広告",
 * "Реклама", "Anzeige", "REKLAM") and page-furniture words left behind by removed widgets
 * ("Share", "Comments", "Image caption"). Only a block whose whole text is the label goes, so a
 * sentence that mentions advertising stays. Also an image whose file is named only for an ad
 * ("advertisement.gif", "ad-300x250.png"): the label drawn as a picture.
 */
import { AD_LABELS, COMMENT_HEADINGS, PROMOS, UI_LABELS, allPhrases } from '../phrases';
import { afterPhrase, containsPhrase, fold, isBlock, isPhrase, leafBlocks, nameWords, textOf } from '../signals';
import type { Step } from './step';

const isLabel = isPhrase([...allPhrases(AD_LABELS), ...allPhrases(UI_LABELS)]);
const afterUiLabel = afterPhrase(allPhrases(UI_LABELS));
const hasPromo = containsPhrase(allPhrases(PROMOS));
const isCommentHeading = isPhrase(allPhrases(COMMENT_HEADINGS));

/**
 * The box a comment heading opens: its parent, when the heading is the parent's first block and the
 * box is a small part of the story block (a thread of readers' replies under the story). The box
 * goes whole; a heading elsewhere goes alone.
 */
function commentBox(label: Element, root: Element): Element | null {
  const box = label.parentElement;
  if (!box || box === root || box.firstElementChild !== label) return null;
  const rest = textOf(box).length - textOf(label).length;
  return rest > 0 && textOf(box).length <= 0.3 * textOf(root).length ? box : null;
}

/** "Label: value" furniture ("آخر تحديث: 12:30", "کد خبر: ۸۸۲۳۱", "字号：大 中 小"), or a counter ("อ่าน 15,402 ครั้ง"). */
function isLabelledValue(folded: string): boolean {
  const rest = afterUiLabel(folded);
  // The value is a date, a number or a few words; a sentence after "Comments:" is story.
  if (rest === null) return false;
  const words = rest.trim().split(/\s+/).length;
  // A date ("الثلاثاء 5 مارس 2024 - 4:05 م") is longer but mostly digits.
  const value = words <= 4 || (words <= 8 && (rest.match(/\p{N}/gu)?.length ?? 0) >= 4);
  return (/^\s*[:：]/.test(rest) && value) || /^\s*[\d.,]+\s*[\p{L}\p{M}]{0,12}$/u.test(rest);
}

/** An ad slot's size ("728x90", "300 × 250"): a label in every language. */
const SLOT_SIZE = /^\d{2,4}\s*[x×]\s*\d{2,4}$/;

/** Every piece of text in the block is a label on its own ("ADVERTISEMENT" + "SCROLL TO CONTINUE"). */
function onlyLabels(block: Element): boolean {
  const pieces: string[] = [];
  const stack: Node[] = [block];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.nodeType === 3) {
      const piece = fold(node.nodeValue ?? '');
      if (piece) pieces.push(piece);
    } else for (let c = node.firstChild; c; c = c.nextSibling) stack.push(c);
  }
  // A label may come with its own call to act ("Auto Refresh" + "refresh the page for updates").
  return pieces.some((p) => isLabel(p) || SLOT_SIZE.test(p)) && pieces.every((p) => isLabel(p) || SLOT_SIZE.test(p) || hasPromo(p));
}

/**
 * Inline pieces of a meta line that are furniture on their own: "<span>Author</span> <span>Last
 * update: …</span>" keeps the author and loses the label and its value.
 */
function removeLabelPieces(block: Element): void {
  for (let c = block.firstElementChild; c;) {
    const next = c.nextElementSibling;
    // Only "label: value" pieces: a lone word in a span ("<span>Comments</span> were closed") may be prose.
    if (!isBlock(c) && c.tagName !== 'A' && isLabelledValue(fold(textOf(c)))) c.remove();
    c = next;
  }
}

const AUTHOR_BOX = new Set(['avatar', 'author', 'byline']);

/** A word or two left in an author box whose name went with the byline ("Maintainer", "Staff writer"). */
function authorBoxRest(block: Element, root: Element, text: string): boolean {
  if (text.length > 30 || text.split(' ').length > 3) return false;
  for (let el = block.parentElement; el && el !== root; el = el.parentElement)
    if (nameWords(el).some((w) => AUTHOR_BOX.has(w))) return true;
  return false;
}

/** A file name that is only an ad label, with an optional slot size: "advertisement.gif", "ads_728x90.png", "reklama.jpg". */
const AD_WORDS = 'ad|ads|advert|adverts|advertisement|advertisements|advertising|anzeige|werbung|reklama|publicidad|publicite';
const AD_FILE = new RegExp(`^(?:${AD_WORDS})(?:[-_]?\\d{2,4}(?:x\\d{2,4})?)?\\.(?:gif|png|jpe?g|webp|svg)$`, 'i');

function isAdImage(img: Element): boolean {
  const src = img.getAttribute('src') ?? '';
  const file = src.split(/[?#]/)[0]!.split('/').pop() ?? '';
  return AD_FILE.test(file);
}

/** The outermost wrapper of `img` below `root` that holds nothing else: no text and no other media. */
function adSlot(img: Element, root: Element): Element {
  let slot = img;
  for (let p = img.parentElement; p && p !== root && p.tagName !== 'FIGURE'; p = p.parentElement) {
    if (textOf(p) || p.querySelectorAll('img, picture, video, iframe').length > 1) break;
    slot = p;
  }
  return slot;
}

export const removeLabels: Step = (root) => {
  for (const img of Array.from(root.querySelectorAll('img'))) if (isAdImage(img)) adSlot(img, root).remove();
  for (const block of leafBlocks(root)) {
    const text = textOf(block);
    if (block.querySelector('img, picture, video, table')) continue;
    if (text.length > 60) {
      if (text.length <= 200 && block.childElementCount > 1) removeLabelPieces(block);
      continue;
    }
    if (isCommentHeading(fold(text))) {
      (commentBox(block, root) ?? block).remove();
      continue;
    }
    // A block emptied of words by the steps before ("|", "/") is a separator, not content.
    if (
      !text ||
      !/[\p{L}\p{N}]/u.test(text) ||
      isLabel(fold(text)) ||
      isLabelledValue(fold(text)) ||
      onlyLabels(block) ||
      authorBoxRest(block, root, text)
    )
      block.remove();
    else if (block.childElementCount > 1) removeLabelPieces(block);
  }
  // Inline labels at the very end of a paragraph ("… text. Advertisement") are left: too rare to risk.
};
