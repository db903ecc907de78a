/**
 * Import chunking: chunks stay under both limits (a single larger article still goes, alone),
 * cover the file in order with nothing lost or repeated, the reports add up with indexes in the
 * whole file, and a failing chunk stops the import where it failed.
 */
import { describe, expect, it, vi } from 'vitest';
import { fail, ok } from '../../result';
import { chunkRanges, importInChunks } from '../import-chunks';
import type { ImportReport } from '../types';

const article = (chars: number) => ({ html: 'x'.repeat(chars), text: '' });

describe('chunkRanges', () => {
  it('covers every item once, in order, at most maxItems at a time', () => {
    const ranges = chunkRanges(
      Array.from({ length: 450 }, () => article(10)),
      200,
      1e9,
    );
    expect(ranges).toEqual([
      [0, 200],
      [200, 400],
      [400, 450],
    ]);
  });

  it('cuts by size too, and sends an oversized article alone rather than never', () => {
    // Each entry counts its html and text plus 1,000 for the rest.
    const items = [article(4_000), article(4_000), article(20_000), article(1)];
    expect(chunkRanges(items, 200, 10_000)).toEqual([
      [0, 2],
      [2, 3],
      [3, 4],
    ]);
  });

  it('has no chunks for an empty file', () => {
    expect(chunkRanges([])).toEqual([]);
  });
});

describe('importInChunks', () => {
  const answer = (added: number, rejectedAt: number[] = []): ReturnType<typeof ok<ImportReport>> =>
    ok({
      added,
      updated: 1,
      rejected: rejectedAt.map((index) => ({ index, label: null, reason: 'bad-title' })),
      highlights: 0,
      rejectedHighlights: [],
    });

  it('adds the chunk reports up and tells progress before each chunk', async () => {
    const items = Array.from({ length: 250 }, () => article(1));
    const send = vi.fn(async (chunk: unknown[], offset: number) => answer(chunk.length - 1, [offset]));
    const progress = vi.fn();
    const outcome = await importInChunks(items, send, progress);
    expect(send.mock.calls.map(([chunk, offset]) => [chunk.length, offset])).toEqual([
      [200, 0],
      [50, 200],
    ]);
    expect(progress.mock.calls).toEqual([
      [0, 250],
      [200, 250],
    ]);
    expect(outcome).toEqual({
      kind: 'done',
      report: {
        added: 248,
        updated: 2,
        rejected: [
          { index: 0, label: null, reason: 'bad-title' },
          { index: 200, label: null, reason: 'bad-title' },
        ],
        highlights: 0,
        rejectedHighlights: [],
      },
    });
  });

  it('stops at the chunk that failed, keeping what came before', async () => {
    const items = Array.from({ length: 450 }, () => article(1));
    const send = vi.fn(async (chunk: unknown[], offset: number) => (offset === 200 ? fail('quota', 'full') : answer(chunk.length)));
    expect(await importInChunks(items, send)).toEqual({
      kind: 'stopped',
      report: { added: 200, updated: 1, rejected: [], highlights: 0, rejectedHighlights: [] },
      done: 200,
      error: 'quota',
      message: 'full',
    });
    expect(send).toHaveBeenCalledTimes(2);
  });
});
