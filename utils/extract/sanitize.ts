/**
 * The one HTML gate. Page HTML becomes `SanitizedHtml` here and nowhere else, so nothing a page
 * contains can run in our UI: no scripts, event handlers, forms, frames, `<base>`/`<meta>`,
 * `javascript:`/`data:` links, or inline styles (which can hide or position text over our UI).
 */
import DOMPurify from 'dompurify';
import type { SanitizedHtml } from './types';

/** Elements that are never article content, or that could act on the page or our UI. */
const FORBID_TAGS = [
  'script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'form', 'input',
  'button', 'select', 'textarea', 'option', 'base', 'meta', 'link', 'template', 'slot', 'portal',
  'noscript', 'dialog', 'svg', 'math',
];

/** Attributes that style, script or identify elements in ways our reader must not inherit. */
const FORBID_ATTR = ['style', 'class', 'id', 'srcdoc', 'action', 'formaction', 'ping', 'tabindex', 'autofocus', 'contenteditable'];

/** Links: only web and mail; images and media: only web (and data: images, which cannot run code). */
const SAFE_LINK = /^(?:https?:|mailto:|#)/i;
const SAFE_MEDIA = /^(?:https?:|data:image\/(?:png|jpe?g|gif|webp|avif);)/i;

/** A DOMPurify instance per window: DOMPurify binds to the window it is given. */
const instances = new WeakMap<object, ReturnType<typeof DOMPurify>>();

function purifierFor(win: Window): ReturnType<typeof DOMPurify> {
  let purify = instances.get(win);
  if (!purify) {
    purify = DOMPurify(win as unknown as Parameters<typeof DOMPurify>[0]);
    // DOMPurify returns its input unchanged on a window it cannot use (linkedom's, for one): fail closed.
    if (!purify.isSupported) throw new Error('DOMPurify cannot sanitize with this window');
    purify.addHook('afterSanitizeAttributes', (node) => {
      const el = node as Element;
      if (el.hasAttribute?.('href')) {
        const href = el.getAttribute('href') ?? '';
        if (!SAFE_LINK.test(href.trim())) el.removeAttribute('href');
        else if (!href.startsWith('#')) {
          // Links leave our UI for a new tab, and the opened page gets no handle on ours.
          el.setAttribute('target', '_blank');
          el.setAttribute('rel', 'noopener noreferrer');
        }
      }
      for (const attr of ['src', 'poster']) {
        const value = el.getAttribute?.(attr);
        if (value != null && !SAFE_MEDIA.test(value.trim())) el.removeAttribute(attr);
      }
      if (el.hasAttribute?.('srcset')) {
        const srcset = el.getAttribute('srcset') ?? '';
        if (/(?:^|,)\s*(?!https?:)[a-z][\w+.-]*:/i.test(srcset)) el.removeAttribute('srcset');
      }
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

const CONFIG = {
  FORBID_TAGS,
  FORBID_ATTR,
  // Controls' labels ("Go", "Subscribe") are UI, not story: drop them with the control.
  ADD_FORBID_CONTENTS: ['button', 'select', 'textarea', 'option', 'dialog'],
  ALLOW_DATA_ATTR: false,
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
