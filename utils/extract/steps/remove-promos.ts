/**
 * Calls to act that sit inside the story: "WhatsApp Group Join Now", "Follow us on Google News",
 * newsletter sign-ups, app prompts, share/print tools, copyright lines. Only short blocks: one that
 * starts with a promo phrase (up to a couple of sentences), or a very short one with a link that
 * contains it. A story paragraph that mentions a newsletter is longer than this and stays.
 */
import { PROMOS, allPhrases } from '../phrases';
import { containsPhrase, fold, leafBlocks, linkDensity, startsWithPhrase, textOf } from '../signals';
import type { Step } from './step';

const phrases = allPhrases(PROMOS);
const startsPromo = startsWithPhrase(phrases);
const hasPromo = containsPhrase(phrases);
/** A copyright line in any language: "Copyright 2024 …", "© 2024 …", "(c) 2024 …". */
const COPYRIGHT = /^(?:copyright|\(c\)|©)\s*(?:©\s*)?\d{4}/;

export const removePromos: Step = (root) => {
  const blocks = leafBlocks(root);
  for (const block of blocks) {
    const text = textOf(block);
    if (!text || text.length > 240 || block.querySelector('img, picture, video')) continue;
    const folded = fold(text);
    // The story's last block may be an appeal that ends in a call to act ("Enjoyed it? Support us: subscribe.").
    const appeal = block === blocks.at(-1) && text.length <= 160 && startsPromo(folded.split(/[:?!—–]/).at(-1)!);
    if (
      appeal ||
      startsPromo(folded) ||
      COPYRIGHT.test(folded) ||
      (text.length <= 100 && hasPromo(folded) && (linkDensity(block, text) >= 0.2 || block.querySelector('button, input')))
    ) {
      block.remove();
    }
  }
};
