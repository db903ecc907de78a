/**
 * Lazy images: many pages ship a placeholder `src` and the real address in `data-src`,
 * `data-lazy-src`, `data-srcset`, a `<noscript>` fallback or a `<picture>` source, filled in by
 * scripts that never run in a reader (AMP's <amp-img> likewise). Readability then drops or blanks
 * them. This step puts the real address in `src`/`srcset`, resolved to an absolute URL, before
 * Readability scores the page.
 */
import { descendants } from '../signals';
import type { Step } from './step';

const NOSCRIPT = new Set(['NOSCRIPT']);
const AMP_IMG = new Set(['AMP-IMG', 'AMP-ANIM']);
const IMG_OR_SOURCE = new Set(['IMG', 'SOURCE']);

const SRC_ATTRS = ['data-src', 'data-lazy-src', 'data-original', 'data-lazy', 'data-url', 'data-hi-res-src', 'data-full-src'];
const SRCSET_ATTRS = ['data-srcset', 'data-lazy-srcset'];
const PLACEHOLDER = /(?:^data:)|(?:placeholder|blank|spacer|lazy|pixel|transparent|grey|gray|loading|1x1)[^/]*$/i;

function absolute(value: string, base: string): string | null {
  try {
    const url = new URL(value.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

function absoluteSrcset(value: string, base: string): string | null {
  const parts = value
    .split(/,\s+/)
    .map((candidate) => {
      const [address, ...descriptor] = candidate.trim().split(/\s+/);
      const abs = address ? absolute(address, base) : null;
      return abs ? [abs, ...descriptor].join(' ') : null;
    })
    .filter((p): p is string => p !== null);
  return parts.length ? parts.join(', ') : null;
}

function needsSource(img: Element): boolean {
  const src = img.getAttribute('src')?.trim() ?? '';
  return !src || PLACEHOLDER.test(src);
}

/** The first element child of a <noscript>, whether the DOM parsed its content or kept it as text. */
function noscriptImage(noscript: Element, doc: Document): Element | null {
  const parsed = noscript.querySelector('img');
  if (parsed) return parsed;
  const text = noscript.textContent ?? '';
  if (!/<img\b/i.test(text)) return null;
  // Parsed in an inert document: nothing in it loads or runs.
  const holder = doc.implementation.createHTMLDocument('').createElement('div');
  holder.innerHTML = text;
  return holder.querySelector('img');
}

export const rescueLazyImages: Step = (root, { url, doc }) => {
  // AMP pages draw images with <amp-img> (a script turns it into an <img>): make it the <img> now.
  for (const amp of descendants(root, AMP_IMG)) {
    if (amp.closest('noscript')) continue;
    const img = doc.createElement('img');
    for (const attr of ['src', 'srcset', 'alt', 'width', 'height']) {
      const value = amp.getAttribute(attr);
      if (value !== null) img.setAttribute(attr, value);
    }
    amp.replaceWith(img);
  }
  // <noscript> fallbacks first: they carry a full <img> for a placeholder beside them.
  for (const noscript of descendants(root, NOSCRIPT)) {
    const fallback = noscriptImage(noscript, doc);
    if (!fallback?.getAttribute('src')) continue;
    const prev = noscript.previousElementSibling;
    const placeholder = prev?.tagName === 'IMG' ? prev : prev?.querySelector('img');
    const img = doc.importNode(fallback, false) as Element;
    // The fallback replaces the placeholder (or stands alone); the <noscript> itself always goes.
    if (placeholder && needsSource(placeholder)) {
      placeholder.replaceWith(img);
      noscript.remove();
    } else if (!placeholder) noscript.replaceWith(img);
    else noscript.remove();
  }
  const media = descendants(root, IMG_OR_SOURCE);
  for (const img of media) {
    if (img.tagName !== 'IMG') continue;
    if (needsSource(img)) {
      for (const attr of SRC_ATTRS) {
        const value = img.getAttribute(attr);
        if (value && !value.startsWith('{')) {
          img.setAttribute('src', value);
          break;
        }
      }
    }
    for (const attr of SRCSET_ATTRS) {
      const value = img.getAttribute(attr);
      if (value) {
        img.setAttribute('srcset', value);
        break;
      }
    }
    if (needsSource(img)) {
      // <picture><source srcset> without a usable <img src>: take the first candidate.
      const source =
        img.parentElement?.tagName === 'PICTURE' ? img.parentElement.querySelector('source[srcset], source[data-srcset]') : null;
      const first = (source?.getAttribute('srcset') ?? source?.getAttribute('data-srcset') ?? img.getAttribute('srcset') ?? '').split(
        /[\s,]+/,
      )[0];
      if (first) img.setAttribute('src', first);
    }
    const src = img.getAttribute('src');
    if (src) {
      const abs = absolute(src, url);
      if (abs) img.setAttribute('src', abs);
      else if (!src.startsWith('data:')) img.removeAttribute('src');
    }
    const srcset = img.getAttribute('srcset');
    if (srcset) {
      const abs = absoluteSrcset(srcset, url);
      if (abs) img.setAttribute('srcset', abs);
      else img.removeAttribute('srcset');
    }
  }
  for (const source of media) {
    if (source.tagName !== 'SOURCE' || source.parentElement?.tagName !== 'PICTURE') continue;
    const srcset = source.getAttribute('data-srcset') ?? source.getAttribute('srcset');
    const abs = srcset ? absoluteSrcset(srcset, url) : null;
    if (abs) source.setAttribute('srcset', abs);
    else source.remove();
  }
};
