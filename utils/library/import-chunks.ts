/**
 * Importing a parsed export file a chunk at a time: each chunk is one message to the background,
 * small enough to pass (at most CHUNK_ITEMS articles or about CHUNK_CHARS characters, whichever
 * comes first; a single larger article still goes, alone), and the reports add up to one. Pure:
 * `send` is the message, so the page passes it and tests pass a function.
 */
import type { Result } from '../result';
import type { ImportReport } from './types';

/** At most this many articles per chunk. */
export const CHUNK_ITEMS = 200;
/** At most about this many characters of body per chunk. */
export const CHUNK_CHARS = 8_000_000;

/** The size of an entry, roughly, for chunking. */
function sizeOf(raw: unknown): number {
  if (typeof raw !== 'object' || raw === null) return 16;
  const { html, text } = raw as { html?: unknown; text?: unknown };
  return (typeof html === 'string' ? html.length : 0) + (typeof text === 'string' ? text.length : 0) + 1000;
}

/** The chunks of `items`, as [start, end) ranges in order. */
export function chunkRanges(items: readonly unknown[], maxItems = CHUNK_ITEMS, maxChars = CHUNK_CHARS): [number, number][] {
  const ranges: [number, number][] = [];
  let offset = 0;
  while (offset < items.length) {
    let end = offset;
    let chars = 0;
    while (end < items.length && end - offset < maxItems && (chars === 0 || chars + sizeOf(items[end]) <= maxChars)) {
      chars += sizeOf(items[end]);
      end++;
    }
    ranges.push([offset, end]);
    offset = end;
  }
  return ranges;
}

/** How an import ended: every chunk written, or stopped at `done` items by a failure. */
export type ImportOutcome =
  | { kind: 'done'; report: ImportReport }
  | { kind: 'stopped'; report: ImportReport; done: number; error: 'quota' | 'failed'; message: string };

/**
 * Sends `items` chunk by chunk and adds up the reports; stops at the first chunk that fails (what
 * came before it stays imported). `onProgress` hears how many items were sent before each chunk.
 */
export async function importInChunks(
  items: readonly unknown[],
  send: (chunk: unknown[], offset: number) => Promise<Result<ImportReport, 'quota' | 'failed'>>,
  onProgress: (done: number, total: number) => void = () => {},
): Promise<ImportOutcome> {
  const report: ImportReport = { added: 0, updated: 0, rejected: [], highlights: 0, rejectedHighlights: [] };
  for (const [start, end] of chunkRanges(items)) {
    onProgress(start, items.length);
    const result = await send(items.slice(start, end), start);
    if (!result.ok) return { kind: 'stopped', report, done: start, error: result.error, message: result.message };
    report.added += result.value.added;
    report.updated += result.value.updated;
    report.rejected.push(...result.value.rejected);
    report.highlights += result.value.highlights;
    report.rejectedHighlights.push(...result.value.rejectedHighlights);
  }
  return { kind: 'done', report };
}
