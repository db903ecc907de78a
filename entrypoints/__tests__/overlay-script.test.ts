/**
 * The injected overlay script's start-up contract. It is a plain unlisted script (no WXT
 * content-script context), so two things it must do itself are checked here: a second injection
 * into the same world does nothing, and a copy from an older extension instance (a separate world
 * after an update or reload: modelled by clearing the world's marker) closes its reader when a
 * newer copy starts, so two readers never stack.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import overlay from '@/entrypoints/overlay';
import { OverlayController } from '@/entrypoints/overlay/controller';

const INSTALLED = Symbol.for('broadsheet.overlay');
const world = globalThis as { [INSTALLED]?: boolean };

describe('overlay script start-up', () => {
  afterEach(() => {
    delete world[INSTALLED];
    vi.restoreAllMocks();
  });

  // First: copies started by other tests would still hear the event (jsdom's document is shared).
  it('an older copy closes its reader when a newer copy starts; the newer one stays', () => {
    const close = vi.spyOn(OverlayController.prototype, 'close');
    overlay.main(); // the copy from before the update
    expect(close).not.toHaveBeenCalled();
    delete world[INSTALLED]; // the updated extension injects into a fresh world
    overlay.main();
    expect(close).toHaveBeenCalledTimes(1); // the older copy only: the newer one keeps its reader
  });

  it('listens for messages once per world, however often it is injected', () => {
    const addListener = vi.spyOn(fakeBrowser.runtime.onMessage, 'addListener');
    overlay.main();
    overlay.main();
    expect(addListener).toHaveBeenCalledTimes(1);
  });
});
