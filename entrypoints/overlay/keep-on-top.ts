/**
 * Keeps the open reader the topmost element of the browser's top layer. Being in the top layer is
 * not enough on its own: whatever enters it later paints above (a consent dialog opened with
 * showModal() after the reader, a popover, an element made fullscreen), and a modal dialog opened
 * later also takes the inertness and focus for itself. A page can also move or remove our host.
 *
 * Each of these is noticed and undone by raising the reader again, through what a page script
 * cannot silence: a MutationObserver (our host moved or removed, a page dialog gaining `open`),
 * and a check every CHECK_MS of what the page has in the top layer (`:modal`, `:popover-open`,
 * `document.fullscreenElement`) and of whether the middle of the viewport still hits our host (a
 * modal dialog the page keeps in its own closed shadow root is invisible to the queries, but it
 * makes our dialog inert, and hit testing skips inert elements). `beforetoggle` events are the fast
 * path for popovers (a raise in the same task, before anything is painted); a page can stop those,
 * so the check backs them up.
 */
import type { ShadowHost } from './shadow-host';

const CHECK_MS = 500;
/** Page elements in the top layer that the browser lets us see from the document. */
const PAGE_TOP_LAYER = ':modal, :popover-open';

/**
 * Starts watching; returns the function that stops. `onClose` runs when the user closes the dialog
 * through the browser (Esc before focus reached the reader's own key handling).
 */
export function keepOnTop(ui: ShadowHost, onClose: () => void): () => void {
  const doc = ui.host.ownerDocument;
  const view = doc.defaultView ?? window;
  /** Page top-layer elements that were already there at our last raise, so below us. */
  let below = new Set<Element>();
  const openOnPage = () => [...doc.querySelectorAll(PAGE_TOP_LAYER)].filter((el) => el !== ui.host);
  const raise = () => {
    if (doc.fullscreenElement) void doc.exitFullscreen().catch(() => undefined);
    ui.raise();
    below = new Set(openOnPage());
  };
  let queued = false;
  const raiseSoon = () => {
    if (queued) return;
    queued = true;
    queueMicrotask(() => {
      queued = false;
      raise();
    });
  };

  const observer = new MutationObserver((records) => {
    for (const record of records) {
      const moved = record.type === 'childList' && ui.host.parentNode !== doc.documentElement;
      const opened = record.type === 'attributes' && record.target instanceof view.HTMLDialogElement && record.target.open;
      if (moved || opened) return raiseSoon();
    }
  });
  observer.observe(doc.documentElement, { childList: true });
  observer.observe(doc, { subtree: true, attributes: true, attributeFilter: ['open'] });

  const onToggle = (event: Event) => {
    if (event.target !== ui.host && (event as ToggleEvent).newState === 'open') raiseSoon();
  };
  view.addEventListener('beforetoggle', onToggle, true);
  const covered = () => !!ui.dialog && doc.elementFromPoint(view.innerWidth / 2, view.innerHeight / 2) !== ui.host;
  const timer = view.setInterval(() => {
    if (doc.fullscreenElement || openOnPage().some((el) => !below.has(el)) || ui.host.parentNode !== doc.documentElement || covered())
      raise();
  }, CHECK_MS);

  // Esc with focus on the dialog itself (before the reader's own keys take over): the reader closes,
  // the browser's default (closing just the dialog) would leave the page locked behind nothing.
  const onCancel = (event: Event) => {
    event.preventDefault();
    onClose();
  };
  // Our own raise closes and reopens the dialog in one go; a close that sticks is the browser's.
  const onDialogClose = () => {
    if (ui.dialog && !ui.dialog.open) onClose();
  };
  ui.dialog?.addEventListener('cancel', onCancel);
  ui.dialog?.addEventListener('close', onDialogClose);
  below = new Set(openOnPage());

  return () => {
    observer.disconnect();
    view.removeEventListener('beforetoggle', onToggle, true);
    view.clearInterval(timer);
    ui.dialog?.removeEventListener('cancel', onCancel);
    ui.dialog?.removeEventListener('close', onDialogClose);
  };
}
