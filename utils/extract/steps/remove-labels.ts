/**
 * Blocks that are only a label: ad-slot labels ("Advertisement", "विज्ञापन", "إعلان", "広告",
 * "Реклама", "Anzeige", "REKLAM") and page-furniture words left behind by removed widgets
 * ("Share", "Comments", "Image caption"). Only a block whose whole text is the label goes, so a
 * sentence that mentions advertising stays.
 */
import { AD_LABELS, UI_LABELS, allPhrases } from '../phrases';
import { afterPhrase, fold, isPhrase, leafBlocks, textOf } from '../signals';
import type { Step } from './step';

const isLabel = isPhrase([...allPhrases(AD_LABELS), ...allPhrases(UI_LABELS)]);
const afterUiLabel = afterPhrase(allPhrases(UI_LABELS));

/** "Label: value" furniture ("آخر تحديث: 12:30", "کد خبر: ۸۸۲۳۱", "字号：大 中 小"). */
function isLabelledValue(folded: string): boolean {
  const rest = afterUiLabel(folded);
  // The value is a date, a number or a few words; a sentence after "Comments:" is story.
  return rest !== null && /^\s*[:：]/.test(rest) && rest.trim().split(/\s+/).length <= 4;
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
  return pieces.length > 0 && pieces.every((p) => isLabel(p) || SLOT_SIZE.test(p));
}

export const removeLabels: Step = (root) => {
  for (const block of leafBlocks(root)) {
    const text = textOf(block);
    if (text.length > 60 || block.querySelector('img, picture, video, table')) continue;
    // A block emptied of words by the steps before ("|", "/") is a separator, not content.
    if (!text || !/[\p{L}\p{N}]/u.test(text) || isLabel(fold(text)) || isLabelledValue(fold(text)) || onlyLabels(block)) block.remove();
  }
  // Inline labels at the very end of a paragraph ("… text. Advertisement") are left: too rare to risk.
};
