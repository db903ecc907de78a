/**
 * The import preview: what a file would bring, counted after merging duplicates, without writing
 * anything. The CLI prints it per file; the library page's Import… dialog is to show the same.
 */
import type { ImportCandidate, Rejection } from './candidate';
import { parseImportFile, type ImportFormat, type ParsedFile } from './detect';
import { mergeCandidates } from './merge';

/** The preview of a file that can be imported. */
export interface ImportPreview {
  format: ImportFormat;
  /** Distinct articles after merging duplicates by canonical URL. */
  items: number;
  unread: number;
  archived: number;
  /** Distinct tags. */
  tags: number;
  /** Items carrying text or HTML. */
  withText: number;
  highlights: number;
  rejected: Rejection[];
}

/** The preview of a parsed file whose candidates are already merged (`items`). */
export function previewOf(parsed: Pick<ParsedFile, 'format' | 'rejected'>, items: readonly ImportCandidate[]): ImportPreview {
  return {
    format: parsed.format,
    items: items.length,
    unread: items.filter((i) => !i.read).length,
    archived: items.filter((i) => i.read).length,
    tags: new Set(items.flatMap((i) => i.tags)).size,
    withText: items.filter((i) => i.text !== undefined || i.untrustedHtml !== undefined).length,
    highlights: items.reduce((n, i) => n + i.highlights.length, 0),
    rejected: parsed.rejected,
  };
}

/** The preview of a file's bytes, or why it is refused as a whole. */
export function previewImport(bytes: Uint8Array): { ok: true; preview: ImportPreview } | { ok: false; reason: string } {
  const parsed = parseImportFile(bytes);
  if (!parsed.ok) return { ok: false, reason: `${parsed.error}: ${parsed.message}` };
  return { ok: true, preview: previewOf(parsed.value, mergeCandidates(parsed.value.candidates)) };
}
