/**
 * "Also read" links and boxes inside the story, in any language: a block that starts with a
 * read-also label (phrases.ts) and then a separator or a link ("Also Read: <a>…</a>", "ये भी पढ़ें -
 * …"), and a bare label ("You may also like", "DON'T MISS") together with the run of link-dense
 * blocks after it. A long block that merely begins with such words is never touched.
 */
import { READ_ALSO, allPhrases } from '../phrases';
import { afterPhrase, descendants, fold, leafBlocks, linkDensity, textOf } from '../signals';
import type { Step } from './step';

const afterLabel = afterPhrase(allPhrases(READ_ALSO));
/** Longest block treated as a teaser (a label plus one or two headlines). */
const MAX_TEASER = 320;

/** The block itself, or its innermost ancestor below `root` that holds nothing else. */
function outermostAlone(el: Element, root: Element): Element {
  let node = el;
  while (node.parentElement && node.parentElement !== root && textOf(node.parentElement) === textOf(node)) node = node.parentElement;
  return node;
}

const A = new Set(['A']);
const NO_SPACES = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;

/** The link's address on this site, or null for another site or a non-web link. */
function sameSitePath(a: Element, base: URL | null): string | null {
  if (!base) return null;
  try {
    const u = new URL(a.getAttribute('href') ?? '', base);
    return u.host === base.host && (u.protocol === 'http:' || u.protocol === 'https:') ? u.pathname : null;
  } catch {
    return null;
  }
}

/**
 * A paragraph that is nothing but one link to another story of the same site, with a headline's
 * length ("<p><strong><a href="/entertainment/…">TAYLOR SWIFT CLEARED TO PERFORM…</a></strong></p>"):
 * an unlabelled teaser. Links to other sites are the story's sources and stay.
 */
function isHeadlineLink(block: Element, text: string, base: URL | null): boolean {
  if (block.tagName !== 'P' || text.length > 160) return false;
  const links = descendants(block, A);
  if (links.length !== 1 || textOf(links[0]!) !== text) return false;
  const words = NO_SPACES.test(text) ? text.length / 3 : text.split(' ').length;
  if (words < 5 || /[:：]$/.test(text)) return false;
  const path = sameSitePath(links[0]!, base);
  return !!path && path.split('/').filter(Boolean).length >= 1 && path !== base?.pathname;
}

/**
 * A short label and one headline link to another story of the same site, in any language
 * ("<p><strong>İLGİLİ HABER</strong> - <a href="/gundem/…">Bodrum'da makilik yangını söndürüldü</a></p>"):
 * the label is a few words before the link, set off by a separator or set in bold. Told by shape,
 * not by the label's words, so a label missing from the phrase lists is still caught.
 */
function isLabelledHeadlineLink(block: Element, text: string, base: URL | null): boolean {
  if ((block.tagName !== 'P' && block.tagName !== 'DIV') || text.length > 200) return false;
  const links = descendants(block, A);
  if (links.length !== 1) return false;
  const link = links[0]!;
  const linkText = textOf(link);
  if (!text.endsWith(linkText)) return false;
  const label = text.slice(0, text.length - linkText.length).trim();
  if (!label || label.length > 24 || !/[\p{L}]/u.test(label)) return false;
  const words = NO_SPACES.test(linkText) ? linkText.length / 3 : linkText.split(' ').length;
  if (words < 4) return false;
  const bold = Array.from(block.querySelectorAll('strong, b')).some(
    (b) => !b.contains(link) && textOf(b).length >= label.replace(/[\s\p{P}\p{S}]+$/u, '').length,
  );
  if (!bold && !/[:：\-–—|»>]$/.test(label)) return false;
  const path = sameSitePath(link, base);
  return !!path && path !== base?.pathname;
}

export const removeReadAlso: Step = (root, { url }) => {
  let base: URL | null = null;
  try {
    base = new URL(url);
  } catch {
    // no address to tell this site's links from others'
  }
  const blocks = leafBlocks(root);
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    if (!root.contains(block)) continue;
    const text = textOf(block);
    if (!text || text.length > MAX_TEASER) continue;
    if (isHeadlineLink(block, text, base) || isLabelledHeadlineLink(block, text, base)) {
      outermostAlone(block, root).remove();
      continue;
    }
    const rest = afterLabel(fold(text));
    if (rest === null) continue;
    const density = linkDensity(block, text);
    const bare = !/[\p{L}\p{N}]/u.test(rest);
    const teaser = /^\s*[:：\-–—|»>]/.test(rest) || density >= 0.4;
    // A short title naming the box ("More Great WIRED Stories") is a label when links follow it.
    const next = blocks[i + 1];
    const nextText = next ? textOf(next) : '';
    const titled =
      !bare &&
      !teaser &&
      !density &&
      text.length <= 60 &&
      rest.trim().split(' ').length <= 3 &&
      !!next &&
      next.querySelector('a') !== null &&
      linkDensity(next, nextText) >= 0.3;
    if (!bare && !teaser && !titled) continue;
    outermostAlone(block, root).remove();
    if (!bare && !titled) continue;
    // A label titles the box that follows: drop the run of link-dense blocks after it.
    for (let j = i + 1; j < blocks.length; j++) {
      const next = blocks[j]!;
      if (!root.contains(next)) continue;
      const nextText = textOf(next);
      if (nextText && linkDensity(next, nextText) < (titled ? 0.3 : 0.5)) break;
      next.remove();
      i = j;
    }
  }
};
