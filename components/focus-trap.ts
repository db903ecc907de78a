/**
 * Keeps Tab and Shift+Tab inside a modal container (the reader overlay), as a modal dialog must:
 * otherwise focus walks into the page hidden behind it. Works inside a shadow root, where
 * `document.activeElement` is only the shadow host.
 */

const FOCUSABLE = 'a[href],button:not([disabled]),select:not([disabled]),input:not([disabled]),textarea,[tabindex]:not([tabindex="-1"])';

/** The elements Tab can reach inside `container`, in order. */
export function focusables(container: Element): HTMLElement[] {
  return [...container.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => !el.closest('[hidden],[inert]'));
}

/** On Tab from the last control (or Shift+Tab from the first), wraps focus round instead of leaving. */
export function trapTab(event: KeyboardEvent, container: HTMLElement): void {
  if (event.key !== 'Tab') return;
  const items = focusables(container);
  const first = items[0];
  const last = items[items.length - 1];
  if (!first || !last) return;
  const root = container.getRootNode() as Document | ShadowRoot;
  const active = root.activeElement;
  const outside = !active || active === container || !container.contains(active);
  if (event.shiftKey && (active === first || outside)) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && (active === last || outside)) {
    event.preventDefault();
    first.focus();
  }
}
