/**
 * An import in two steps, as the library page runs it: `planImport` reads a file (any format
 * detect.ts knows) into what the preview shows, writing nothing; `planItems`, once the user
 * confirms, turns the plan into the entries the background writes chunk by chunk. A Broadsheet
 * library file goes whole (every field it has, checked again by the background with
 * validate-item.ts: a backup restores exactly); other tools' entries become items through
 * to-items.ts, their HTML through the one sanitizer gate.
 */
import { fail, ok, type Result } from '../../result';
import { parseExportFile } from '../export-format';
import { decodeText } from './bytes';
import type { ImportCandidate } from './candidate';
import { parseImportFile, type DetectError } from './detect';
import { mergeCandidates } from './merge';
import { previewOf, type ImportPreview } from './preview';
import type { ImportedBody } from './sanitize-body';
import { candidateToItem } from './to-items';

/** What a file would import: the preview and what confirming writes. */
export interface ImportPlan {
  preview: ImportPreview;
  /** Other tools' entries, one per canonical URL. */
  candidates: ImportCandidate[];
  /** A Broadsheet file's own entries, raw (the background validates each), or null for other formats. */
  ownEntries: unknown[] | null;
}

/** Why a file cannot be imported at all: its format, or a Broadsheet file newer than this version reads. */
export type PlanError = DetectError | 'newer-version';

/** Reads a file's bytes into a plan, or says why the file cannot be imported at all. */
export function planImport(bytes: Uint8Array): Result<ImportPlan, PlanError> {
  const parsed = parseImportFile(bytes);
  if (!parsed.ok) {
    // Our own file, from a newer version: say so (an update reads it), rather than "not a reading list".
    const own = parsed.error === 'unknown-format' && bytes[0] !== 0x50 ? parseExportFile(decodeText(bytes)) : null;
    return own && !own.ok && own.error === 'newer-version' ? fail('newer-version', own.message) : parsed;
  }
  const candidates = mergeCandidates(parsed.value.candidates);
  let ownEntries: unknown[] | null = null;
  if (parsed.value.format === 'broadsheet-json') {
    const file = parseExportFile(decodeText(bytes));
    if (!file.ok) return fail('unknown-format', file.message);
    ownEntries = file.value;
  }
  return ok({ preview: previewOf(parsed.value, candidates), candidates, ownEntries });
}

/** The entries to send to the background once the user confirms. */
export function planItems(plan: ImportPlan, body: (c: ImportCandidate) => ImportedBody, now: number): unknown[] {
  return plan.ownEntries ?? plan.candidates.map((candidate) => candidateToItem(candidate, body, now));
}

/** The canonical URLs the plan would write, for counting those already saved. */
export function planUrls(plan: ImportPlan): string[] {
  if (!plan.ownEntries) return plan.candidates.map((c) => c.canonicalUrl);
  return plan.ownEntries.flatMap((entry) => {
    const url = typeof entry === 'object' && entry !== null ? (entry as { canonicalUrl?: unknown }).canonicalUrl : undefined;
    return typeof url === 'string' ? [url] : [];
  });
}
