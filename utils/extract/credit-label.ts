/**
 * Whether a short line opens with a photo credit's label ("Photo: AP", "Photo by X", "Credit…X",
 * "© X", "Image copyright X", "Источник: ТАСС"), for the two steps that must tell a credit line from
 * a caption: remove-credits takes such lines out, wrap-captions steps over them to find the caption.
 * The labels are data (phrases.ts CREDIT_LABELS); a label must be followed by a separator, "by", the
 * end, or (for a label of two words or more, which no sentence opens with) a name.
 */
import { CREDIT_LABELS, allPhrases } from './phrases';
import { startsWithPhrase } from './signals';

const labels = allPhrases(CREDIT_LABELS);
const escape = (l: string) => l.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const byLength = (a: string, b: string) => b.length - a.length;
const startsCredit = startsWithPhrase(labels);
const labelEnd = new RegExp(
  `^[\\s\\p{P}\\p{S}]*(?:${labels.map(escape).sort(byLength).join('|')})(?:\\s*[:：/|…©]|\\.{2,}|\\s+(?:by|von|par|por)\\b|\\s*$)`,
  'iu',
);
/** "Image copyright Getty Images", "Photo credit Jane Doe": a label of several words, then a name. */
const longLabelName = new RegExp(
  `^[\\s\\p{P}\\p{S}]*(?:${labels
    .filter((l) => l.includes(' '))
    .map(escape)
    .sort(byLength)
    .join('|')})\\s+[\\p{L}\\p{N}]`,
  'iu',
);

/** A label with nothing after it ("Images", "Photo:"): a heading or a label whose credit sits elsewhere. */
const labelOnly = new RegExp(`^[\\s\\p{P}\\p{S}]*(?:${labels.map(escape).sort(byLength).join('|')})[\\s\\p{P}\\p{S}]*$`, 'iu');

/** True when folded text is a credit label and a name after it ("Источник: ТАСС", not "Images"). */
export function isCreditWithName(folded: string): boolean {
  return isCreditLead(folded) && !labelOnly.test(folded);
}

/**
 * True when folded text (signals.ts `fold`) opens with a credit label. A sentence that starts with
 * the word ("Photo booths are back") does not: the label needs what a credit puts after it.
 */
export function isCreditLead(folded: string): boolean {
  return startsCredit(folded) && (labelEnd.test(folded) || longLabelName.test(folded));
}
