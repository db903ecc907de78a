/**
 * The copy of the page every extraction works on: steps mutate, and the live page must never change.
 * Shared by the automatic pipeline and the site-rule path so both refuse and bound the same pages.
 */
import { boundedSubtree, measure } from './guard';
import { fail } from '../result';
import type { ExtractFailure } from './types';

/**
 * A clone of the page. A DOM library may refuse to clone a name the HTML parser accepted (jsdom
 * checks a doctype's name against the XML name rules: `<!DOCTYPE htm="…">` on a real news page);
 * the root's markup is then read again into a fresh inert document, which holds the same tree.
 */
function cloneOf(doc: Document): Document {
  try {
    return doc.cloneNode(true) as Document;
  } catch (error) {
    if (!(error instanceof Error) || error.name !== 'InvalidCharacterError') throw error;
    const copy = doc.implementation.createHTMLDocument(doc.title);
    copy.documentElement.innerHTML = doc.documentElement.innerHTML;
    return copy;
  }
}

/**
 * The whole page cloned, or for a page over the element limit only its main subtree (cloning and
 * scoring grow with the element count); a page nested past the depth limit is refused.
 */
export function workingCopy(doc: Document): Document | ExtractFailure {
  const shape = measure(doc.documentElement);
  if (shape.tooDeep) return fail('too-large', `Elements nested more than ${shape.depth - 1} levels deep`);
  if (!shape.tooMany) return cloneOf(doc);
  const subtree = boundedSubtree(doc);
  if (!subtree) return fail('too-large', `More than ${shape.elements - 1} elements and no bounded main block`);
  const copy = doc.implementation.createHTMLDocument(doc.title);
  copy.body.appendChild(copy.importNode(subtree, true));
  return copy;
}
