/**
 * The overlay content script. The background injects it into a tab only when the user asks for
 * the reader (no host permissions, nothing runs before a click), then talks to it by message.
 * It extracts the article from a clone of the page and shows the reader in a shadow root.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { fail, ok, type ToContent } from '@/utils/messaging/protocol';
import { fromThisExtension, listen } from '@/utils/messaging/client';
import { OverlayController } from './controller';

/** Set on the content script's isolated world, so a second injection does not listen twice. */
const INSTALLED = Symbol.for('broadsheet.overlay');

export default defineContentScript({
  registration: 'runtime',
  matches: [],
  // Styles are inlined into the shadow root: a fetched stylesheet would need a web-accessible
  // resource, which pages could then probe for.
  cssInjectionMode: 'manual',
  main(ctx) {
    const world = globalThis as { [INSTALLED]?: boolean };
    if (world[INSTALLED]) return;
    world[INSTALLED] = true;

    const controller = new OverlayController(ctx);
    listen<ToContent>(
      {
        'overlay:set': async ({ action }) => controller.set(action),
        'overlay:extract': async () => {
          const result = controller.extract();
          return result.ok ? ok(result.article) : fail('not-article', result.detail);
        },
      },
      fromThisExtension,
    );
  },
});
