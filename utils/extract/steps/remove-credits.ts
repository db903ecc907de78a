/**
 * Photo credits: the "Getty Images", "Photo: Gene J. Puskar", "(Image: GETTY)", "Credit…Anna
 * Moneymaker/The New York Times" lines that sit in a figure beside its caption. The caption is the
 * story's (it says what the picture shows) and stays; the credit is the picture agency's furniture.
 * Signals, all language-independent but the labels (phrases.ts CREDIT_LABELS): an element named for
 * a credit (class/id "credit", "copyright", "attribution"), a figure's <cite>/<small>, a short piece of
 * a figure that opens with a credit label, a trailing "(Photo: …)" / "Credit: …" in a caption, and a
 * gallery counter ("1 of 4"), and a player's notice ("Media playback is unsupported"). Also captions
 * repeated word for word under many pictures: a caption
 * shared by every image describes none of them. Outside figures, only a short paragraph that opens
 * with a credit label right beside a picture ("Image copyright EPA", "Источник: ТАСС").
 */
import { isCreditLead, isCreditWithName } from '../credit-label';
import { CREDIT_LABELS, PROMOS, UI_LABELS, allPhrases } from '../phrases';
import { descendants, fold, isBarePicture, isPhrase, leafBlocks, nameWords, remove, startsWithPhrase, textOf } from '../signals';
import type { Step } from './step';

/** Name words of credit boxes. */
const CREDIT_WORDS = new Set(['credit', 'credits', 'copyright', 'attribution', 'photographer', 'photocredit', 'imagecredit']);
/** Name words of caption boxes (figures that are not <figure>). */
const CAPTION_WORDS = new Set([
  'caption',
  'captions',
  'figcaption',
  'figure',
  'photo',
  'image',
  'img',
  'media',
  'picture',
  'gallery',
  'slide',
  'slideshow',
]);
/** Longest credit line: an agency or a photographer's name or three, not a sentence. */
const MAX_CREDIT = 90;
/** Longest credit set as a paragraph of its own: a label and a name or two ("Источник: пресс-служба мэрии"). */
const MAX_LONE_CREDIT = 80;

const labels = allPhrases(CREDIT_LABELS);
const isUiLabel = isPhrase(allPhrases(UI_LABELS));
/** A player's notice in a figure ("Media playback is unsupported on your device"). */
const startsPromo = startsWithPhrase(allPhrases(PROMOS));
/** "… (Image: GETTY)", "… Credit: ESA", "… Photo: Reuters" closing a caption's text. */
const trailing = new RegExp(
  `[\\s(\\[]*(?:${labels
    .filter((l) => /\p{L}/u.test(l))
    .map((l) => l.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .sort((a, b) => b.length - a.length)
    .join('|')})\\s*[:：]\\s*[^():：.\\[\\]]{1,60}[)\\]]?\\s*$`,
  'iu',
);
/** A label with nothing after it (the credit follows in the next node). */
const labelOnly = new RegExp(
  `^[\\s\\p{P}\\p{S}]*(?:${labels.map((l) => l.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})[\\s\\p{P}]*$`,
  'iu',
);
/** A gallery counter: "4", "1 of 4", "1of4", "2/12". */
const COUNTER = /^\d{1,3}(?:\s*(?:of|\/|из|von|de|sur)\s*\d{1,3})?$/iu;
const COUNTER_PREFIX = /^\s*\d{1,3}\s*of\s*\d{1,3}(?=\p{Lu})/u;

function inFigure(el: Element, root: Element): boolean {
  for (let n: Element | null = el; n && n !== root; n = n.parentElement) {
    if (n.tagName === 'FIGURE' || n.tagName === 'FIGCAPTION') return true;
    if (nameWords(n).some((w) => CAPTION_WORDS.has(w))) return true;
  }
  return false;
}

/** Caption elements: <figcaption> and elements named for a caption. */
function isCaption(el: Element): boolean {
  return el.tagName === 'FIGCAPTION' || nameWords(el).some((w) => w === 'caption' || w === 'captions');
}

function isCreditLine(el: Element, text: string, root: Element): boolean {
  if (!text || text.length > MAX_CREDIT || el.querySelector('img, picture, video') || el.closest('table')) return false;
  if (nameWords(el).some((w) => CREDIT_WORDS.has(w))) return true;
  // A caption that opens with a credit ("© X. The nurse…") is judged by its pieces, not whole.
  if (!inFigure(el, root) || isCaption(el)) return false;
  if ((el.tagName === 'CITE' || el.tagName === 'SMALL') && el.parentElement && inFigure(el.parentElement, root)) return true;
  const folded = fold(text);
  return isUiLabel(folded) || startsPromo(folded) || COUNTER.test(text) || /^[([]?\s*©/.test(folded) || isCreditLead(folded);
}

/** The figure a credit belongs to: the nearest <figure>, else the outermost caption-named box. */
function figureOf(el: Element, root: Element): Element | null {
  let box: Element | null = null;
  for (let n: Element | null = el.parentElement; n && n !== root; n = n.parentElement) {
    if (n.tagName === 'FIGURE') return n;
    if (n.tagName === 'FIGCAPTION' || nameWords(n).some((w) => CAPTION_WORDS.has(w))) box = n;
  }
  return box;
}

/** A picture with no words of its own, or a figure (its caption already set apart). */
const isPicture = (el: Element | null) => el?.tagName === 'FIGURE' || isBarePicture(el);

/**
 * A credit set as a paragraph of its own right before or after a picture ("<p><img></p><p>Источник:
 * ТАСС</p>", "Image copyright EPA" under a bare image): the picture beside it is what says it is a
 * credit, so "Photo: the mayor's office said…" between two paragraphs stays.
 */
function isLoneCredit(block: Element): boolean {
  if (block.tagName !== 'P' && block.tagName !== 'DIV') return false;
  if (!isPicture(block.previousElementSibling) && !isPicture(block.nextElementSibling)) return false;
  const text = textOf(block);
  if (!text || text.length > MAX_LONE_CREDIT || block.querySelector('img, picture, video') || !isCreditWithName(fold(text))) return false;
  // A name or two, not a sentence: "Photo: the mayor's office released a statement on Tuesday." stays.
  const words = text.split(' ').length;
  return words <= 5 || (words <= 8 && !/[.!?。！？]["'»”’)]*$/u.test(text));
}

/** Any name that could hold a credit or caption word: a fast reject before splitting names into words. */
const MAYBE_NAMED = /credit|copyright|attribution|photographer|caption|figure|photo|image|img|media|picture|gallery|slide/i;

export const removeCredits: Step = (root) => {
  const all = descendants(root);
  // Only elements inside figures and caption boxes, or named for a credit, can be credit lines: a
  // cheap pass picks them, so the text of every element of a long page is never read.
  const named = (el: Element) => el.hasAttributes() && MAYBE_NAMED.test(`${el.getAttribute('class') ?? ''} ${el.id}`);
  const inBox = new Set<Element>();
  for (const el of all) {
    if (inBox.has(el)) continue;
    const box = el.tagName === 'FIGURE' || el.tagName === 'FIGCAPTION' || (named(el) && nameWords(el).some((w) => CAPTION_WORDS.has(w)));
    if (box) for (const d of descendants(el)) inBox.add(d);
  }
  const candidates = all.filter((el) => inBox.has(el) || (named(el) && nameWords(el).some((w) => CREDIT_WORDS.has(w))));
  // Credit lines, grouped by figure, outermost first (a credit box goes whole).
  const byFigure = new Map<Element | null, { el: Element; length: number }[]>();
  let last: Element | null = null;
  for (const el of candidates) {
    if (last?.contains(el) || el.tagName === 'FIGURE') continue;
    const text = textOf(el);
    if (!isCreditLine(el, text, root)) continue;
    // A label in its own element ("<span><span>Credit</span>Kevin Frayer/Getty Images</span>")
    // titles the credit around it: the credit goes with it.
    const parent = el.parentElement;
    const whole = parent && parent !== root && parent.tagName !== 'FIGURE' && parent.tagName !== 'FIGCAPTION' ? textOf(parent) : '';
    const credit =
      whole && whole !== text && whole.length <= MAX_CREDIT && whole.startsWith(text) && labelOnly.test(fold(text)) ? parent! : el;
    const figure = figureOf(credit, root);
    byFigure.set(figure, [...(byFigure.get(figure) ?? []), { el: credit, length: credit === el ? text.length : whole.length }]);
    last = credit;
  }
  for (const [figure, credits] of byFigure) {
    // Only beside a caption: a picture whose only words are its credit keeps them (they are its
    // whole attribution, and what the reader would otherwise see is a bare picture).
    const rest = figure ? textOf(figure).length - credits.reduce((n, c) => n + c.length, 0) : Infinity;
    if (rest >= 20) credits.forEach((c) => remove(c.el));
  }
  // Trailing credits and counters inside a caption's own text.
  const captions = all.filter(
    (el) => (el.tagName === 'FIGCAPTION' || named(el)) && root.contains(el) && isCaption(el) && !isCaption(el.parentElement ?? root),
  );
  for (const caption of captions) {
    const walker = caption.ownerDocument.createTreeWalker(caption, 4);
    const texts: Text[] = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) texts.push(n as Text);
    const last = texts.findLast((t) => (t.nodeValue ?? '').trim());
    if (last && texts.length) {
      const value = last.nodeValue ?? '';
      const m = trailing.exec(value);
      // Only when the caption says something before the credit.
      if (m && textOf(caption).length - m[0].trim().length >= 15) last.nodeValue = value.slice(0, m.index);
    }
    const first = texts.find((t) => (t.nodeValue ?? '').trim());
    if (first && COUNTER_PREFIX.test(first.nodeValue ?? '')) first.nodeValue = (first.nodeValue ?? '').replace(COUNTER_PREFIX, '');
  }
  // A caption repeated word for word under three or more pictures.
  const seen = new Map<string, Element[]>();
  for (const caption of captions) {
    if (!root.contains(caption)) continue;
    const key = fold(textOf(caption));
    if (key) seen.set(key, [...(seen.get(key) ?? []), caption]);
  }
  for (const group of seen.values()) if (group.length >= 3) group.forEach(remove);
  for (const block of leafBlocks(root)) if (isLoneCredit(block)) remove(block);
};
