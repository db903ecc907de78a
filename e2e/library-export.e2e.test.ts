/**
 * Exporting for other tools end to end, in Chromium and Firefox (e2e build): a library imported
 * through the page (Hindi and Arabic titles, tags with a comma, a hostile title, a link saved without
 * its page) is exported from the library page's export control as a bookmarks file and as a ZIP of
 * Markdown notes; the test reads the files the page offered for download (the Blob behind the
 * download link) and checks their content; with a row selected, the export holds that article alone.
 */
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { BROWSERS, waitFor, type TabHandle } from './harness';
import { useBrowserSession } from './harness/use-session';
import { importLibraryFile } from './library-file';

const HINDI = 'पुस्तक मेले में भारी भीड़';
const ARABIC = 'افتتاح مكتبة جديدة في المدينة';
const HOSTILE = '<script>alert("x")</script> & "quotes": yes';
const LINK_ONLY = 'A link saved without its page';

/** One article of the library file, newest first by `n`. */
function article(n: number, title: string, overrides: Record<string, unknown> = {}) {
  const text = `${title}. The story of number ${n} goes on quietly.`;
  const savedAt = 1_764_000_000_000 - n * 3_600_000;
  return {
    canonicalUrl: `https://news.example/export-${n}`,
    url: `https://news.example/export-${n}`,
    title,
    byline: null,
    siteName: 'Harbour Gazette',
    publishedTime: null,
    lang: 'en',
    dir: 'ltr',
    excerpt: text,
    leadImage: null,
    wordCount: 12,
    readingMinutes: 1,
    savedAt,
    updatedAt: savedAt,
    read: false,
    readAt: null,
    progress: 0,
    tags: [],
    html: `<p>${text.replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]!)}</p>`,
    text,
    ...overrides,
  };
}

const ARTICLES = [
  article(1, HINDI, { lang: 'hi', tags: ['समाचार', 'Smith, John'], read: true, readAt: 1_764_000_000_000 }),
  article(2, ARABIC, { lang: 'ar', dir: 'rtl' }),
  article(3, HOSTILE, { tags: ['x"y'] }),
  article(4, LINK_ONLY, { html: '', text: '', excerpt: null, wordCount: 0, readingMinutes: 0 }),
];

/** Picks an export format and exports; resolves to the offered file's name and bytes (base64) (runs in the page). */
async function exportAs(format: string): Promise<{ name: string; base64: string }> {
  const select = document.querySelector<HTMLSelectElement>('[data-testid="library-export-format"]')!;
  select.value = format;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await new Promise((resolve) => setTimeout(resolve, 50));
  const blob = new Promise<Blob>((resolve) => {
    const original = URL.createObjectURL.bind(URL);
    URL.createObjectURL = (object: Blob | MediaSource) => {
      URL.createObjectURL = original;
      resolve(object as Blob);
      return original(object);
    };
  });
  const name = new Promise<string>((resolve) => {
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      HTMLAnchorElement.prototype.click = click;
      resolve(this.download);
      click.call(this);
    };
  });
  document.querySelector<HTMLElement>('[data-testid="library-export"]')!.click();
  const bytes = new Uint8Array(await (await blob).arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return { name: await name, base64: btoa(binary) };
}

/** The export button's label (runs in the page). */
const exportLabel = () => document.querySelector('[data-testid="library-export"]')?.textContent ?? '';

const exported = async (library: TabHandle, format: string) => {
  const { name, base64 } = await library.evaluate(exportAs, format);
  return { name, bytes: new Uint8Array(Buffer.from(base64, 'base64')) };
};

const notesOf = (bytes: Uint8Array) =>
  Object.fromEntries(Object.entries(unzipSync(bytes)).map(([path, data]) => [path, new TextDecoder().decode(data)]));

describe.each(BROWSERS)('%s, e2e build: exporting for other tools', (name) => {
  const session = useBrowserSession(name, 'e2e');

  it('exports bookmarks and a Markdown ZIP of all articles, then of the selected one', async () => {
    const library = await session.browser.openExtensionPage('library.html');
    const file = JSON.stringify({ format: 'broadsheet-library', version: 1, count: ARTICLES.length, articles: ARTICLES });
    await importLibraryFile(library, file, ARTICLES.length);
    expect(await library.evaluate(exportLabel, undefined)).toBe('Export all');

    const bookmarks = await exported(library, 'bookmarks');
    expect(bookmarks.name).toMatch(/^broadsheet-bookmarks-\d{4}-\d{2}-\d{2}\.html$/);
    const html = new TextDecoder().decode(bookmarks.bytes);
    expect(html.startsWith('<!DOCTYPE NETSCAPE-Bookmark-file-1>')).toBe(true);
    expect(html.match(/<DT><A /g)).toHaveLength(4);
    expect(html).toContain(
      `<DT><A HREF="https://news.example/export-1" ADD_DATE="1763996400" LAST_MODIFIED="1763996400" TAGS="समाचार,Smith John" TOREAD="0">${HINDI}</A>`,
    );
    expect(html).toContain(`>${ARABIC}</A>`);
    expect(html).toContain(
      'TAGS="x&quot;y" TOREAD="1">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &quot;quotes&quot;: yes</A>',
    );
    expect(html).not.toContain('<script');

    const zip = await exported(library, 'markdown');
    expect(zip.name).toMatch(/^broadsheet-notes-\d{4}-\d{2}-\d{2}\.zip$/);
    const folder = zip.name.replace(/\.zip$/, '');
    const notes = notesOf(zip.bytes);
    const hostileName = `${folder}/script alert( x ) script & quotes yes.md`;
    expect(Object.keys(notes)).toEqual([`${folder}/${HINDI}.md`, `${folder}/${ARABIC}.md`, hostileName, `${folder}/${LINK_ONLY}.md`]);
    expect(notes[`${folder}/${HINDI}.md`]).toMatch(
      new RegExp(
        `^---\ntitle: "${HINDI}"\nurl: "https://news.example/export-1"\nsite: "Harbour Gazette"\n` +
          `saved: "2025-11-24T15:00:00.000Z"\ntags:\n {2}- "समाचार"\n {2}- "Smith, John"\n---\n\n# ${HINDI}\n`,
      ),
    );
    expect(notes[`${folder}/${HINDI}.md`]).toContain(`${HINDI}. The story of number 1 goes on quietly.`);
    expect(notes[hostileName]).toContain('title: "<script>alert(\\"x\\")</script> & \\"quotes\\": yes"\n');
    expect(notes[hostileName]).toContain('# \\<script\\>alert("x")\\</script\\> & "quotes": yes');
    expect(notes[`${folder}/${LINK_ONLY}.md`]).toMatch(
      /\n---\n\n\[A link saved without its page\]\(<https:\/\/news\.example\/export-4>\)\n$/,
    );

    // One row selected: the export holds that article alone, in either format.
    await library.evaluate(() => document.querySelectorAll<HTMLElement>('[data-testid="library-item-check"]')[1]?.click(), undefined);
    expect(
      await waitFor(
        () => library.evaluate(exportLabel, undefined),
        (label) => label === 'Export 1 selected',
      ),
    ).toBe('Export 1 selected');
    expect(Object.keys(notesOf((await exported(library, 'markdown')).bytes))).toEqual([`${folder}/${ARABIC}.md`]);
    const one = new TextDecoder().decode((await exported(library, 'bookmarks')).bytes);
    expect(one.match(/<DT><A /g)).toHaveLength(1);
    expect(one).toContain(`>${ARABIC}</A>`);

    // Not ours: Firefox logs a message still in flight from a tab the test closed.
    const errors = (await session.browser.extensionErrors()).filter((e) => !/context unloaded/.test(e));
    expect(errors).toEqual([]);
  });
});
