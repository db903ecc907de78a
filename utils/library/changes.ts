/**
 * "The library changed" between extension contexts: the background (the only writer) announces
 * each write on a BroadcastChannel of the extension's origin, and open popups and library pages
 * refresh their lists. Content scripts are in the page's origin and never hear it.
 */

const CHANNEL = 'broadsheet-library';

/** Tells open extension pages that the library changed. */
export function announceLibraryChange(): void {
  if (typeof BroadcastChannel === 'undefined') return;
  const channel = new BroadcastChannel(CHANNEL);
  channel.postMessage('changed');
  channel.close();
}

/** Calls `callback` whenever another context changes the library. Returns a function that stops listening. */
export function onLibraryChange(callback: () => void): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => {};
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = () => callback();
  return () => channel.close();
}
