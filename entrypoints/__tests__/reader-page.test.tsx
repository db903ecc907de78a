/**
 * The reader page's logic against a fake IndexedDB: a saved article is shown with its stored HTML
 * sanitized again (an imported file is untrusted), an unknown id says so, and reaching the end
 * marks the article read once, through the background.
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '@/entrypoints/background';
import { ReaderPage } from '@/entrypoints/reader/ReaderPage';
import { deliver } from '@/tests/deliver';
import { mountPage, routeMessagesToBackground, t } from '@/tests/extension-page';
import { closeLibrary, getLibrary } from '@/utils/library/connection';
import { getMetas } from '@/utils/library/read';
import { freshIndexedDB, makeItem } from '@/utils/library/__tests__/fixtures';

let container: HTMLElement;
let unmount = () => {};

/** jsdom has no IntersectionObserver: this one reports what the test says is in view. */
const observers: { callback: IntersectionObserverCallback; targets: Element[] }[] = [];
class InViewObserver {
  private readonly entry: { callback: IntersectionObserverCallback; targets: Element[] };
  constructor(callback: IntersectionObserverCallback) {
    this.entry = { callback, targets: [] };
    observers.push(this.entry);
  }
  observe(target: Element) {
    this.entry.targets.push(target);
  }
  disconnect() {
    observers.splice(observers.indexOf(this.entry), 1);
  }
}
function scrollIntoView(selector: string) {
  for (const { callback, targets } of observers) {
    const hits = targets.filter((target) => target.matches(selector));
    if (hits.length)
      callback(
        hits.map((target) => ({ target, isIntersecting: true }) as IntersectionObserverEntry),
        {} as IntersectionObserver,
      );
  }
}

beforeEach(async () => {
  await closeLibrary();
  freshIndexedDB();
  vi.stubGlobal('IntersectionObserver', InViewObserver);
  background.main();
  routeMessagesToBackground();
});
afterEach(async () => {
  unmount();
  vi.unstubAllGlobals();
  await closeLibrary();
});

function mount(id: number | null) {
  ({ container, unmount } = mountPage(<ReaderPage id={id} />));
}

/** Imports one item as a file would bring it: its HTML as the file has it, unsanitized. */
async function imported(html: string) {
  const result = await deliver('library:import', { items: [{ ...makeItem(1), html }], offset: 0 });
  expect(result).toMatchObject({ ok: true, value: { added: 1 } });
  return 1;
}

describe('reader page', () => {
  it('shows a saved article with its stored HTML sanitized again, and names the tab after it', async () => {
    const id = await imported('<p>Kept paragraph.</p><script>window.hacked = true</script><img src="x" onerror="window.hacked = true">');
    mount(id);
    await vi.waitFor(() => expect(container.querySelector('[data-testid="reader-title"]')?.textContent).toBe(makeItem(1).title));
    expect(document.title).toBe(makeItem(1).title);
    const body = container.querySelector('[data-testid="reader-body"]')!;
    expect(body.textContent).toContain('Kept paragraph.');
    expect(body.querySelector('script')).toBeNull();
    expect(body.querySelector('[onerror]')).toBeNull();
  });

  it.each([null, 42])('says the article is missing for id %s', async (id) => {
    mount(id);
    await vi.waitFor(() =>
      expect(container.querySelector('[data-testid="reader-page-missing"]')?.textContent).toBe(t('readerPageMissing')),
    );
  });

  it('marks the article read once its end comes into view, and only once', async () => {
    const id = await imported('<p>Short story.</p>');
    mount(id);
    await vi.waitFor(() => expect(container.querySelector('.bs-footer')).not.toBeNull());
    const sent = vi.spyOn(fakeBrowser.runtime, 'sendMessage');
    scrollIntoView('.bs-footer');
    scrollIntoView('.bs-footer');
    await vi.waitFor(async () => expect((await getMetas(await getLibrary(), [id]))[0]?.read).toBe(true));
    expect(sent.mock.calls.filter(([message]) => (message as unknown as { type: string }).type === 'library:set-read')).toHaveLength(1);
  });
});
