/**
 * A fingerprint of the block a rule was made from: what kind of block it is (tag, stable class
 * names), what it is made of (paragraphs, headings, images, links, list items, quotes, tables, boxes), how
 * much of its text is links, and how long it is. A rule applies to every article on its site, so the
 * fingerprint says "a story body like this one", not "this story": it holds no words of the text.
 * When a selector lands on something else on a later page (a teaser that shares the class name, a
 * comment box), the fingerprints differ and the rule's candidate is rejected.
 */
import { descendants, linkDensity, textOf } from './signals';
import { stableClasses } from './stable-names';
import { textLength } from './text';

/**
 * What a block is made of, by kind of element: counts of its descendants. `box` counts generic
 * containers (div, section…): a story is mostly paragraphs, a comment thread or a card grid mostly boxes.
 */
export const SHAPE_KEYS = ['p', 'h', 'img', 'a', 'li', 'quote', 'table', 'pre', 'box'] as const;
export type ShapeKey = (typeof SHAPE_KEYS)[number];

/** A block's fingerprint, stored in a rule (JSON). */
export interface Fingerprint {
  /** Lower-case tag name ("article", "div"). */
  tag: string;
  /** Stable class names (stable-names.ts), sorted, at most MAX_CLASSES. */
  classes: string[];
  /** Descendant counts by kind. */
  shape: Record<ShapeKey, number>;
  /** Share of the text inside links, 0–1, two decimals. */
  links: number;
  /** Characters of text, spaces excluded (text.ts `textLength`). */
  chars: number;
}

/** Fingerprints at least this similar (0–1) are the same kind of block; below it a candidate is rejected. */
export const FINGERPRINT_THRESHOLD = 0.75;
/** Class names kept in a fingerprint. */
export const MAX_CLASSES = 8;

const KIND: Record<string, ShapeKey> = {
  P: 'p',
  H1: 'h',
  H2: 'h',
  H3: 'h',
  H4: 'h',
  H5: 'h',
  H6: 'h',
  IMG: 'img',
  PICTURE: 'img',
  VIDEO: 'img',
  A: 'a',
  LI: 'li',
  BLOCKQUOTE: 'quote',
  TABLE: 'table',
  PRE: 'pre',
  DIV: 'box',
  SECTION: 'box',
  ARTICLE: 'box',
  ASIDE: 'box',
  HEADER: 'box',
  FOOTER: 'box',
};

/** The fingerprint of `el` as it stands (read only). */
export function fingerprintOf(el: Element): Fingerprint {
  const shape = Object.fromEntries(SHAPE_KEYS.map((k) => [k, 0])) as Record<ShapeKey, number>;
  for (const d of descendants(el)) {
    const kind = KIND[d.tagName];
    // <img> inside <picture> is one picture.
    if (kind && !(d.tagName === 'IMG' && d.parentElement?.tagName === 'PICTURE')) shape[kind]++;
  }
  return {
    tag: el.tagName.toLowerCase(),
    classes: stableClasses(el).slice(0, MAX_CLASSES).sort(),
    shape,
    links: Math.round(linkDensity(el, textOf(el)) * 100) / 100,
    chars: textLength(el),
  };
}

/** Cosine of two shapes: what the blocks are made of, whatever their length (1 when both are empty). */
function shapeSimilarity(a: Record<ShapeKey, number>, b: Record<ShapeKey, number>): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const k of SHAPE_KEYS) {
    dot += a[k] * b[k];
    na += a[k] * a[k];
    nb += b[k] * b[k];
  }
  if (!na && !nb) return 1;
  if (!na || !nb) return 0;
  return dot / Math.sqrt(na * nb);
}

/** Jaccard of two class lists (1 when both have none: nothing to disagree on). */
function classSimilarity(a: string[], b: string[]): number {
  if (!a.length && !b.length) return 1;
  const set = new Set(a);
  const both = b.filter((c) => set.has(c)).length;
  return both / (set.size + b.length - both);
}

/**
 * Similarity of two fingerprints, 0–1: a weighted mean of tag (1), class names (1), shape (3: what
 * tells a story body from a comment thread or a teaser in a box of the same tag and class, which
 * agree on tag and class and so must lose on shape alone), link share (1: 0 at a difference of half
 * the text) and length (1: on a log scale, 0 at a factor of 100, since the site's stories differ in length).
 */
export function fingerprintSimilarity(a: Fingerprint, b: Fingerprint): number {
  const tag = a.tag === b.tag ? 1 : 0;
  const classes = classSimilarity(a.classes, b.classes);
  const shape = shapeSimilarity(a.shape, b.shape);
  const links = Math.max(0, 1 - 2 * Math.abs(a.links - b.links));
  const length = Math.max(0, 1 - Math.abs(Math.log10(a.chars + 1) - Math.log10(b.chars + 1)) / 2);
  return (tag + classes + 3 * shape + links + length) / 7;
}
