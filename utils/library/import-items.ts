/**
 * Writing one chunk of an import (the background's `library:import`, the library's only writer):
 * each entry is checked with validate-item.ts, the good ones written in one transaction, and then
 * each written article's highlights (version-2 Broadsheet files) checked one by one with
 * `validateHighlight` and written against the article's new id. A bad highlight is reported and
 * skipped; its article and the other highlights still import. Storage failures reject (the caller
 * turns them into values).
 *
 * Reasons for a highlight: validateHighlight's, `bad-highlights` (the field is not a list) or
 * `id-taken` (another article has a highlight with that id).
 */
import type { Highlight } from '../annotations/types';
import { validateHighlight } from '../annotations/validate-highlight';
import { putHighlights } from './highlights';
import { writeArticles } from './save';
import type { LibraryDB } from './schema';
import type { ImportReport, LibraryItem, RejectedHighlight, RejectedItem } from './types';
import { labelOf, validateItem } from './validate-item';

/** The raw `highlights` list of an entry: absent → none; present but not a list → null (reported). */
function rawHighlights(raw: unknown): unknown[] | null {
  const list = (raw as { highlights?: unknown }).highlights;
  return list === undefined ? [] : Array.isArray(list) ? list : null;
}

/**
 * One untrusted highlight of the file, checked for article `articleId`. The file links a highlight
 * to its article by nesting, so its own `articleId` (none in our files) is replaced, not trusted.
 */
function checkHighlight(raw: unknown, articleId: number): ReturnType<typeof validateHighlight> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return validateHighlight(raw);
  try {
    return validateHighlight({ ...raw, articleId });
  } catch {
    // A getter that throws while being copied: validateHighlight answers such input with a reason.
    return validateHighlight(raw);
  }
}

/** Imports `entries` (a chunk of a file starting at `offset`, for the report's positions). */
export async function importItems(db: LibraryDB, entries: readonly unknown[], offset: number): Promise<ImportReport> {
  const good: LibraryItem[] = [];
  const goodAt: number[] = [];
  const rejected: RejectedItem[] = [];
  entries.forEach((raw, i) => {
    const checked = validateItem(raw);
    if (checked.ok) {
      good.push(checked.value);
      goodAt.push(i);
    } else rejected.push({ index: offset + i, label: labelOf(raw), reason: checked.error });
  });
  const outcomes = good.length ? await writeArticles(db, good, 'merge') : [];
  const highlights: Highlight[] = [];
  // Where each good highlight came from, to report one whose id another article's highlight holds.
  const from: RejectedHighlight[] = [];
  const rejectedHighlights: RejectedHighlight[] = [];
  outcomes.forEach((outcome, k) => {
    const raw = entries[goodAt[k]!];
    const where = { index: offset + goodAt[k]!, label: labelOf(raw) };
    const list = rawHighlights(raw);
    if (list === null) return rejectedHighlights.push({ ...where, highlight: 0, reason: 'bad-highlights' });
    list.forEach((entry, h) => {
      const checked = checkHighlight(entry, outcome.id);
      if (checked.ok) {
        highlights.push(checked.value);
        from.push({ ...where, highlight: h, reason: 'id-taken' });
      } else rejectedHighlights.push({ ...where, highlight: h, reason: checked.error });
    });
  });
  const taken = await putHighlights(db, highlights);
  for (const i of taken) rejectedHighlights.push(from[i]!);
  rejectedHighlights.sort((a, b) => a.index - b.index || a.highlight - b.highlight);
  const added = outcomes.filter((o) => o.added).length;
  return { added, updated: outcomes.length - added, rejected, highlights: highlights.length - taken.size, rejectedHighlights };
}
