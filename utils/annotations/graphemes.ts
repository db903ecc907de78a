/**
 * Range ends snapped to user-perceived characters (extended grapheme clusters), so a highlight never
 * splits a Devanagari vowel sign or conjunct from its consonant, an accent from its letter, or an
 * emoji sequence: half a cluster cannot be painted or read aloud sensibly, and a quote that ends
 * mid-cluster would not match the same text once the cluster is whole again.
 *
 * `Intl.Segmenter` knows the rules (including Unicode 15.1's Indic conjuncts where the browser's ICU
 * is that new). It is asked about a small window around the offset, not the whole text, because a
 * text of a million characters would be copied into ICU for every range end.
 */

/** Characters each side of an offset that the segmenter is shown at first (widened when a cluster reaches the edge). */
const WINDOW = 32;

let segmenter: Intl.Segmenter | null | undefined;

/** The shared grapheme segmenter, or null where `Intl.Segmenter` is missing (old engines). */
function graphemeSegmenter(): Intl.Segmenter | null {
  if (segmenter === undefined)
    segmenter = typeof Intl.Segmenter === 'function' ? new Intl.Segmenter(undefined, { granularity: 'grapheme' }) : null;
  return segmenter;
}

/** Code points that never start a cluster, for engines without a segmenter: marks (variation selectors among them) and joiners. */
const EXTENDS = /^(?:\p{M}|\u200c|\u200d)/u;

/** Without a segmenter: the offset moved back off the middle of a surrogate pair and off any combining mark. */
function fallbackBoundary(text: string, offset: number): number {
  let at = offset;
  while (at > 0 && at < text.length) {
    const code = text.charCodeAt(at);
    const lowSurrogate = code >= 0xdc00 && code <= 0xdfff;
    if (!lowSurrogate && !EXTENDS.test(text.slice(at, at + 2))) break;
    at -= 1;
  }
  return at;
}

/**
 * The grapheme cluster that contains `offset` (0 ≤ offset < text.length). A window
 * that starts inside a cluster would see a false boundary there, so a cluster touching the window's
 * start (or end) is looked up again in a window four times as wide. (Only a run of regional
 * indicators longer than the window could still pair up differently; flags never run that long.)
 */
function clusterAt(seg: Intl.Segmenter, text: string, offset: number): { start: number; end: number } {
  for (let width = WINDOW; ; width *= 4) {
    const from = Math.max(0, offset - width);
    const to = Math.min(text.length, offset + width);
    const found = seg.segment(text.slice(from, to)).containing(offset - from);
    // `containing` finds a segment for every index inside the slice, so `found` is always defined here.
    const start = from + (found?.index ?? offset - from);
    const end = start + (found?.segment.length ?? 1);
    if ((start > from || from === 0) && (end < to || to === text.length)) return { start, end };
  }
}

/**
 * `[start, end)` widened to whole grapheme clusters: `start` back to the start of its cluster, `end`
 * forward to the end of the cluster it falls inside. Offsets already on boundaries are kept.
 */
export function snapToGraphemes(text: string, start: number, end: number): { start: number; end: number } {
  const seg = graphemeSegmenter();
  const boundaryBefore = (offset: number): number => {
    if (offset <= 0 || offset >= text.length) return Math.max(0, Math.min(offset, text.length));
    return seg ? clusterAt(seg, text, offset).start : fallbackBoundary(text, offset);
  };
  const boundaryAfter = (offset: number): number => {
    if (offset <= 0 || offset >= text.length) return Math.max(0, Math.min(offset, text.length));
    if (seg) {
      const cluster = clusterAt(seg, text, offset);
      return cluster.start === offset ? offset : cluster.end;
    }
    const before = fallbackBoundary(text, offset);
    if (before === offset) return offset;
    let after = offset;
    while (after < text.length && fallbackBoundary(text, after) !== after) after += 1;
    return after;
  };
  const snappedStart = boundaryBefore(start);
  return { start: snappedStart, end: Math.max(snappedStart, boundaryAfter(end)) };
}
