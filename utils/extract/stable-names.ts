/**
 * Whether an id or class name will still be there on the site's next article. A rule outlives the
 * page it was made on, so a name that carries the article's number ("post-98231") or a build's hash
 * ("css-1x2y3z", "sc-AbCdE", "Title_body__3xYz1") would make a rule that matches once and never again.
 */

/** Prefixes CSS-in-JS and scoped-style tools put before a hash. */
const TOOL_PREFIX = /^(?:css|sc|jsx|svelte|emotion|styled|astro|makeStyles|jss|tw)-/i;
/** Three or more digits in a row: an article, comment or build number. */
const DIGIT_RUN = /\d{3,}/;
/** A hexadecimal run long enough to be a hash or a UUID piece (with a digit in it, so "deadbeef" words stay). */
const HEX_RUN = /(?=[0-9a-f]*\d)[0-9a-f]{8,}/i;
/** Longest name kept: past it, a name is data rather than a label. */
const MAX_NAME = 64;

/**
 * True when one `-`/`_`-separated piece of a name (CSS Modules' "Title_body__3xYz1" splits into
 * "3xYz1") reads as a hash: letters and digits interleaved ("1x2y3z"; "section1" is a label), or
 * cases mixed at random ("AbCdE"; camelCase is a label).
 */
function hashedPiece(piece: string): boolean {
  if (piece.length < 5) return false;
  if ((piece.match(/(?=[a-z]\d|\d[a-z])/gi) ?? []).length >= 2) return true;
  // "AbCdE": case changes past the first letter, unless every hump is a word of two letters or more (camelCase).
  const upperInside = (piece.slice(1).match(/[A-Z]/g) ?? []).length;
  return upperInside >= 2 && /[a-z]/.test(piece) && !/^[A-Z]?[a-z]{2,}(?:[A-Z][a-z]{2,})+$/.test(piece);
}

/** True for an id or class name a rule can rely on across the site's pages. */
export function isStableName(name: string): boolean {
  if (!name || name.length > MAX_NAME || /\s/.test(name)) return false;
  if (TOOL_PREFIX.test(name) || DIGIT_RUN.test(name) || HEX_RUN.test(name)) return false;
  return !name.split(/[-_]/).some(hashedPiece);
}

/** The element's class names that are stable, in the order written, each once. */
export function stableClasses(el: Element): string[] {
  const out: string[] = [];
  for (const c of Array.from(el.classList)) if (isStableName(c) && !out.includes(c)) out.push(c);
  return out;
}
