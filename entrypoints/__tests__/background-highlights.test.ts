/**
 * The background's highlight messages, delivered as the reader sends them: a highlight is checked
 * before it is stored, belongs to a saved article, changes colour and note, deletes with undo, and
 * goes when its article is purged; failures come back as values.
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import background from '@/entrypoints/background';
import { deliver } from '@/tests/deliver';
import type { Highlight } from '@/utils/annotations/types';
import { closeLibrary, getLibrary } from '@/utils/library/connection';
import { purgeDeleted } from '@/utils/library/remove';
import { freshIndexedDB, SCRIPTS } from '@/utils/library/__tests__/fixtures';

beforeEach(async () => {
  await closeLibrary();
  freshIndexedDB();
  background.main();
});
afterEach(() => closeLibrary());

function highlightOn(articleId: number, id = 'h1'): Highlight {
  const exact = 'पुस्तक मेले';
  const start = SCRIPTS.hindi.text.indexOf(exact);
  return {
    id,
    articleId,
    target: {
      quote: { type: 'TextQuoteSelector', exact, prefix: 'आयोजित ', suffix: ' में' },
      position: { type: 'TextPositionSelector', start, end: start + exact.length },
    },
    colour: 'green',
    note: 'भीड़',
    createdAt: 1,
    updatedAt: 1,
  };
}

async function savedHindi(): Promise<number> {
  const saved = await deliver('library:save', { article: SCRIPTS.hindi }, { tab: { id: 3 } as never });
  if (!saved.ok) throw new Error('not saved');
  return saved.value.id;
}

describe('highlight messages', () => {
  it('adds, lists, changes and deletes with undo', async () => {
    const id = await savedHindi();
    expect(await deliver('highlights:add', { highlight: highlightOn(id) }, { tab: { id: 3 } as never })).toMatchObject({
      ok: true,
      value: { id: 'h1', colour: 'green' },
    });
    expect(await deliver('highlights:list', { articleId: id })).toMatchObject({ ok: true, value: [{ id: 'h1', note: 'भीड़' }] });
    expect(await deliver('highlights:update', { id: 'h1', colour: 'pink', note: 'नया' })).toMatchObject({
      ok: true,
      value: { colour: 'pink', note: 'नया' },
    });
    expect(await deliver('highlights:delete', { ids: ['h1'] })).toEqual({ ok: true, value: ['h1'] });
    expect(await deliver('highlights:list', { articleId: id })).toEqual({ ok: true, value: [] });
    expect(await deliver('highlights:undo-delete', { ids: ['h1'] })).toMatchObject({ ok: true, value: [{ id: 'h1', colour: 'pink' }] });
    expect(await deliver('highlights:list', { articleId: id })).toMatchObject({ ok: true, value: [{ id: 'h1' }] });
  });

  it('refuses a malformed highlight, a highlight on an unsaved article and a bad change, as values', async () => {
    const id = await savedHindi();
    const bad = { ...highlightOn(id), colour: 'red' } as unknown as Highlight;
    expect(await deliver('highlights:add', { highlight: bad })).toMatchObject({ ok: false, error: 'invalid', message: 'bad-colour' });
    expect(await deliver('highlights:add', { highlight: highlightOn(id + 5) })).toMatchObject({ ok: false, error: 'no-article' });
    await deliver('highlights:add', { highlight: highlightOn(id) });
    expect(await deliver('highlights:update', { id: 'h1', colour: 'red' as never })).toMatchObject({ ok: false, error: 'invalid' });
    expect(await deliver('highlights:update', { id: 'h1', note: 'x'.repeat(100_001) })).toMatchObject({ ok: false, error: 'invalid' });
    expect(await deliver('highlights:update', { id: 'gone', note: 'x' })).toMatchObject({ ok: false, error: 'no-highlight' });
    expect(await deliver('highlights:list', { articleId: -1 })).toEqual({ ok: true, value: [] });
  });

  it('deleting the article deletes its highlights once the delete is purged', async () => {
    const id = await savedHindi();
    await deliver('highlights:add', { highlight: highlightOn(id) });
    await deliver('library:delete', { ids: [id] });
    await purgeDeleted(await getLibrary(), Date.now() + 1);
    expect(await (await getLibrary()).count('highlights')).toBe(0);
  });
});
