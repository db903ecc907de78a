/**
 * One article's highlights as the overlay and the reader page keep them, against the real
 * background (fakeBrowser) and a fake IndexedDB: the first highlight on an unsaved article saves
 * it first, changes show at once and are stored, a refused change is rolled back with its reason,
 * and a delete is undone.
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import background from '@/entrypoints/background';
import { deliver } from '@/tests/deliver';
import { routeMessagesToBackground } from '@/tests/extension-page';
import type { HighlightTarget } from '@/utils/annotations/types';
import { closeLibrary } from '@/utils/library/connection';
import { freshIndexedDB, SCRIPTS } from '@/utils/library/__tests__/fixtures';
import { HighlightsSession, newHighlightId } from '../highlights-session';

beforeEach(async () => {
  await closeLibrary();
  freshIndexedDB();
  background.main();
  routeMessagesToBackground();
});
afterEach(() => closeLibrary());

const target = (exact: string, start: number): HighlightTarget => ({
  quote: { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' },
  position: { type: 'TextPositionSelector', start, end: start + exact.length },
});

const stored = async (articleId: number) => {
  const result = await deliver('highlights:list', { articleId });
  return result.ok ? result.value : [];
};

describe('HighlightsSession', () => {
  it('saves an unsaved article before its first highlight, then stores changes and undoes a delete', async () => {
    const onChange = vi.fn();
    const ensureSaved = vi.fn(async () => {
      const saved = await deliver('library:save', { article: SCRIPTS.english });
      return saved.ok ? saved.value.id : null;
    });
    const session = new HighlightsSession(onChange, ensureSaved, () => 42);
    const id = await session.view.onAdd(target('Body', 0), 'blue', 'first note');
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(ensureSaved).toHaveBeenCalledTimes(1);
    expect(session.view.list).toHaveLength(1);
    const [saved] = await stored(1);
    expect(saved).toMatchObject({ id, colour: 'blue', note: 'first note', createdAt: 42 });

    await session.view.onAdd(target('text', 5), 'yellow', '');
    expect(ensureSaved).toHaveBeenCalledTimes(1);

    session.view.onUpdate(id!, { note: 'changed' });
    expect(session.view.list.find((h) => h.id === id)?.note).toBe('changed');
    await vi.waitFor(async () => expect((await stored(1)).find((h) => h.id === id)?.note).toBe('changed'));

    session.view.onDelete(id!);
    expect(session.view.undoable).toBe(true);
    expect(session.view.list).toHaveLength(1);
    await vi.waitFor(async () => expect(await stored(1)).toHaveLength(1));
    session.view.onUndo();
    await vi.waitFor(() => expect(session.view.list).toHaveLength(2));
    expect(await stored(1)).toHaveLength(2);
    expect(onChange).toHaveBeenCalled();
  });

  it('loads a saved article’s highlights, and rolls back a change the background refuses', async () => {
    const saved = await deliver('library:save', { article: SCRIPTS.hindi });
    if (!saved.ok) throw new Error('not saved');
    const first = new HighlightsSession(
      () => {},
      async () => saved.value.id,
    );
    await first.view.onAdd(target('पुस्तक', 0), 'green', '');
    const session = new HighlightsSession(
      () => {},
      async () => null,
    );
    await session.load(saved.value.id);
    expect(session.view.list.map((h) => h.colour)).toEqual(['green']);
    session.view.onUpdate(session.view.list[0]!.id, { note: 'x'.repeat(100_001) });
    await vi.waitFor(() => expect(session.view.error).not.toBeNull());
    expect(session.view.list[0]!.note).toBe('');
  });

  it('makes version 4 UUIDs without crypto.randomUUID (absent on plain-http pages)', () => {
    const ids = new Set(Array.from({ length: 50 }, newHighlightId));
    expect(ids.size).toBe(50);
  });
});
