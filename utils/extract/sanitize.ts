/**
 * The one HTML gate. Page HTML becomes `SanitizedHtml` here and nowhere else, so nothing a page
 * contains can run in our UI: no scripts, event handlers, forms, frames, `<base>`/`<meta>`,
 * `javascript:`/`data:` links, or inline styles (which can hide or position text over our UI).
 */
import DOMPurify from 'dompurify';
import { applyUrlPolicy, DROP_ELEMENTS, KEEP_ATTRIBUTES, KEEP_ELEMENTS } from './html-policy';
import type { SanitizedHtml } from './types';

/** A DOMPurify instance per window: DOMPurify binds to the window it is given. */
const instances = new WeakMap<object, ReturnType<typeof DOMPurify>>();

function purifierFor(win: Window): ReturnType<typeof DOMPurify> {
  let purify = instances.get(win);
  if (!purify) {
    purify = DOMPurify(win as unknown as Parameters<typeof DOMPurify>[0]);
    // DOMPurify returns its input unchanged on a window it cannot use (linkedom's, for one): fail closed.
    if (!purify.isSupported) throw new Error('DOMPurify cannot sanitize with this window');
    // The same link and media rules the render-time Sanitizer API pass applies (html-policy.ts).
    purify.addHook('afterSanitizeAttributes', (node) => {
      if (node.nodeType === 1) applyUrlPolicy(node as Element);
    });
    assertWorks(purify);
    instances.set(win, purify);
  }
  return purify;
}

/**
 * A probe that any working sanitizer must defuse: a script, a script link and an attribute outside
 * the allowlist (the gate that stops event handlers). No real handler and nothing that loads: on a
 * page with a strict Content-Security-Policy, Chromium logs a refusal for every `on…` attribute
 * parsed, even in DOMPurify's inert document (an `<img onerror>`, then a `<b onclick>`, did).
 */
const PROBE = '<b data-x="1" foo="1">x</b><a href="javascript:1">y</a><script>1</script><p>ok</p>';

/**
 * Fails closed: DOMPurify returns its input unchanged where it deems itself unsupported, and some
 * DOM libraries (happy-dom) make it keep scripts silently. Refuse to run rather than pass HTML through.
 */
function assertWorks(purify: ReturnType<typeof DOMPurify>): void {
  const out = purify.isSupported ? purify.sanitize(PROBE) : PROBE;
  if (/foo=|javascript:|<script/i.test(out) || !out.includes('<p>ok</p>')) {
    throw new Error('The HTML sanitizer does not work in this environment; refusing to render page HTML.');
  }
}

/**
 * Cleans `html` (a fragment from the page) for rendering in our UI. Throws if `win` cannot
 * sanitize (never returns unsanitized HTML); `extractArticle` turns that into a typed failure.
 * @param win a window to parse in (the page's, or a DOM library's in Node and tests).
 */
export function sanitizeHtml(html: string, win: Window): SanitizedHtml {
  return purifierFor(win).sanitize(html, { ...CONFIG, RETURN_TRUSTED_TYPE: false }) as SanitizedHtml;
}

/**
 * The allow-lists shared with the render-time Sanitizer API (html-policy.ts). An element on none of
 * them is unwrapped (its text is kept), as UNWRAP_ELEMENTS are.
 */
const CONFIG = {
  ALLOWED_TAGS: [...KEEP_ELEMENTS],
  ALLOWED_ATTR: [...KEEP_ATTRIBUTES],
  FORBID_CONTENTS: [...DROP_ELEMENTS],
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
};

/** Sanitized article markup together with the sanitized tree it was serialized from. */
export interface SanitizedTree {
  html: SanitizedHtml;
  /** The sanitized copy, in DOMPurify's own inert document: read it for text, never insert it into a page. */
  root: Element;
}

/**
 * Like `sanitizeHtml`, for an element the extractor already holds as DOM: DOMPurify copies it into its
 * own inert document and cleans the copy, which saves serializing the element and parsing it twice
 * more (once inside DOMPurify, once again to read the text) — a third of extraction time on long pages.
 * The markup returned is the sanitized copy serialized, exactly as `sanitizeHtml` returns it.
 * @param mark an attribute the caller set on `el`'s elements to find them again in the copy; it
 *   passes the gate, `beforeSerialize` reads it, and it is stripped before the markup is made.
 */
export function sanitizeElement(el: Element, win: Window, mark?: string, beforeSerialize?: (root: Element) => void): SanitizedTree {
  // `mark` lets one attribute of the extractor's own through, for `beforeSerialize` to read and strip.
  const config = mark ? { ...CONFIG, ADD_ATTR: [mark], RETURN_DOM: true } : { ...CONFIG, RETURN_DOM: true };
  const body = purifierFor(win).sanitize(el, config) as unknown as Element;
  // DOMPurify returns its body holding the copy of `el`: the markup is the copy's content, as
  // `sanitizeHtml(el.innerHTML)` would give (the wrapper's own attributes are not the story's).
  const copy = body.firstElementChild;
  const root = copy && body.childNodes.length === 1 && copy.tagName === el.tagName ? copy : body;
  if (mark) {
    beforeSerialize?.(root);
    for (const marked of root.querySelectorAll(`[${mark}]`)) marked.removeAttribute(mark);
  }
  return { html: root.innerHTML as SanitizedHtml, root };
}
