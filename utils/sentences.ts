/**
 * Sentences of a rendered article, for reading aloud: each with its text and a way to find it in
 * the DOM again (to highlight it and keep it in view). Segmentation uses `Intl.Segmenter`, which
 * knows the sentence ends of every script (Hindi "।", Chinese and Japanese "。", Arabic "؟"),
 * with a punctuation fallback for engines without it. Nothing here changes the DOM.
 */

/** One sentence: its text and where it sits in a block element's text. */
export interface Sentence {
  text: string;
  /** The leaf block (paragraph, list item, heading…) the sentence belongs to. */
  block: Element;
  /** Offsets into the concatenated text of the block's text nodes. */
  start: number;
  end: number;
}

/** Elements read as units; only the innermost of nested ones is used, so nothing is read twice. */
const BLOCKS = 'h1,h2,h3,h4,h5,h6,p,li,blockquote,figcaption,pre,td,th,dt,dd,caption';
/** Skipped entirely: not prose, or marked by the UI as not to be read (site, reading time…). */
const SKIP = 'script,style,template,noscript,svg,math,button,[aria-hidden="true"],[data-no-speech]';
/** The fallback's notion of a sentence: text up to and including terminal punctuation. */
const FALLBACK = /[^.!?।॥。！？؟]+(?:[.!?।॥。！？؟]+["'”’)\]]*|$)\s*/gu;

/** Splits text into sentences with their offsets, for `lang` (a BCP 47 tag, or 'und'). */
export function segmentSentences(text: string, lang: string): { text: string; start: number; end: number }[] {
  const raw: { segment: string; index: number }[] = [];
  const Segmenter = (Intl as { Segmenter?: typeof Intl.Segmenter }).Segmenter;
  if (Segmenter) {
    let segmenter: Intl.Segmenter;
    try {
      segmenter = new Segmenter(lang === 'und' ? undefined : lang, { granularity: 'sentence' });
    } catch {
      segmenter = new Segmenter(undefined, { granularity: 'sentence' });
    }
    for (const { segment, index } of segmenter.segment(text)) raw.push({ segment, index });
  } else {
    for (const match of text.matchAll(FALLBACK)) raw.push({ segment: match[0], index: match.index });
  }
  const out: { text: string; start: number; end: number }[] = [];
  for (const { segment, index } of raw) {
    const lead = segment.length - segment.trimStart().length;
    const trimmed = segment.trim();
    // A sentence worth speaking has a letter or a digit in it.
    if (!/[\p{L}\p{N}]/u.test(trimmed)) continue;
    out.push({ text: trimmed.replace(/\s+/g, ' '), start: index + lead, end: index + lead + trimmed.length });
  }
  return out;
}

/** The text nodes of `block` that are read, in order (skipping SKIP subtrees). */
function textNodes(block: Element): Text[] {
  const doc = block.ownerDocument;
  const walker = doc.createTreeWalker(block, 4 /* NodeFilter.SHOW_TEXT */);
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.parentElement?.closest(SKIP)) nodes.push(node as Text);
  }
  return nodes;
}

/** Every sentence under `root` in reading order, segmented for `lang`. */
export function collectSentences(root: Element, lang: string): Sentence[] {
  const blocks = [...root.querySelectorAll(BLOCKS)].filter((el) => !el.querySelector(BLOCKS) && !el.closest(SKIP));
  const sentences: Sentence[] = [];
  for (const block of blocks) {
    const text = textNodes(block)
      .map((node) => node.data)
      .join('');
    const blockLang = block.closest('[lang]')?.getAttribute('lang') ?? lang;
    for (const s of segmentSentences(text, blockLang)) sentences.push({ ...s, block });
  }
  return sentences;
}

/** A DOM Range covering `sentence`, for highlighting and measuring where it is on screen. */
export function sentenceRange(sentence: Sentence): Range {
  const range = sentence.block.ownerDocument.createRange();
  let offset = 0;
  let started = false;
  for (const node of textNodes(sentence.block)) {
    const next = offset + node.data.length;
    if (!started && sentence.start < next) {
      range.setStart(node, sentence.start - offset);
      started = true;
    }
    if (started && sentence.end <= next) {
      range.setEnd(node, sentence.end - offset);
      return range;
    }
    offset = next;
  }
  range.selectNodeContents(sentence.block);
  return range;
}
