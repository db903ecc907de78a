/**
 * The one check for articles that come from outside the library's own code: the items of an
 * import file, and an article a content script sends to be saved. Each field has one check; the
 * table is typed from LibraryItem's keys, so a field added to `Article` does not compile until it
 * has a check here (and with it a place in the export file, whose field order is this table's).
 */
import type { Article } from '../extract/types';
import { fail, ok, type Result } from '../result';
import type { LibraryItem } from './types';

/** Upper bounds that keep a hostile file from filling the library with one giant article. */
const MAX_SHORT = 4_000;
const MAX_BODY = 10_000_000;
/** At most this many tags per article, each at most MAX_TAG characters (a chip, not a paragraph). */
export const MAX_TAGS = 100;
export const MAX_TAG = 200;

type Check = (value: unknown) => boolean;
const str =
  (max: number): Check =>
  (v) =>
    typeof v === 'string' && v.length <= max;
const strOrNull =
  (max: number): Check =>
  (v) =>
    v === null || str(max)(v);
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
const tagList: Check = (v) =>
  Array.isArray(v) &&
  v.length <= MAX_TAGS &&
  v.every((t) => typeof t === 'string' && t !== '' && t.length <= MAX_TAG && t.trim() === t) &&
  new Set(v).size === v.length;

/** One check per field, in the export file's field order. */
const CHECKS: { [K in keyof LibraryItem]-?: Check } = {
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
  tags: tagList,
  html: str(MAX_BODY),
  text: str(MAX_BODY),
};

/**
 * Fields an older file may lack, and the value they take then: export files written before tags
 * existed are still version 1 (a reader that does not know a field ignores it), so `tags` is optional.
 */
const DEFAULTS: { [K in keyof LibraryItem]?: () => LibraryItem[K] } = { tags: () => [] };

/** Every field of a library item, in the export file's order. */
export const ITEM_FIELDS = Object.keys(CHECKS) as (keyof LibraryItem)[];

/** The fields an extracted article brings (the rest is the library's state). */
const ARTICLE_FIELDS = ITEM_FIELDS.filter(
  (field): field is keyof LibraryItem & keyof Article => !['savedAt', 'updatedAt', 'read', 'readAt', 'progress', 'tags'].includes(field),
);

/** Why an entry was refused: `not-an-object`, or `bad-<field>` for the first field that failed its check. */
export type RejectReason = 'not-an-object' | `bad-${keyof LibraryItem}`;

/** A copy of `raw` with exactly `fields`, each checked; the first field that fails says why. */
function pickChecked<T>(raw: unknown, fields: readonly (keyof LibraryItem)[]): Result<T, RejectReason> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return fail('not-an-object', 'not an object');
  const entry = raw as Record<string, unknown>;
  const picked: Record<string, unknown> = {};
  for (const field of fields) {
    const value = entry[field] === undefined && DEFAULTS[field] ? DEFAULTS[field]() : entry[field];
    if (!CHECKS[field](value)) return fail(`bad-${field}`, `${field} is missing or malformed`);
    picked[field] = value;
  }
  return ok(picked as T);
}

/** Checks one raw entry of an import file: the item (only its known fields), or why it was refused. */
export function validateItem(raw: unknown): Result<LibraryItem, RejectReason> {
  return pickChecked<LibraryItem>(raw, ITEM_FIELDS);
}

/**
 * Checks an article a content script sent to be saved (the message crossed a context boundary).
 * Its html is still to be sanitized again before every render, as every stored body is.
 */
export function validateArticle(raw: unknown): Result<Omit<Article, 'html'> & { html: string }, RejectReason> {
  return pickChecked(raw, ARTICLE_FIELDS);
}

/** What the user sees for an entry in the import report: its title or URL, if it has one. */
export function labelOf(raw: unknown): string | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const { title, url } = raw as { title?: unknown; url?: unknown };
  return typeof title === 'string' && title ? title.slice(0, 200) : typeof url === 'string' ? url.slice(0, 200) : null;
}
