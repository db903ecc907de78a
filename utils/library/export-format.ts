/**
 * The library export file: our own documented, versioned JSON format (docs in README.md,
 * "Library export format"). Writing is deterministic — fixed key order, articles newest first
 * with ties broken by canonical URL, no export timestamp — so export → import → export gives the
 * same bytes. Reading checks the file's frame here and each article with validate-item.ts: the
 * file comes from outside and is untrusted.
 *
 *   {"format":"broadsheet-library","version":1,"count":N,"articles":[
 *   {…one article per line…},
 *   …
 *   ]}
 */
import { fail, ok, type Result } from '../result';
import type { LibraryItem } from './types';
import { ITEM_FIELDS } from './validate-item';

/** The `format` marker that tells our file from any other JSON. */
export const EXPORT_FORMAT = 'broadsheet-library';
/** The newest format version this code writes and reads. */
export const EXPORT_VERSION = 1;

/** One article as a line of the file. */
export function serializeItem(item: LibraryItem): string {
  const ordered: Record<string, unknown> = {};
  for (const field of ITEM_FIELDS) ordered[field] = item[field];
  return JSON.stringify(ordered);
}

/** The export order: newest first, then by canonical URL, independent of internal ids. */
export function compareForExport(
  a: Pick<LibraryItem, 'savedAt' | 'canonicalUrl'>,
  b: Pick<LibraryItem, 'savedAt' | 'canonicalUrl'>,
): number {
  return b.savedAt - a.savedAt || (a.canonicalUrl < b.canonicalUrl ? -1 : a.canonicalUrl > b.canonicalUrl ? 1 : 0);
}

/** The file's text before the articles. */
export function exportHead(count: number): string {
  return `{"format":"${EXPORT_FORMAT}","version":${EXPORT_VERSION},"count":${count},"articles":[\n`;
}

/** The file's text after the articles. */
export const EXPORT_TAIL = '\n]}\n';

/** Why a file cannot be imported at all. */
export type ImportFileError =
  /** Not JSON, or JSON without the articles list. */
  | 'corrupt'
  /** JSON, but not a Broadsheet library (another app's export). */
  | 'foreign'
  /** A Broadsheet library from a newer version than this one reads. */
  | 'newer-version';

/** Parses a file's text into its raw article entries (each still to be validated), or says why it cannot. */
export function parseExportFile(text: string): Result<unknown[], ImportFileError> {
  let data: unknown;
  try {
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    return fail('corrupt', error instanceof Error ? error.message : String(error));
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return fail('foreign', 'The file is not a Broadsheet library.');
  }
  const file = data as Record<string, unknown>;
  if (file.format !== EXPORT_FORMAT) return fail('foreign', `format is ${JSON.stringify(file.format)}`);
  if (typeof file.version !== 'number' || !Number.isInteger(file.version) || file.version < 1) {
    return fail('corrupt', 'version is missing');
  }
  if (file.version > EXPORT_VERSION) return fail('newer-version', `version ${file.version}`);
  if (!Array.isArray(file.articles)) return fail('corrupt', 'articles is not a list');
  return ok(file.articles);
}
