/**
 * The headline repeated as the story's first heading. Readability drops such a heading only when
 * its words match the title's after splitting on `\W+`, which finds no words in Devanagari, CJK,
 * Hebrew or Arabic, so there the reader showed the headline twice. Compared here on folded text
 * without spaces or punctuation, which works in every script. Only the first block counts (a lead
 * figure before it is passed over); a later heading that happens to repeat the title stays.
 */
import { fold, leafBlocks, textOf } from '../signals';
import type { Step } from './step';

const HEADINGS = new Set(['H1', 'H2', 'H3']);

/** Folded text with every space, punctuation mark and symbol taken out. */
const squash = (text: string) => fold(text).replace(/[\s\p{P}\p{S}]+/gu, '');

export const removeTitleRepeat: Step = (root, ctx) => {
  const title = squash(ctx.title ?? '');
  if (!title) return;
  for (const block of leafBlocks(root)) {
    if (block.tagName === 'FIGURE') continue;
    const text = squash(textOf(block));
    if (!text) continue;
    // The heading may drop or add a few characters (a kicker, a trailing mark): 90% overlap is a repeat.
    const repeat =
      text === title ||
      ((title.includes(text) || text.includes(title)) && Math.min(text.length, title.length) / Math.max(text.length, title.length) >= 0.9);
    if (HEADINGS.has(block.tagName) && repeat) block.remove();
    return;
  }
};
