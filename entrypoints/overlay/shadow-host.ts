/**
 * A host element with a closed shadow root and inlined styles, shown in the browser's top layer.
 * Smaller than WXT's createShadowRootUi (which the content script's size budget cannot afford) and
 * does only what the overlay needs:
 *   - isolation: page CSS cannot reach inside, and with a closed root page scripts cannot either
 *     (no `host.shadowRoot`: a page walking the DOM finds an empty element);
 *   - the top layer, which paints above every stacking context of the page whatever its z-index:
 *     the reader is a modal `<dialog>` inside the root (the browser also makes the rest of the page
 *     inert: no clicks, no focus), the notice a manual popover (it must not block the page);
 *   - page handlers kept out: keyboard and pointer events stop at the host, so page shortcuts and
 *     click handlers above it never hear what the user does in the reader.
 * The host's own box is set by `:host` in reader.css: an `!important` rule in the shadow tree beats
 * any page rule and any inline style aimed at the host.
 */

/** Events stopped at the host on their way out of the shadow root (bubbling listeners of the page). */
const ISOLATED_EVENTS = [
  'keydown',
  'keyup',
  'keypress',
  'click',
  'dblclick',
  'auxclick',
  'contextmenu',
  'mousedown',
  'mouseup',
  'pointerdown',
  'pointerup',
  'wheel',
] as const;

export interface ShadowHost {
  /** The element added to the page (removed again by `remove`). */
  host: HTMLElement;
  /** The closed shadow root: only this object reaches it. */
  shadow: ShadowRoot;
  /** The reader's modal dialog (null for a popover host). */
  dialog: HTMLDialogElement | null;
  /** Where the UI renders. */
  container: HTMLElement;
  /** Puts the host back on top of the top layer (after the page added its own), keeping focus where it was. */
  raise(): void;
  /** Takes the host out of the page (and the top layer). */
  remove(): void;
}

/**
 * Creates the host, appends it to `<html>` (not `<body>`, which pages replace or style) and shows it.
 * @param name custom element name for the host (kebab-case, so pages' generic selectors miss it).
 * @param css the styles, inlined: a fetched stylesheet would need a web-accessible resource.
 * @param modal a modal dialog over the whole viewport (the reader), or a popover (a notice).
 */
export function createShadowHost(doc: Document, name: string, css: string, modal: boolean): ShadowHost {
  const host = doc.createElement(name);
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = css;
  const container = doc.createElement('div');
  let dialog: HTMLDialogElement | null = null;
  // Where focus was in the root (not the dialog, which showModal() itself focuses), for a raise
  // that finds focus already taken by a page's dialog.
  let lastFocused: Element | null = null;
  shadow.addEventListener('focusin', (event) => {
    if (event.target !== dialog) lastFocused = event.target as Element;
  });
  if (modal) {
    dialog = doc.createElement('dialog');
    dialog.className = 'bs-layer';
    // showModal() focuses the dialog itself, not its first button: no focus ring on ✕ for a reader
    // opened by mouse, and no layout forced before the first frame (the controller moves focus after it).
    dialog.autofocus = true;
    dialog.tabIndex = -1;
    dialog.append(container);
    shadow.append(style, dialog);
  } else {
    host.setAttribute('popover', 'manual');
    shadow.append(style, container);
  }
  for (const type of ISOLATED_EVENTS) host.addEventListener(type, (event) => event.stopPropagation());
  doc.documentElement.append(host);
  const show = () => {
    if (dialog) dialog.showModal();
    else host.showPopover();
  };
  show();
  return {
    host,
    shadow,
    dialog,
    container,
    raise() {
      const active = shadow.activeElement;
      const focused = active && active !== dialog ? active : lastFocused;
      if (host.parentNode !== doc.documentElement) doc.documentElement.append(host);
      if (dialog?.open) dialog.close();
      else if (!dialog && host.matches(':popover-open')) host.hidePopover();
      show();
      if (focused instanceof HTMLElement) focused.focus({ preventScroll: true, focusVisible: false } as FocusOptions);
    },
    remove: () => host.remove(),
  };
}
