/**
 * The overlay script. The background injects it into a tab only when the user asks for the reader
 * (`scripting.executeScript({ files })`; no host permissions, no manifest content script, nothing
 * runs before a click), then talks to it by message. It extracts the article from a clone of the
 * page and shows the reader in a closed shadow root (styles inlined: a fetched stylesheet would
 * need a web-accessible resource, which pages could then probe for).
 *
 * An unlisted script rather than a WXT content script: WXT's content-script runtime (its context
 * object and location watcher, ~0.8 kB gzip of every injection) does nothing a script injected on
 * demand needs.
 *
 * Nothing the page can send drives the overlay: no DOM event, postMessage or main-world global is
 * listened to; only the extension's own messages are. Copies of this script meet on the isolated
 * world's global, which the page cannot see: the background injects again only when no copy
 * answered, so an earlier copy there is one whose messaging died (the extension was updated or
 * reloaded) or one that lost a race; the newer copy closes its reader and takes over.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { fail, ok, type ToContent } from '../../utils/messaging/protocol';
import { fromThisExtension, listen } from '../../utils/messaging/client';
import { mark, OverlayController } from './controller';

/** The live copy of this script in the isolated world (a Symbol.for key: shared by every copy). */
const LIVE = Symbol.for('broadsheet.overlay');

/** What a copy leaves on the isolated world for the next one. */
interface LiveOverlay {
  /** Its reader (closing it puts the page back). */
  controller: { close(): void };
  /** Removes this copy's message listener (a dead runtime may throw: that is fine). */
  stop(): void;
}

export default defineUnlistedScript(() => {
  const world = globalThis as { [LIVE]?: LiveOverlay };
  mark('script');
  const previous = world[LIVE];
  if (previous) {
    previous.controller.close();
    try {
      previous.stop();
    } catch {
      // Its extension context is gone, and its listener with it.
    }
  }
  // A copy from before a reload whose world was torn down leaves its hosts behind, inert but shown.
  document.querySelectorAll('html > broadsheet-reader, html > broadsheet-notice').forEach((el) => el.remove());

  const controller = new OverlayController();
  const stop = listen<ToContent>(
    {
      'overlay:set': async ({ action }) => controller.set(action),
      'overlay:extract': async () => {
        const result = await controller.extract();
        return result.ok ? ok(result.value.article) : fail('not-article', result.message);
      },
    },
    fromThisExtension,
  );
  world[LIVE] = { controller, stop };
});
