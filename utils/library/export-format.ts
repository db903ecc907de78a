/**
 * The library export file: our own documented, versioned JSON format (docs in README.md,
 * "Library export format"). Writing is deterministic — fixed key order, articles newest first
 * with ties broken by canonical URL, no export timestamp — so export → import → export gives the
 * same bytes. Reading validates everything: the file comes from outside and is untrusted.
 *
 *   {"format":"broadsheet-library","version":1,"count":N,"articles":[
 *   {…one article per line…},
 *   …
 *   ]}
 */
import type { LibraryItem, RejectedItem } from './types';

/** The `format` marker that tells our file from any other JSON. */
export const EXPORT_FORMAT = 'broadsheet-library';
/** The newest format version this code writes and reads. */
export const EXPORT_VERSION = 1;

/** Field order in the file (and the fields there are). */
const FIELDS = [
  'canonicalUrl', 'url', 'title', 'byline', 'siteName', 'publishedTime', 'lang', 'dir', 'excerpt', 'leadImage',
  'wordCount', 'readingMinutes', 'savedAt', 'updatedAt', 'read', 'readAt', 'progress', 'html', 'text',
] as const satisfies readonly (keyof LibraryItem)[];

/** Upper bounds that keep a hostile file from filling the library with one giant article. */
const MAX_SHORT = 4_000;
const MAX_BODY = 10_000_000;

/** One article as a line of the file. */
export function serializeItem(item: LibraryItem): string {
  const ordered: Record<string, unknown> = {};
  for (const field of FIELDS) ordered[field] = item[field];
  return JSON.stringify(ordered);
}

/** The export order: newest first, then by canonical URL, independent of internal ids. */
export function compareForExport(a: Pick<LibraryItem, 'savedAt' | 'canonicalUrl'>, b: Pick<LibraryItem, 'savedAt' | 'canonicalUrl'>): number {
  return b.savedAt - a.savedAt || (a.canonicalUrl < b.canonicalUrl ? -1 : a.canonicalUrl > b.canonicalUrl ? 1 : 0);
}

/** The file's text before the articles. */
export function exportHead(count: number): string {
  return `{"format":"${EXPORT_FORMAT}","version":${EXPORT_VERSION},"count":${count},"articles":[\n`;
}

/** The file's text after the articles. */
export const EXPORT_TAIL = '\n]}\n';

/** The whole file for `items` (already in export order), as parts for a Blob (no one giant string). */
export function exportParts(items: Iterable<LibraryItem>, count: number): string[] {
  const parts = [exportHead(count)];
  let first = true;
  for (const item of items) {
    parts.push(first ? serializeItem(item) : `,\n${serializeItem(item)}`);
    first = false;
  }
  parts.push(EXPORT_TAIL);
  return parts;
}

/** Why a file cannot be imported at all. */
export type ImportFileError =
  /** Not JSON, or JSON without the articles list. */
  | 'corrupt'
  /** JSON, but not a Broadsheet library (another app's export). */
  | 'foreign'
  /** A Broadsheet library from a newer version than this one reads. */
  | 'newer-version';

/** Parses a file's text into its raw article entries (each still to be validated), or says why it cannot. */
export function parseExportFile(text: string): { ok: true; items: unknown[] } | { ok: false; error: ImportFileError; message: string } {
  let data: unknown;
  try {
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    return { ok: false, error: 'corrupt', message: error instanceof Error ? error.message : String(error) };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { ok: false, error: 'foreign', message: 'The file is not a Broadsheet library.' };
  }
  const file = data as Record<string, unknown>;
  if (file.format !== EXPORT_FORMAT) return { ok: false, error: 'foreign', message: `format is ${JSON.stringify(file.format)}` };
  if (typeof file.version !== 'number' || !Number.isInteger(file.version) || file.version < 1) {
    return { ok: false, error: 'corrupt', message: 'version is missing' };
  }
  if (file.version > EXPORT_VERSION) return { ok: false, error: 'newer-version', message: `version ${file.version}` };
  if (!Array.isArray(file.articles)) return { ok: false, error: 'corrupt', message: 'articles is not a list' };
  return { ok: true, items: file.articles };
}

type Check = (value: unknown) => boolean;
const str = (max: number): Check => (v) => typeof v === 'string' && v.length <= max;
const strOrNull = (max: number): Check => (v) => v === null || str(max)(v);
const webUrl: Check = (v) => {
  if (!str(MAX_SHORT)(v)) return false;
  try {
    return ['http:', 'https:', 'file:'].includes(new URL(v as string).protocol);
  } catch {
    return false;
  }
};
const time: Check = (v) => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 8.64e15;
const count: Check = (v) => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 1e9;

const CHECKS: Record<(typeof FIELDS)[number], Check> = {
  canonicalUrl: webUrl,
  url: webUrl,
  title: str(MAX_SHORT),
  byline: strOrNull(MAX_SHORT),
  siteName: strOrNull(MAX_SHORT),
  publishedTime: strOrNull(100),
  lang: (v) => typeof v === 'string' && /^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*$/.test(v),
  dir: (v) => v === 'ltr' || v === 'rtl',
  excerpt: strOrNull(MAX_SHORT),
  leadImage: strOrNull(MAX_SHORT),
  wordCount: count,
  readingMinutes: count,
  savedAt: time,
  updatedAt: time,
  read: (v) => typeof v === 'boolean',
  readAt: (v) => v === null || time(v),
  progress: (v) => typeof v === 'number' && v >= 0 && v <= 1,
  html: str(MAX_BODY),
  text: str(MAX_BODY),
};

/** Checks one raw entry of a file: the item, or why it was rejected. */
export function validateItem(raw: unknown, index: number): { ok: true; item: LibraryItem } | { ok: false; rejected: RejectedItem } {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, rejected: { index, label: null, reason: 'not-an-object' } };
  }
  const entry = raw as Record<string, unknown>;
  const label = typeof entry.title === 'string' && entry.title ? entry.title.slice(0, 200) : typeof entry.url === 'string' ? entry.url.slice(0, 200) : null;
  const item: Record<string, unknown> = {};
  for (const field of FIELDS) {
    if (!CHECKS[field](entry[field])) return { ok: false, rejected: { index, label, reason: `bad-${field}` } };
    item[field] = entry[field];
  }
  return { ok: true, item: item as unknown as LibraryItem };
}
