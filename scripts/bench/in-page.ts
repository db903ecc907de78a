/**
 * Functions the reader benchmark runs INSIDE pages (`tab.evaluate(fn, arg)`). Each is serialised
 * into the page, so each is self-contained: no imports, no outer variables.
 *
 * All clocks are `performance.timeOrigin + performance.now()`: epoch milliseconds with sub-ms
 * resolution, comparable between the extension page that sends the trigger and the web page that
 * paints the reader (same machine clock; each document's own origin is folded in).
 */
import { inReader } from '../../e2e/harness/session';

/** Marks the benchmark reads back; `null` until reached. */
interface Marks {
  /**
   * When the frame that first shows the reader has been rendered: the title is in the DOM, the next
   * requestAnimationFrame callback ran, and a task queued from it ran (after that frame's style,
   * layout and paint). Without the last step, layout of a long article would fall outside the time.
   */
  painted: number | null;
  /** The title the reader showed (read from its closed root afterwards: `readerTitle`). */
  title: string | null;
  /**
   * The overlay's phase marks (`broadsheet:script`, `:set`, `:extracted`, `:settings`, `:rendered`;
   * e2e builds only, see entrypoints/overlay/controller.tsx), or the bare reader's
   * (`broadsheet:bare-script`, `-parsed`, `-sanitized`, `-rendered`), as epoch milliseconds.
   */
  phases?: Record<string, number>;
}

/**
 * Arms a watcher in the page's main world: when the reader's host (`host`, a tag name: Broadsheet's
 * `broadsheet-reader` unless told, or the bare reader's) is added to `<html>`, it waits for the
 * next frame to be rendered (see Marks.painted) and records the time in `window.__benchMarks.painted`.
 * Call before each trigger. The host's root is closed, so the page cannot see the title arrive; the
 * overlay renders the reader into it in the same task as it adds the host (controller.tsx `open`),
 * so the frame after the host's arrival is the first with the title. `readerTitle` checks it.
 */
export function armReaderPaint(host: string | undefined): void {
  const selector = `html > ${host ?? 'broadsheet-reader'}`;
  // No named inner functions: the bench runs under tsx, whose keepNames would wrap them in a
  // helper the page does not have.
  const marks: Marks = { painted: null, title: null };
  performance.clearMarks();
  (window as unknown as { __benchMarks: Marks }).__benchMarks = marks;
  new MutationObserver((_records, observer) => {
    if (!document.querySelector(selector)) return;
    observer.disconnect();
    requestAnimationFrame(() => {
      // A task queued from the frame callback runs once that frame's style, layout and paint are
      // done. At the highest task priority where the browser has one (scheduler.postTask), so that
      // work a reader defers until after its first frame (Broadsheet's scroll lock, focus and date;
      // tasks queued from the same frame) does not run first and count as painting.
      const scheduler = (globalThis as { scheduler?: { postTask(task: () => void, options: { priority: string }): Promise<void> } })
        .scheduler;
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        marks.painted ??= performance.timeOrigin + performance.now();
      };
      if (scheduler) {
        void scheduler.postTask(
          () => {
            marks.painted ??= performance.timeOrigin + performance.now();
          },
          { priority: 'user-blocking' },
        );
      } else channel.port2.postMessage(null);
    });
  }).observe(document.documentElement, { childList: true });
}

/** The title in the reader's closed root (null: no reader), for the bench to check what painted. */
export const readerTitle = inReader((_: undefined, roots): string | null => {
  const title = roots.reader?.querySelector('[data-testid="reader-title"]');
  return title ? (title.textContent ?? '').trim() : null;
});

/** The bare reader's host element (entrypoints/bare-reader). */
export const BARE_HOST = 'broadsheet-bare-reader';

/** The title in the bare reader's (open) root, or null: no bare reader. */
export function bareReaderTitle(): string | null {
  const title = document.querySelector('html > broadsheet-bare-reader')?.shadowRoot?.querySelector('h1');
  return title ? (title.textContent ?? '').trim() : null;
}

/** Takes the bare reader off the page (its close). */
export function removeBareReader(): void {
  document.querySelector('html > broadsheet-bare-reader')?.remove();
}

/**
 * From an extension page: the bench's e2e-only message that has the background inject the bare
 * reader into `tabId` (entrypoints/background/bare-reader-trigger.ts); when it was sent, and the answer.
 */
export async function triggerBareReader(tabId: number): Promise<{ sent: number; response: unknown }> {
  type Api = { runtime: { sendMessage(message: unknown): Promise<unknown> } };
  const scope = globalThis as unknown as { browser?: Api; chrome?: Api };
  const api = scope.browser ?? scope.chrome;
  if (!api) throw new Error('No extension API on this page');
  const sent = performance.timeOrigin + performance.now();
  const response = await api.runtime.sendMessage({ type: 'bench:bare-reader', data: { tabId } });
  return { sent, response };
}

/** Forgets the marks, so a later read cannot mistake an earlier reader for a new one. */
export function clearMarks(): void {
  delete (window as unknown as { __benchMarks?: Marks }).__benchMarks;
}

/** The marks recorded since `armReaderPaint`. */
export function readReaderPaint(): Marks | null {
  const marks = (window as unknown as { __benchMarks?: Marks }).__benchMarks ?? null;
  if (!marks) return null;
  const phases: Record<string, number> = {};
  for (const entry of performance.getEntriesByType('mark')) {
    if (entry.name.startsWith('broadsheet:')) phases[entry.name.slice('broadsheet:'.length)] = performance.timeOrigin + entry.startTime;
  }
  return { ...marks, phases };
}

/** Defines the global `Readability` in the page's main world from the library's own file. */
export function installReadability(source: string): boolean {
  // Indirect eval runs the file as a classic script in global scope, as a <script> tag would
  // (the file's `module.exports` branch is skipped: there is no `module` in a page).
  (0, eval)(source);
  return typeof (window as unknown as { Readability?: unknown }).Readability === 'function';
}

/** The baseline: plain `new Readability(document.cloneNode(true)).parse()`; milliseconds and text length. */
export function timeReadability(): { ms: number; chars: number } {
  type Parse = { parse(): { textContent?: string | null } | null };
  const Readability = (window as unknown as { Readability: new (doc: Document) => Parse }).Readability;
  const start = performance.now();
  const article = new Readability(document.cloneNode(true) as Document).parse();
  const ms = performance.now() - start;
  return { ms, chars: article?.textContent?.length ?? 0 };
}

/**
 * From an extension page: sends the product's `reader:set` message for `tabId` and returns when it
 * was sent (`sent`, the trigger time) and the background's answer.
 */
export async function triggerReader(arg: { tabId: number; action: 'open' | 'close' }): Promise<{ sent: number; response: unknown }> {
  type Api = { runtime: { sendMessage(message: unknown): Promise<unknown> } };
  const scope = globalThis as unknown as { browser?: Api; chrome?: Api };
  const api = scope.browser ?? scope.chrome;
  if (!api) throw new Error('No extension API on this page');
  const sent = performance.timeOrigin + performance.now();
  const response = await api.runtime.sendMessage({ type: 'reader:set', data: { tabId: arg.tabId, action: arg.action } });
  return { sent, response };
}

/**
 * From an extension page in Firefox: waits (up to `waitMs`) for Firefox to judge the tab readerable
 * (`tab.isArticle`, set a moment after load), then calls `tabs.toggleReaderMode`. Returns when it
 * was called, or why Firefox refused.
 */
export async function toggleFirefoxReader(arg: { tabId: number; waitMs: number }): Promise<{ sent: number } | { refused: string }> {
  type Api = { tabs: { get(id: number): Promise<{ isArticle?: boolean }>; toggleReaderMode(id: number): Promise<void> } };
  const api = (globalThis as unknown as { browser: Api }).browser;
  const deadline = Date.now() + arg.waitMs;
  while (!(await api.tabs.get(arg.tabId)).isArticle && Date.now() < deadline) await new Promise((r) => setTimeout(r, 25));
  const sent = performance.timeOrigin + performance.now();
  try {
    await api.tabs.toggleReaderMode(arg.tabId);
  } catch (error) {
    return { refused: error instanceof Error ? error.message : String(error) };
  }
  return { sent };
}

/**
 * A preload script for Firefox's `about:reader` document (registered with puppeteer's
 * `evaluateOnNewDocument`, so it runs before about:reader's own code): when the article is inserted
 * into `.moz-reader-content`, it waits for the next frame to be rendered and records the time, the
 * same "inserted + one rendered frame" signal as ours.
 */
export function watchAboutReader(): void {
  if (!location.href.startsWith('about:reader')) return;
  const marks: Marks = { painted: null, title: null };
  performance.clearMarks();
  (window as unknown as { __benchMarks: Marks }).__benchMarks = marks;
  const observer = new MutationObserver(() => {
    const content = document.querySelector('.moz-reader-content');
    if (!content || content.children.length === 0) return;
    observer.disconnect();
    marks.title = (document.querySelector('.reader-title')?.textContent ?? '').trim();
    requestAnimationFrame(() => {
      // A task queued from the frame callback runs once that frame's style, layout and paint are
      // done. At the highest task priority where the browser has one (scheduler.postTask), so that
      // work a reader defers until after its first frame (Broadsheet's scroll lock, focus and date;
      // tasks queued from the same frame) does not run first and count as painting.
      const scheduler = (globalThis as { scheduler?: { postTask(task: () => void, options: { priority: string }): Promise<void> } })
        .scheduler;
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        marks.painted ??= performance.timeOrigin + performance.now();
      };
      if (scheduler) {
        void scheduler.postTask(
          () => {
            marks.painted ??= performance.timeOrigin + performance.now();
          },
          { priority: 'user-blocking' },
        );
      } else channel.port2.postMessage(null);
    });
  });
  observer.observe(document, { childList: true, subtree: true });
}

/** How many elements the page has (its DOM size, which Readability's work grows with). */
export function countElements(): number {
  return document.getElementsByTagName('*').length;
}

/**
 * From an extension page: the browser's own floor for any reader injected on click, timed as the
 * first `scripting.executeScript` of an empty function in a fresh tab (the browser sets up the
 * extension's script world in the page and answers; no file is loaded or compiled).
 */
export async function timeEmptyInjection(tabId: number): Promise<number> {
  type Api = { scripting: { executeScript(details: unknown): Promise<unknown> } };
  const scope = globalThis as unknown as { browser?: Api; chrome?: Api };
  const api = scope.browser ?? scope.chrome;
  if (!api) throw new Error('No extension API on this page');
  const start = performance.now();
  await api.scripting.executeScript({ target: { tabId }, func: [() => 0][0] });
  return performance.now() - start;
}
