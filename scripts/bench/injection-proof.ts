/**
 * Runtime proof that Broadsheet injects nothing into a page before the user asks, for
 * `npm run bench:size` (which runs this with tsx and reads the JSON line it prints last).
 *
 * Headless Chromium with the PRODUCTION build (activeTab only) loads a page while CDP reports every
 * JavaScript context created in it (`Runtime.executionContextCreated`, also replayed for contexts
 * that already exist when `Runtime.enable` is sent). An extension's content script runs in an
 * isolated world whose origin is `chrome-extension://<id>`. The page is loaded, reloaded and left
 * idle: no such context may appear. Then a real toolbar click (CDP `Extensions.triggerAction` on the
 * tab target, through the harness) opens the popup, which opens the reader: exactly then the
 * extension's context must appear, and the reader with it.
 */
import type { Page } from 'playwright-core';
import { inReader, launchBrowser, type TabHandle } from '../../e2e/harness';
import { benchPages } from './pages';
import { servePages } from './page-server';

/** What CDP reported for one execution context. */
interface ContextEvent {
  origin: string;
  name: string;
  type: string;
  /** Milliseconds since the proof started. */
  at: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The reader's title in its closed shadow root, or null (self-contained: runs in the page). */
const readerTitle = inReader(
  (_: undefined, roots): string | null => roots.reader?.querySelector('[data-testid="reader-title"]')?.textContent ?? null,
);

async function main(): Promise<void> {
  const started = Date.now();
  const page = benchPages().find((p) => p.slug === 'en-small');
  if (!page) throw new Error('No en-small bench page');
  const server = await servePages([page]);
  const session = await launchBrowser('chromium', 'production');
  try {
    const tab: TabHandle = await session.openTab(server.url(page, 'proof=1'));
    const pw = (tab as unknown as { page?: Page }).page;
    if (!pw) throw new Error('The Chromium tab exposes no Playwright page');
    const cdp = await pw.context().newCDPSession(pw);
    const events: ContextEvent[] = [];
    cdp.on('Runtime.executionContextCreated', ({ context }) => {
      const aux = (context.auxData ?? {}) as { type?: string };
      events.push({ origin: context.origin, name: context.name, type: aux.type ?? '', at: Date.now() - started });
    });
    await cdp.send('Runtime.enable'); // replays the contexts that already exist
    await pw.reload({ waitUntil: 'load' });
    await sleep(1500); // anything injected late (document_idle, timers) has had its chance
    const extensionOrigin = session.extensionOrigin;
    const isOurs = (e: ContextEvent) => e.origin.startsWith(extensionOrigin);
    const beforeClick = events.filter(isOurs);
    const contextsBeforeClick = events.length;

    const clickedAt = Date.now() - started;
    await session.clickToolbar(tab);
    let title: string | null = null;
    for (let i = 0; i < 100 && !title; i++) {
      await sleep(100);
      title = await tab.evaluate(readerTitle, undefined);
    }
    const afterClick = events.filter((e) => isOurs(e) && e.at >= clickedAt);
    const result = {
      build: 'chrome-mv3 (production)',
      extensionOrigin,
      contextsSeenBeforeClick: events.slice(0, contextsBeforeClick).map((e) => `${e.type || 'default'} ${e.name || e.origin}`),
      extensionContextsBeforeClick: beforeClick.length,
      extensionContextsAfterClick: afterClick.map((e) => ({
        origin: e.origin,
        name: e.name,
        type: e.type,
        msAfterClick: e.at - clickedAt,
      })),
      readerTitleAfterClick: title,
      pass: beforeClick.length === 0 && afterClick.length > 0 && title === page.title,
    };
    console.log(JSON.stringify(result));
  } finally {
    await session.close();
    await server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
