/**
 * A site rule: the user's fix for a site where the automatic reader gets the article wrong ("the
 * story is this block, without that one"), kept as a small versioned JSON document so it can be
 * stored, exported and shared. Rules come from storage, files and other people, so every field is
 * checked here, once, and the rest of the code meets only a `SiteRule` that passed.
 *
 *   {"version":1,"site":"example.org","pathPrefix":"/news/","select":["article .story","#main"],
 *    "exclude":[".related"],"fingerprint":{…},"createdAt":"2026-12-02T13:00:00.000Z"}
 *
 * Limits are part of the format: a selector engine's cost grows with the selector, and each
 * selector runs on every open of a page on that site, so long selectors and long lists are refused
 * when the rule is read, not when a page is slow.
 */
import { SHAPE_KEYS, MAX_CLASSES, type Fingerprint, type ShapeKey } from './fingerprint';
import { fail, ok, type Result } from '../result';

/** The format version this code reads and writes. */
export const RULE_VERSION = 1;
/** Most selectors in `select`, and in `exclude`. */
export const MAX_SELECTORS = 20;
/** Longest selector (characters): a structural path twenty levels deep fits in a few hundred. */
export const MAX_SELECTOR_CHARS = 1000;
/** Longest `pathPrefix` (characters, percent-encoded). */
export const MAX_PATH_PREFIX = 2048;
/** Largest rule document read (characters): a full rule with a fingerprint is under 3,000. */
export const MAX_RULE_JSON = 64 * 1024;

/** A rule that passed `parseRule`. */
export interface SiteRule {
  version: typeof RULE_VERSION;
  /** The host it is for, lower case, IDNs in punycode; "www." and the bare host are the same site. */
  site: string;
  /** Pages whose path starts with this, at a "/" boundary ("/news" is /news and /news/…, not /newsletter); "/" for the whole site. */
  pathPrefix: string;
  /** CSS selectors for the article block, tried in order; the first that finds a valid block wins. */
  select: string[];
  /** CSS selectors of blocks inside the article to leave out (a comment thread, a related box). */
  exclude: string[];
  /** The block the rule was made from (fingerprint.ts); a candidate too unlike it is rejected. */
  fingerprint?: Fingerprint;
  /** When the rule was made, ISO 8601. */
  createdAt?: string;
}

/** Why a rule document was refused. */
export type RuleError =
  /** Not JSON, or larger than MAX_RULE_JSON. */
  | 'invalid-json'
  /** A `version` this code does not read (a newer extension wrote it). */
  | 'unsupported-version'
  /** A field missing, of the wrong type, out of bounds, or not in the format. */
  | 'invalid-rule';

const FIELDS = new Set(['version', 'site', 'pathPrefix', 'select', 'exclude', 'fingerprint', 'createdAt']);
const FINGERPRINT_FIELDS = new Set(['tag', 'classes', 'shape', 'links', 'chars']);
/** Whitespace and control characters: never in a host or a path prefix. */
// eslint-disable-next-line no-control-regex -- looking for control characters
const SPACE_OR_CONTROL = /[\s\u0000-\u001f\u007f]/;
// eslint-disable-next-line no-control-regex -- looking for control characters
const CONTROL = /[\u0000-\u001f\u007f]/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/;

type Check<T> = Result<T, 'invalid-rule'>;
const bad = (message: string) => fail('invalid-rule', message);
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The host, normalized as URLs do (lower case, punycode), or null when `site` is not a bare host. */
export function normalizeSite(site: string): string | null {
  if (!site || site.length > 253 || SPACE_OR_CONTROL.test(site) || /[/:@?#\\[\]]/.test(site)) return null;
  try {
    const host = new URL(`http://${site}`).hostname;
    return host && !host.startsWith('.') && !host.endsWith('.') ? host : null;
  } catch {
    return null;
  }
}

function site(value: unknown): Check<string> {
  if (typeof value !== 'string') return bad('site: must be a host name such as "example.org"');
  const host = normalizeSite(value.trim());
  return host ? ok(host) : bad(`site: "${value.slice(0, 80)}" is not a host name (no scheme, port or path)`);
}

function pathPrefix(value: unknown): Check<string> {
  if (value === undefined) return ok('/');
  if (typeof value !== 'string' || !value.startsWith('/')) return bad('pathPrefix: must be a path starting with "/"');
  if (value.length > MAX_PATH_PREFIX) return bad(`pathPrefix: longer than ${MAX_PATH_PREFIX} characters`);
  if (SPACE_OR_CONTROL.test(value) || /[?#\\]/.test(value) || value.startsWith('//'))
    return bad('pathPrefix: a path only (no spaces, query, fragment or host)');
  // The form a page's URL has: percent-encoded ("/समाचार/" → "/%E0%A4%B8…/"), dot segments resolved.
  return ok(new URL(value, 'http://h').pathname);
}

function selectors(field: 'select' | 'exclude', value: unknown, required: boolean): Check<string[]> {
  if (value === undefined && !required) return ok([]);
  if (!Array.isArray(value)) return bad(`${field}: must be a list of CSS selectors`);
  if (required && !value.length) return bad(`${field}: needs at least one selector`);
  if (value.length > MAX_SELECTORS) return bad(`${field}: ${value.length} selectors; at most ${MAX_SELECTORS}`);
  const out: string[] = [];
  for (const [i, s] of value.entries()) {
    if (typeof s !== 'string' || !s.trim()) return bad(`${field}[${i}]: must be a non-empty string`);
    if (s.length > MAX_SELECTOR_CHARS) return bad(`${field}[${i}]: ${s.length} characters; at most ${MAX_SELECTOR_CHARS}`);
    if (CONTROL.test(s)) return bad(`${field}[${i}]: control characters are not allowed`);
    out.push(s.trim());
  }
  return ok(out);
}

const count = (v: unknown, max: number): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= max;

function fingerprint(value: unknown): Check<Fingerprint | undefined> {
  if (value === undefined) return ok(undefined);
  if (!isRecord(value)) return bad('fingerprint: must be an object');
  const extra = Object.keys(value).find((k) => !FINGERPRINT_FIELDS.has(k));
  if (extra !== undefined) return bad(`fingerprint.${extra.slice(0, 40)}: not a fingerprint field`);
  const { tag, classes, shape, links, chars } = value;
  if (typeof tag !== 'string' || !/^[a-z][a-z0-9-]{0,31}$/.test(tag)) return bad('fingerprint.tag: must be a lower-case tag name');
  if (!Array.isArray(classes) || classes.length > MAX_CLASSES || !classes.every((c) => typeof c === 'string' && c && c.length <= 64))
    return bad(`fingerprint.classes: must be at most ${MAX_CLASSES} class names`);
  if (!isRecord(shape) || Object.keys(shape).length !== SHAPE_KEYS.length || !SHAPE_KEYS.every((k) => count(shape[k], 1e6)))
    return bad(`fingerprint.shape: must count exactly ${SHAPE_KEYS.join(', ')} (whole numbers)`);
  if (typeof links !== 'number' || !(links >= 0 && links <= 1)) return bad('fingerprint.links: must be a share from 0 to 1');
  if (!count(chars, 1e8)) return bad('fingerprint.chars: must be a whole number of characters');
  return ok({ tag, classes: [...(classes as string[])], shape: { ...(shape as Record<ShapeKey, number>) }, links, chars });
}

function createdAt(value: unknown): Check<string | undefined> {
  if (value === undefined) return ok(undefined);
  if (typeof value !== 'string' || !ISO_DATE.test(value) || Number.isNaN(Date.parse(value)))
    return bad('createdAt: must be an ISO 8601 date and time');
  return ok(value);
}

/**
 * Checks an untrusted rule (already parsed from JSON) field by field. Never throws.
 * @returns the rule with defaults filled in (`pathPrefix` "/", `exclude` []) and host and path
 *   normalized, or the first problem found, naming its field.
 */
export function parseRule(input: unknown): Result<SiteRule, RuleError> {
  if (!isRecord(input)) return bad('A rule must be a JSON object');
  if (input.version !== RULE_VERSION) {
    return typeof input.version === 'number' && Number.isInteger(input.version) && input.version > RULE_VERSION
      ? fail('unsupported-version', `Rule version ${input.version} is newer than this extension reads (${RULE_VERSION}): update it`)
      : fail('unsupported-version', `version: must be ${RULE_VERSION}`);
  }
  const extra = Object.keys(input).find((k) => !FIELDS.has(k));
  if (extra !== undefined) return bad(`${extra.slice(0, 40)}: not a rule field (fields: ${[...FIELDS].join(', ')})`);
  const host = site(input.site);
  if (!host.ok) return host;
  const path = pathPrefix(input.pathPrefix);
  if (!path.ok) return path;
  const select = selectors('select', input.select, true);
  if (!select.ok) return select;
  const exclude = selectors('exclude', input.exclude, false);
  if (!exclude.ok) return exclude;
  const print = fingerprint(input.fingerprint);
  if (!print.ok) return print;
  const created = createdAt(input.createdAt);
  if (!created.ok) return created;
  const rule: SiteRule = { version: RULE_VERSION, site: host.value, pathPrefix: path.value, select: select.value, exclude: exclude.value };
  if (print.value) rule.fingerprint = print.value;
  if (created.value) rule.createdAt = created.value;
  return ok(rule);
}

/** `parseRule` for the rule's JSON text (a file, a paste, storage). */
export function parseRuleJson(text: string): Result<SiteRule, RuleError> {
  if (text.length > MAX_RULE_JSON) return fail('invalid-json', `The rule is ${text.length} characters; at most ${MAX_RULE_JSON}`);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return fail('invalid-json', `Not JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  return parseRule(value);
}
