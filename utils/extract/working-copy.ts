/**
 * The copy of the page every extraction works on: steps mutate, and the live page must never change.
 * Shared by the automatic pipeline and the site-rule path so both refuse and bound the same pages.
 */
import { boundedSubtree, measure } from './guard';
import { fail } from '../result';
import type { ExtractFailure } from './types';

/**
 * The whole page cloned, or for a page over the element limit only its main subtree (cloning and
 * scoring grow with the element count); a page nested past the depth limit is refused.
 */
export function workingCopy(doc: Document): Document | ExtractFailure {
  const shape = measure(doc.documentElement);
  if (shape.tooDeep) return fail('too-large', `Elements nested more than ${shape.depth - 1} levels deep`);
  if (!shape.tooMany) return doc.cloneNode(true) as Document;
  const subtree = boundedSubtree(doc);
  if (!subtree) return fail('too-large', `More than ${shape.elements - 1} elements and no bounded main block`);
  const copy = doc.implementation.createHTMLDocument(doc.title);
  copy.body.appendChild(copy.importNode(subtree, true));
  return copy;
}
