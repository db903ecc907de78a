/**
 * "Also read" links and boxes inside the story, in any language: a block that starts with a
 * read-also label (phrases.ts) and then a separator or a link ("Also Read: <a>…</a>", "ये भी पढ़ें -
 * …"), and a bare label ("You may also like", "DON'T MISS") together with the run of link-dense
 * blocks after it. A long block that merely begins with such words is never touched.
 */
import { READ_ALSO, allPhrases } from '../phrases';
import { afterPhrase, fold, leafBlocks, linkDensity, textOf } from '../signals';
import type { Step } from './step';

const afterLabel = afterPhrase(allPhrases(READ_ALSO));
/** Longest block treated as a teaser (a label plus one or two headlines). */
const MAX_TEASER = 320;

/** The block itself, or its innermost ancestor below `root` that holds nothing else. */
function outermostAlone(el: Element, root: Element): Element {
  let node = el;
  while (node.parentElement && node.parentElement !== root && textOf(node.parentElement) === textOf(node)) node = node.parentElement;
  return node;
}

export const removeReadAlso: Step = (root) => {
  const blocks = leafBlocks(root);
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    if (!root.contains(block)) continue;
    const text = textOf(block);
    if (!text || text.length > MAX_TEASER) continue;
    const rest = afterLabel(fold(text));
    if (rest === null) continue;
    const density = linkDensity(block, text);
    const bare = !/[\p{L}\p{N}]/u.test(rest);
    const teaser = /^\s*[:：\-–—|»>]/.test(rest) || density >= 0.4;
    if (!bare && !teaser) continue;
    outermostAlone(block, root).remove();
    if (!bare) continue;
    // A bare label titles the box that follows: drop the run of link-dense blocks after it.
    for (let j = i + 1; j < blocks.length; j++) {
      const next = blocks[j]!;
      if (!root.contains(next)) continue;
      const nextText = textOf(next);
      if (nextText && linkDensity(next, nextText) < 0.5) break;
      next.remove();
      i = j;
    }
  }
};
