/**
 * The extraction metric of ../shared/corpora/README.md: multisets of 4-token shingles of the
 * ground truth and of the extraction, tp/fp/fn per page, precision and recall averaged over
 * pages (every page weighs the same), F1 of the two means. Kept apart from the bench so the
 * metric itself is unit-tested.
 */

/** How text becomes tokens: letter runs (the published English metric) or word segments. */
export type TokenMode = 'letters' | 'segmenter';

const LETTER_RUN = /[\p{L}\p{N}_]+/gu;
let segmenter: Intl.Segmenter | null = null;

/** Tokens of `text` in the chosen mode, on NFC-normalized text. */
export function tokenize(text: string, mode: TokenMode): string[] {
  const nfc = text.normalize('NFC');
  if (mode === 'letters') return nfc.match(LETTER_RUN) ?? [];
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'word' });
  const out: string[] = [];
  for (const seg of segmenter.segment(nfc)) if (seg.isWordLike) out.push(seg.segment.toLowerCase());
  return out;
}

/** Multiset of n-token shingles (a page shorter than n tokens is one shingle). */
export function shingles(tokens: string[], n = 4): Map<string, number> {
  const out = new Map<string, number>();
  if (!tokens.length) return out;
  const last = Math.max(1, tokens.length - n + 1);
  for (let i = 0; i < last; i++) {
    const key = tokens.slice(i, i + n).join('\u0001');
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

/** Precision and recall of one page; null where undefined (empty extraction / empty truth). */
export interface PageScore {
  precision: number | null;
  recall: number | null;
}

/** Scores one extraction against its truth. */
export function scorePage(truth: string, extracted: string, mode: TokenMode): PageScore {
  const t = shingles(tokenize(truth, mode));
  const e = shingles(tokenize(extracted, mode));
  let tp = 0;
  let tTotal = 0;
  let eTotal = 0;
  for (const [k, c] of t) {
    tTotal += c;
    tp += Math.min(c, e.get(k) ?? 0);
  }
  for (const c of e.values()) eTotal += c;
  if (!tTotal && !eTotal) return { precision: 1, recall: 1 };
  return {
    precision: eTotal ? tp / eTotal : null,
    recall: tTotal ? tp / tTotal : null,
  };
}

/** Corpus figures: mean precision, mean recall, F1 of the means. */
export interface CorpusScore {
  precision: number;
  recall: number;
  f1: number;
}

/** Averages page scores as the benchmarks do. */
export function scoreCorpus(pages: PageScore[]): CorpusScore {
  const ps = pages.map((p) => p.precision).filter((v): v is number => v != null);
  const rs = pages.map((p) => p.recall).filter((v): v is number => v != null);
  const precision = ps.length ? ps.reduce((a, b) => a + b, 0) / ps.length : 0;
  const recall = rs.length ? rs.reduce((a, b) => a + b, 0) / rs.length : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

/** Unicode NFC plus whitespace folding, for snippet checks. */
export function foldText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
}
