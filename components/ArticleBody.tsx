/**
 * The only place in Broadsheet where HTML from a page is rendered. It accepts nothing but
 * `SanitizedHtml`, which only the sanitizer in utils/extract/sanitize.ts can produce.
 *
 * Sanitized markup that is parsed again can turn into something the sanitizer never saw (mutation
 * XSS), so where the browser has the HTML Sanitizer API the body is inserted with `setHTML`, which
 * sanitizes the very tree it inserts, with the allow-lists DOMPurify used (html-policy.ts), and our
 * link and media rules are applied to that tree in one pass. Elsewhere the DOMPurify output is
 * inserted as markup. `data-render` says which way ran ("sanitizer" or "markup").
 */
import { useLayoutEffect, useRef } from 'preact/hooks';
import { applyRenderPolicy, sanitizerConfig, type SanitizerConfig } from '../utils/extract/html-policy';
import type { SanitizedHtml } from '../utils/extract/types';

export interface ArticleBodyProps {
  /** The article body, already sanitized. */
  html: SanitizedHtml;
}

/** An element with the Sanitizer API's safe insertion (not yet in TypeScript's DOM types). */
interface SetHtmlElement extends Element {
  setHTML(html: string, options: { sanitizer: SanitizerConfig }): void;
}

/**
 * Whether elements here have `setHTML`. Checked on the prototype the body will be created from
 * (the overlay's content-script world sees the page's DOM through its own wrappers).
 */
function hasSetHtml(): boolean {
  return typeof Element !== 'undefined' && typeof (Element.prototype as Partial<SetHtmlElement>).setHTML === 'function';
}

/** Built once: the allow-lists never change while a page is open. */
let config: SanitizerConfig | null = null;

export function ArticleBody({ html }: ArticleBodyProps) {
  const ref = useRef<HTMLDivElement>(null);
  const viaSanitizer = hasSetHtml();

  // A layout effect runs before the browser paints, so the first frame already has the body (and
  // the reader's own layout effects, which run after this child's, see it laid out).
  useLayoutEffect(() => {
    const el = ref.current as SetHtmlElement | null;
    if (!viaSanitizer || !el) return;
    config ??= sanitizerConfig();
    el.setHTML(html, { sanitizer: config });
    applyRenderPolicy(el);
  }, [html, viaSanitizer]);

  if (viaSanitizer) return <div ref={ref} class="bs-body" data-testid="reader-body" data-render="sanitizer" />;
  // The one sanctioned use of raw HTML: `html` has passed DOMPurify (see sanitize.ts).
  return <div class="bs-body" data-testid="reader-body" data-render="markup" dangerouslySetInnerHTML={{ __html: html }} />;
}
