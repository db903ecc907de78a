/**
 * The overlay script. The background injects it into a tab only when the user asks for the reader
 * (`scripting.executeScript({ files })`; no host permissions, no manifest content script, nothing
 * runs before a click), then talks to it by message. It extracts the article from a clone of the
 * page and shows the reader in a shadow root (styles inlined: a fetched stylesheet would need a
 * web-accessible resource, which pages could then probe for).
 *
 * An unlisted script rather than a WXT content script: WXT's content-script runtime (its context
 * object and location watcher, ~0.8 kB gzip of every injection) does nothing a script injected on
 * demand needs. The one thing we used from it, stepping aside when a newer copy of this script
 * starts in the page (after the extension was updated or reloaded), is the STARTED event below.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { fail, ok, type ToContent } from '../../utils/messaging/protocol';
import { fromThisExtension, listen } from '../../utils/messaging/client';
import { mark, OverlayController } from './controller';

/** Set on the script's isolated world, so a second injection does not listen twice. */
const INSTALLED = Symbol.for('broadsheet.overlay');

/**
 * Announced on the page's document by each copy of the script as it starts. A copy from an older
 * extension instance (its messaging is dead after an update or reload) closes its reader when it
 * hears a newer one, so two readers never stack.
 */
const STARTED = 'broadsheet:overlay-started';

export default defineUnlistedScript(() => {
  const world = globalThis as { [INSTALLED]?: boolean };
  if (world[INSTALLED]) return;
  world[INSTALLED] = true;
  mark('script');

  const controller = new OverlayController();
  const id = Math.random().toString(36).slice(2);
  document.dispatchEvent(new CustomEvent(STARTED, { detail: id }));
  document.addEventListener(STARTED, (event) => {
    if ((event as CustomEvent<unknown>).detail !== id) controller.close();
  });
  listen<ToContent>(
    {
      'overlay:set': async ({ action }) => controller.set(action),
      'overlay:extract': async () => {
        const result = await controller.extract();
        return result.ok ? ok(result.article) : fail('not-article', result.detail);
      },
    },
    fromThisExtension,
  );
});
