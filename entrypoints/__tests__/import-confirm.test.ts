/**
 * Confirming an import, end to end below the UI: the library page's half (planImport → planItems,
 * bodies through the DOMPurify gate with this test's jsdom window) and the background's
 * `library:import` handler (fakeBrowser, fake-indexeddb), chunk by chunk as the page sends them.
 * Other tools' files merge with what is saved, keep their tags, never carry a script into the
 * library, and a disk that fills part-way keeps what was written and says where it stopped.
 */
import 'fake-indexeddb/auto';
import { strToU8, zipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import background from '@/entrypoints/background';
import { deliver } from '@/tests/deliver';
import { closeLibrary, getLibrary } from '@/utils/library/connection';
import { allHighlights } from '@/utils/library/highlights';
import { importInChunks } from '@/utils/library/import-chunks';
import { planImport, planItems, type ImportPlan } from '@/utils/library/import/plan';
import { importedBody } from '@/utils/library/import/sanitize-body';
import { getArticle, getMetas, listIds, lookupSaved } from '@/utils/library/read';
import { inListOrder, searchIds } from '@/utils/library/search';
import { freshIndexedDB, makeItem } from '@/utils/library/__tests__/fixtures';

const NOW = 1_760_000_000_000;
const HOSTILE = '<p>Harbour news</p><img src="x" onerror="alert(1)"><script>alert(2)</script><a href="javascript:alert(3)">link</a>';

beforeEach(async () => {
  await closeLibrary();
  freshIndexedDB();
  background.main();
});
afterEach(() => closeLibrary());

function plan(bytes: Uint8Array): ImportPlan {
  const result = planImport(bytes);
  if (!result.ok) throw new Error(result.message);
  return result.value;
}

/** What the library page does on Import: items built here, sent a chunk at a time to the background. */
function confirm(p: ImportPlan) {
  const items = planItems(p, (c) => importedBody(c, window), NOW);
  return importInChunks(items, (chunk, offset) => deliver('library:import', { items: chunk, offset }));
}

async function search(query: string): Promise<number[]> {
  const db = await getLibrary();
  return inListOrder(await listIds(db, 'all'), (await searchIds(db, query)) ?? new Uint32Array());
}

const omnivoreZip = () =>
  zipSync({
    'metadata_0_to_2.json': strToU8(
      JSON.stringify([
        {
          id: '1',
          slug: 'harbour',
          title: 'Harbour news',
          url: 'https://news.example/harbour?utm_source=omnivore',
          state: 'Archived',
          labels: [{ name: 'ports' }, { name: 'long reads' }],
          savedAt: '2024-03-01T10:00:00.000Z',
        },
        {
          id: '2',
          slug: 'bridge',
          title: 'Bridge',
          url: 'https://news.example/bridge',
          state: 'Active',
          labels: [],
          savedAt: '2024-03-02',
        },
      ]),
    ),
    'content/harbour.html': strToU8(`<html><body>${HOSTILE}</body></html>`),
    'highlights/harbour.md': strToU8('> a quoted line\n'),
  });

describe('import confirm (page + background handler)', () => {
  it('imports an Omnivore ZIP: tags kept, archived as read, the hostile body sanitized, highlights only counted', async () => {
    const p = plan(omnivoreZip());
    expect(p.preview).toMatchObject({ format: 'omnivore-zip', items: 2, archived: 1, unread: 1, tags: 2, highlights: 1, withText: 1 });
    expect(await listIds(await getLibrary(), 'all')).toEqual([]); // the plan wrote nothing

    const outcome = await confirm(p);
    expect(outcome).toEqual({ kind: 'done', report: { added: 2, updated: 0, rejected: [], highlights: 0, rejectedHighlights: [] } });
    const db = await getLibrary();
    const ref = await lookupSaved(db, 'https://news.example/harbour');
    const article = await getArticle(db, ref!.id);
    expect(article).toMatchObject({
      title: 'Harbour news',
      url: 'https://news.example/harbour?utm_source=omnivore',
      siteName: 'news.example',
      read: true,
      savedAt: Date.parse('2024-03-01T10:00:00.000Z'),
      tags: ['ports', 'long reads'],
    });
    expect(article!.html).toContain('Harbour news');
    expect(article!.html).not.toMatch(/onerror|<script|javascript:|alert/i);
    expect(article!.text).toContain('Harbour news');
    expect(article!.text).not.toContain('alert');
    expect(await search('ports')).toEqual([ref!.id]);
    expect(await search('long reads')).toEqual([ref!.id]);
  });

  it('imports a wallabag file without letting its <img onerror> through', async () => {
    const wallabag = JSON.stringify([
      {
        title: 'Ferries',
        url: 'https://ferry.example/a',
        is_archived: 0,
        is_starred: 1,
        content: HOSTILE,
        tags: ['sea'],
        created_at: '2024-01-02',
      },
    ]);
    await confirm(plan(strToU8(wallabag)));
    const db = await getLibrary();
    const article = await getArticle(db, (await lookupSaved(db, 'https://ferry.example/a'))!.id);
    expect(article).toMatchObject({ read: false, tags: ['sea'] });
    expect(article!.html).toMatch(/<img[^>]*>/);
    expect(article!.html).not.toMatch(/onerror|<script|javascript:/i);
  });

  it('merges with an article already saved: one row, its earlier date, read state and text kept, tags joined', async () => {
    await deliver('library:import', {
      items: [
        makeItem(1, {
          canonicalUrl: 'https://news.example/harbour',
          url: 'https://news.example/harbour',
          savedAt: 1_000,
          read: false,
          readAt: null,
          progress: 0.5,
          tags: ['mine'],
          text: 'Saved from the page.',
        }),
      ],
      offset: 0,
    });
    const outcome = await confirm(plan(omnivoreZip()));
    expect(outcome).toEqual({ kind: 'done', report: { added: 1, updated: 1, rejected: [], highlights: 0, rejectedHighlights: [] } });
    const db = await getLibrary();
    expect(await listIds(db, 'all')).toHaveLength(2);
    const merged = await getArticle(db, (await lookupSaved(db, 'https://news.example/harbour'))!.id);
    // Omnivore says archived: read wins; the saved article's earlier date, position and text stay.
    expect(merged).toMatchObject({
      savedAt: 1_000,
      read: true,
      progress: 0.5,
      text: 'Saved from the page.',
      tags: ['mine', 'ports', 'long reads'],
    });
  });

  it('a Broadsheet file restores its own fields and tags whole', async () => {
    const file = JSON.stringify({
      format: 'broadsheet-library',
      version: 1,
      count: 1,
      articles: [makeItem(7, { tags: ['kept'], byline: 'A. Writer', lang: 'en' })],
    });
    const p = plan(strToU8(file));
    expect(p.preview).toMatchObject({ format: 'broadsheet-json', items: 1, tags: 1 });
    await confirm(p);
    const db = await getLibrary();
    expect((await getMetas(db, [1]))[0]).toMatchObject({ tags: ['kept'], byline: 'A. Writer', lang: 'en', title: 'Story number 7' });
  });

  describe('a Broadsheet file with highlights (version 2)', () => {
    const highlight = (id: string, start: number, extra: Record<string, unknown> = {}) => ({
      id,
      target: {
        quote: { type: 'TextQuoteSelector', exact: 'Body', prefix: '', suffix: ' of story' },
        position: { type: 'TextPositionSelector', start, end: start + 4 },
      },
      colour: 'blue',
      note: 'mine',
      createdAt: 10,
      updatedAt: 20,
      ...extra,
    });
    const fileWith = (version: number, highlights: unknown) =>
      strToU8(
        JSON.stringify({
          format: 'broadsheet-library',
          version,
          count: 2,
          articles: [makeItem(7), { ...makeItem(8), highlights }],
        }),
      );

    it('writes the good highlights on the article as imported (its new id), and reports each bad one with its reason', async () => {
      await deliver('library:import', { items: [makeItem(1)], offset: 0 }); // id 1 is taken: the file's articles get new ids
      const p = plan(
        fileWith(2, [
          highlight('good-1', 0),
          highlight('bad-selector', 0, { target: { quote: { type: 'TextQuoteSelector', exact: '', prefix: '', suffix: '' } } }),
          highlight('bad-colour', 0, { colour: 'red' }),
          highlight('bad-note', 0, { note: 42 }),
          'not a highlight',
          highlight('good-2', 5, { articleId: 999, note: null }),
        ]),
      );
      expect(p.preview).toMatchObject({ format: 'broadsheet-json', items: 2, highlights: 6 });
      const outcome = await confirm(p);
      expect(outcome).toEqual({
        kind: 'done',
        report: {
          added: 2,
          updated: 0,
          rejected: [],
          highlights: 2,
          rejectedHighlights: [
            { index: 1, label: 'Story number 8', highlight: 1, reason: 'bad-quote-exact' },
            { index: 1, label: 'Story number 8', highlight: 2, reason: 'bad-colour' },
            { index: 1, label: 'Story number 8', highlight: 3, reason: 'bad-note' },
            { index: 1, label: 'Story number 8', highlight: 4, reason: 'not-an-object' },
          ],
        },
      });
      const id = (await lookupSaved(await getLibrary(), makeItem(8).canonicalUrl))!.id;
      expect(id).not.toBe(1);
      const listed = await deliver('highlights:list', { articleId: id });
      expect(listed).toMatchObject({ ok: true });
      const highlights = (listed as { value: { id: string; articleId: number; note: string }[] }).value;
      expect(highlights.map(({ id: hid, articleId, note }) => [hid, articleId, note])).toEqual([
        ['good-1', id, 'mine'],
        ['good-2', id, ''],
      ]);
    });

    it('a highlights field that is not a list is reported once; the article still imports', async () => {
      const outcome = await confirm(plan(fileWith(2, { not: 'a list' })));
      expect(outcome).toMatchObject({
        kind: 'done',
        report: {
          added: 2,
          highlights: 0,
          rejectedHighlights: [{ index: 1, label: 'Story number 8', highlight: 0, reason: 'bad-highlights' }],
        },
      });
    });

    it('a highlight id another article holds is not moved to this one: reported as id-taken', async () => {
      const items = [
        { ...makeItem(7), highlights: [highlight('shared', 0)] },
        { ...makeItem(8), highlights: [highlight('shared', 0), highlight('own', 0)] },
      ];
      const file = strToU8(JSON.stringify({ format: 'broadsheet-library', version: 2, count: 2, articles: items }));
      const outcome = await confirm(plan(file));
      expect(outcome).toMatchObject({
        kind: 'done',
        report: { added: 2, highlights: 2, rejectedHighlights: [{ index: 1, label: 'Story number 8', highlight: 0, reason: 'id-taken' }] },
      });
      const db = await getLibrary();
      const seven = (await lookupSaved(db, makeItem(7).canonicalUrl))!.id;
      expect((await allHighlights(db)).map((h) => [h.id, h.articleId === seven])).toEqual(
        expect.arrayContaining([
          ['shared', true],
          ['own', false],
        ]),
      );
      // The same file again: the same refusal, and no highlight is repeated.
      expect(await confirm(plan(file))).toMatchObject({
        report: { updated: 2, highlights: 2, rejectedHighlights: [{ reason: 'id-taken' }] },
      });
      expect(await allHighlights(db)).toHaveLength(2);
    });

    it('a version-1 file imports exactly as before: a highlights field in it is not read', async () => {
      const p = plan(fileWith(1, [highlight('h', 0)]));
      expect(p.preview).toMatchObject({ items: 2, highlights: 0 });
      expect(await confirm(p)).toEqual({
        kind: 'done',
        report: { added: 2, updated: 0, rejected: [], highlights: 0, rejectedHighlights: [] },
      });
      const db = await getLibrary();
      expect(await allHighlights(db)).toEqual([]);
      expect(await getArticle(db, (await lookupSaved(db, makeItem(8).canonicalUrl))!.id)).toMatchObject(makeItem(8));
    });
  });

  it('storage full part-way: the chunks written stay, the rest is reported as not imported', async () => {
    const lines = Array.from({ length: 250 }, (_, i) => `Story ${i},https://pocket.example/${i},${1_700_000_000 + i},tag${i % 3},unread`);
    const zip = zipSync({ 'part_000000.csv': strToU8(`title,url,time_added,tags,status\n${lines.join('\n')}\n`) });
    const p = plan(zip);
    expect(p.preview).toMatchObject({ format: 'pocket-zip', items: 250, tags: 3 });
    let bodies = 0;
    const put = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
      if (this.name === 'bodies' && ++bodies > 200) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    });
    const outcome = await confirm(p);
    expect(outcome).toMatchObject({ kind: 'stopped', done: 200, error: 'quota', report: { added: 200 } });
    vi.restoreAllMocks();
    expect(await listIds(await getLibrary(), 'all')).toHaveLength(200);
    expect(await search('tag1')).toHaveLength(67);
  });
});
