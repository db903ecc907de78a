/**
 * Id lists: the articles that contain a word, as sorted Uint32Arrays. Typed arrays are copied by
 * the structured clone in one block, so reading the list of a common word at 20,000 articles costs
 * 80 kB, not 20,000 objects. Pure functions, tested alone.
 */

/** The ids in both sorted lists. */
export function intersect(a: Uint32Array, b: Uint32Array): Uint32Array {
  const out = new Uint32Array(Math.min(a.length, b.length));
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (x < y) i++;
    else if (y < x) j++;
    else {
      out[n++] = x;
      i++;
      j++;
    }
  }
  return out.slice(0, n);
}
