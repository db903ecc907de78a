/**
 * The injected overlay script's start-up contract. It is a plain unlisted script (no WXT
 * content-script context), so it coordinates with earlier copies of itself on its own: through the
 * isolated world's global only, never through anything a page can dispatch. The background injects
 * again only when no copy answered, so an earlier copy in the world is one whose extension context
 * died (an update or reload) or one that lost a race: the newer copy closes its reader, removes its
 * listener (even when that throws on a dead runtime) and takes over.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import overlay from '@/entrypoints/overlay';
import { OverlayController } from '@/entrypoints/overlay/controller';

const LIVE = Symbol.for('broadsheet.overlay');
interface Live {
  controller: { close(): void };
  stop(): void;
}
const world = globalThis as { [LIVE]?: Live };

describe('overlay script start-up', () => {
  afterEach(() => {
    delete world[LIVE];
    vi.restoreAllMocks();
  });

  it("a newer copy closes the older copy's reader, removes its listener and takes over", () => {
    const close = vi.spyOn(OverlayController.prototype, 'close');
    const added = vi.spyOn(fakeBrowser.runtime.onMessage, 'addListener');
    const removed = vi.spyOn(fakeBrowser.runtime.onMessage, 'removeListener');
    overlay.main();
    const first = world[LIVE];
    expect(first).toBeDefined();
    expect(close).not.toHaveBeenCalled();
    overlay.main();
    expect(close).toHaveBeenCalledTimes(1);
    expect(close.mock.contexts[0]).toBe(first?.controller);
    expect(world[LIVE]).not.toBe(first);
    // One listener in the page at a time, however often the script is injected.
    expect(added).toHaveBeenCalledTimes(2);
    expect(removed).toHaveBeenCalledTimes(1);
    expect(removed.mock.calls[0]?.[0]).toBe(added.mock.calls[0]?.[0]);
  });

  it('takes over from a copy whose extension context is dead (removing its listener throws)', () => {
    const stale: Live = {
      controller: { close: vi.fn() },
      stop: () => {
        throw new Error('Extension context invalidated.');
      },
    };
    world[LIVE] = stale;
    const added = vi.spyOn(fakeBrowser.runtime.onMessage, 'addListener');
    expect(() => overlay.main()).not.toThrow();
    expect(stale.controller.close).toHaveBeenCalledTimes(1);
    expect(added).toHaveBeenCalledTimes(1);
    expect(world[LIVE]).not.toBe(stale);
  });

  it('removes hosts left in the page by a copy whose world was torn down', () => {
    for (const name of ['broadsheet-reader', 'broadsheet-notice']) document.documentElement.append(document.createElement(name));
    overlay.main();
    expect(document.querySelectorAll('broadsheet-reader, broadsheet-notice')).toHaveLength(0);
  });

  it('hears nothing the page dispatches: the old start-up event and a postMessage do not close its reader', async () => {
    const close = vi.spyOn(OverlayController.prototype, 'close');
    overlay.main();
    document.dispatchEvent(new CustomEvent('broadsheet:overlay-started', { detail: 'from the page' }));
    window.postMessage({ type: 'overlay:set', data: { action: 'close' } }, '*');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(close).not.toHaveBeenCalled();
  });
});
