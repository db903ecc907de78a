/**
 * Selectors for the block a user picked, to store in a rule: a few alternatives, the ones most
 * likely to survive the site's next page first. An id a person chose ("#story") outlives a class
 * list, which outlives a position in the tree; names that carry an article number or a build hash
 * are left out (stable-names.ts), since they would never match again. Every alternative selects
 * exactly the picked element in its own document: anything else would not be the user's fix.
 */
import { MAX_SELECTOR_CHARS } from './site-rule';
import { isStableName, stableClasses } from './stable-names';

/** Most alternatives returned: id, class names, path. */
export const MAX_ALTERNATIVES = 3;

/** `value` as a CSS identifier (the CSSOM "serialize an identifier" rules; `CSS.escape` is a window API). */
export function cssIdent(value: string): string {
  let out = '';
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    const ch = value[i]!;
    if (c === 0) out += '\ufffd';
    else if ((c >= 1 && c <= 0x1f) || c === 0x7f || (c >= 0x30 && c <= 0x39 && (i === 0 || (i === 1 && value[0] === '-'))))
      out += `\\${c.toString(16)} `;
    else if (i === 0 && ch === '-' && value.length === 1) out += '\\-';
    else if (c >= 0x80 || ch === '-' || ch === '_' || /[0-9A-Za-z]/.test(ch)) out += ch;
    else out += `\\${ch}`;
  }
  return out;
}

/** True when `selector` matches `el` and nothing else in its document. */
function selectsOnly(el: Element, selector: string): boolean {
  if (selector.length > MAX_SELECTOR_CHARS) return false;
  try {
    const all = el.ownerDocument.querySelectorAll(selector);
    return all.length === 1 && all[0] === el;
  } catch {
    return false;
  }
}

/** The element's own id when stable and unique in its document, as a selector. */
function idSelector(el: Element): string | null {
  const id = el.getAttribute('id');
  return id && isStableName(id) ? `#${cssIdent(id)}` : null;
}

/** `tag.class`: the first stable class that alone picks out the element, else all stable classes together. */
function classSelector(el: Element): string | null {
  const tag = el.localName;
  const classes = stableClasses(el);
  for (const c of classes) {
    const s = `${tag}.${cssIdent(c)}`;
    if (selectsOnly(el, s)) return s;
  }
  return classes.length > 1 ? `${tag}${classes.map((c) => `.${cssIdent(c)}`).join('')}` : null;
}

/** One step of a path: the tag, with a stable class or a position only when a sibling shares the tag. */
function step(el: Element): string {
  const tag = el.localName;
  const parent = el.parentElement;
  if (!parent) return tag;
  const siblings = Array.from(parent.children).filter((s) => s.localName === tag);
  if (siblings.length === 1) return tag;
  for (const c of stableClasses(el)) {
    if (siblings.filter((s) => s.classList.contains(c)).length === 1) return `${tag}.${cssIdent(c)}`;
  }
  return `${tag}:nth-of-type(${siblings.indexOf(el) + 1})`;
}

/** A child-combinator path from the nearest ancestor with a stable, unique id (else from <body>). */
function pathSelector(el: Element): string | null {
  const doc = el.ownerDocument;
  if (el === doc.body || el === doc.documentElement) return el.localName;
  const steps: string[] = [];
  for (let node: Element | null = el; node; node = node.parentElement) {
    if (node !== el) {
      const anchor = idSelector(node);
      if (anchor && selectsOnly(node, anchor)) return [anchor, ...steps.reverse()].join(' > ');
    }
    if (node === doc.body) return ['body', ...steps.reverse()].join(' > ');
    steps.push(step(node));
  }
  return null;
}

/**
 * Up to MAX_ALTERNATIVES selectors that each select exactly `el` in its document, most stable first:
 * its id, its stable class names, a structural path. Empty for an element not in a document's body.
 */
export function selectorsFor(el: Element): string[] {
  const doc = el.ownerDocument;
  if (!doc.documentElement.contains(el)) return [];
  const out: string[] = [];
  for (const make of [idSelector, classSelector, pathSelector]) {
    const s = make(el);
    if (s && !out.includes(s) && selectsOnly(el, s)) out.push(s);
  }
  return out.slice(0, MAX_ALTERNATIVES);
}
