/**
 * A host element with an open shadow root, styles inlined, fixed over the whole viewport. Smaller
 * than WXT's createShadowRootUi (which the content script's size budget cannot afford) and does
 * only what the overlay needs: isolation from page CSS, and keyboard events kept from page handlers.
 */

/** Keyboard events stopped at the host, so page shortcuts ("j"/"k", "/") don't fire while reading. */
const ISOLATED_EVENTS = ['keydown', 'keyup', 'keypress'] as const;

export interface ShadowHost {
  /** The element added to the page (removed again by `remove`). */
  host: HTMLElement;
  /** The open shadow root (open so E2E tests and assistive tech can reach it). */
  shadow: ShadowRoot;
  /** Where the UI renders. */
  container: HTMLElement;
  /** Takes the host out of the page. */
  remove(): void;
}

/**
 * Creates the host and appends it to `<html>` (not `<body>`, which pages replace or style).
 * @param name custom element name for the host (kebab-case, so pages' generic selectors miss it).
 * @param css the styles, inlined: a fetched stylesheet would need a web-accessible resource.
 * @param fullscreen cover the viewport (the reader) or just overlay a corner (a notice).
 */
export function createShadowHost(doc: Document, name: string, css: string, fullscreen: boolean): ShadowHost {
  const host = doc.createElement(name);
  // Inline !important beats any page rule aimed at the host, except another inline style (there is none).
  host.style.cssText = [
    'all: initial !important',
    'position: fixed !important',
    fullscreen ? 'inset: 0 !important' : 'top: 0 !important; right: 0 !important',
    'z-index: 2147483647 !important',
    'display: block !important',
  ].join(';');
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = css;
  const container = doc.createElement('div');
  shadow.append(style, container);
  for (const type of ISOLATED_EVENTS) host.addEventListener(type, (event) => event.stopPropagation());
  doc.documentElement.append(host);
  return { host, shadow, container, remove: () => host.remove() };
}
