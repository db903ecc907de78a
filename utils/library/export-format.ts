/**
 * The library export file: our own documented, versioned JSON format (docs in README.md,
 * "Library export format"). Writing is deterministic — fixed key order, articles newest first
 * with ties broken by canonical URL, no export timestamp — so export → import → export gives the
 * same bytes. Reading checks the file's frame here and each article with validate-item.ts: the
 * file comes from outside and is untrusted.
 *
 *   {"format":"broadsheet-library","version":2,"count":N,"articles":[
 *   {…one article per line, its highlights (if any) in its `highlights` field…},
 *   …
 *   ]}
 *
 * Version 2 added `highlights`. A highlight is carried inside its article, without `articleId`: the
 * article's id is the library's own and changes on import, so the nesting is the link.
 */
import type { Highlight } from '../annotations/types';
import { fail, ok, type Result } from '../result';
import type { LibraryItem } from './types';
import { ITEM_FIELDS } from './validate-item';

/** The `format` marker that tells our file from any other JSON. */
export const EXPORT_FORMAT = 'broadsheet-library';
/** The newest format version this code writes and reads. */
export const EXPORT_VERSION = 2;

/** An article's highlights in the export order: as they stand in the text, then by age, then by id (a total order). */
export function compareHighlightsForExport(a: Highlight, b: Highlight): number {
  return a.target.position.start - b.target.position.start || a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** One highlight as the file carries it: fixed key order, no `articleId` (its article is the one it is in). */
function exportedHighlight({ id, target: { quote, position }, colour, note, createdAt, updatedAt }: Highlight) {
  return {
    id,
    target: {
      quote: { type: quote.type, exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix },
      position: { type: position.type, start: position.start, end: position.end },
    },
    colour,
    note,
    createdAt,
    updatedAt,
  };
}

/**
 * One article as a line of the file, with its highlights (already in export order) last; an
 * article without highlights has no `highlights` field, so its line reads as it did in version 1.
 */
export function serializeItem(item: LibraryItem, highlights: readonly Highlight[] = []): string {
  const ordered: Record<string, unknown> = {};
  for (const field of ITEM_FIELDS) ordered[field] = item[field];
  if (highlights.length > 0) ordered.highlights = highlights.map(exportedHighlight);
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
  return ok(file.version < 2 ? file.articles.map(withoutHighlights) : file.articles);
}

/**
 * The migration from version 1: highlights did not exist, so a `highlights` field in a version-1
 * file is not ours and is dropped, and the file imports exactly as it did before version 2.
 */
function withoutHighlights(entry: unknown): unknown {
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry) || !Object.hasOwn(entry, 'highlights')) return entry;
  const { highlights: _highlights, ...rest } = entry as Record<string, unknown>;
  return rest;
}
