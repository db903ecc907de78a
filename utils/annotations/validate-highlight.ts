/**
 * The one check for highlights that come from outside Broadsheet's own code: an import file, or a
 * message from a content script. Untrusted input is answered with a Result, never a throw, and the
 * reason names the first field that failed (`bad-quote-exact`), so an import report can say which
 * highlight was refused and why. What passes is a fresh object with exactly the known fields.
 */
import { fail, ok, type Result } from '../result';
import { HIGHLIGHT_COLOURS, type Highlight, type HighlightColour } from './types';

/** Bounds that keep a hostile file from storing giant strings: the longest body the library keeps, and generous field sizes. */
const MAX_TEXT_OFFSET = 10_000_000;
const MAX_QUOTE = 200_000;
/** We keep 32 characters of context; other tools keep more, so more is accepted up to this. */
const MAX_CONTEXT = 1_000;
/** The longest note kept (also checked when a note is edited). */
export const MAX_NOTE = 100_000;
const MAX_ID = 200;

/** Why a highlight was refused: the first field that is missing or malformed. */
export type HighlightRejectReason =
  | 'not-an-object'
  | 'bad-id'
  | 'bad-articleId'
  | 'bad-target'
  | 'bad-quote'
  | 'bad-quote-exact'
  | 'bad-quote-prefix'
  | 'bad-quote-suffix'
  | 'bad-position'
  | 'bad-position-offsets'
  | 'bad-colour'
  | 'bad-note'
  | 'bad-createdAt'
  | 'bad-updatedAt';

type Fields = Record<string, unknown>;

/** The value as a plain record, or null for anything else (arrays included). */
function record(value: unknown): Fields | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Fields) : null;
}

const isString = (v: unknown, min: number, max: number): v is string => typeof v === 'string' && v.length >= min && v.length <= max;
const isOffset = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= MAX_TEXT_OFFSET;
const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 8.64e15;
const isColour = (v: unknown): v is HighlightColour => typeof v === 'string' && (HIGHLIGHT_COLOURS as readonly string[]).includes(v);

/**
 * Checks one untrusted highlight. A missing or null note is read as no note (''); every other field
 * is required. The position must be a non-empty span (`start < end`) but need not be exactly the
 * quote's length: other tools count code points, and anchoring checks the position against the
 * quote anyway.
 */
export function validateHighlight(raw: unknown): Result<Highlight, HighlightRejectReason> {
  try {
    return check(raw);
  } catch {
    // Only a non-plain object (a Proxy, a getter) can throw while its fields are read: not a highlight.
    return fail('not-an-object', 'the highlight could not be read as plain data');
  }
}

function check(raw: unknown): Result<Highlight, HighlightRejectReason> {
  const entry = record(raw);
  if (!entry) return fail('not-an-object', 'the highlight is not an object');
  const { id, articleId, target, colour, note, createdAt, updatedAt } = entry;
  if (!isString(id, 1, MAX_ID)) return fail('bad-id', `id must be a string of 1 to ${MAX_ID} characters`);
  if (typeof articleId !== 'number' || !Number.isInteger(articleId) || articleId < 1) {
    return fail('bad-articleId', 'articleId must be a positive integer');
  }
  const selectors = record(target);
  if (!selectors) return fail('bad-target', 'target must be an object with quote and position');
  const quote = record(selectors.quote);
  if (!quote || quote.type !== 'TextQuoteSelector')
    return fail('bad-quote', "target.quote must be a TextQuoteSelector (type 'TextQuoteSelector')");
  if (!isString(quote.exact, 1, MAX_QUOTE))
    return fail('bad-quote-exact', `target.quote.exact must be a string of 1 to ${MAX_QUOTE} characters`);
  if (!isString(quote.prefix, 0, MAX_CONTEXT))
    return fail('bad-quote-prefix', `target.quote.prefix must be a string of at most ${MAX_CONTEXT} characters`);
  if (!isString(quote.suffix, 0, MAX_CONTEXT))
    return fail('bad-quote-suffix', `target.quote.suffix must be a string of at most ${MAX_CONTEXT} characters`);
  const position = record(selectors.position);
  if (!position || position.type !== 'TextPositionSelector') {
    return fail('bad-position', "target.position must be a TextPositionSelector (type 'TextPositionSelector')");
  }
  const { start, end } = position;
  if (!isOffset(start) || !isOffset(end) || start >= end) {
    return fail('bad-position-offsets', `target.position needs integer offsets 0 ≤ start < end ≤ ${MAX_TEXT_OFFSET}`);
  }
  if (!isColour(colour)) return fail('bad-colour', `colour must be one of ${HIGHLIGHT_COLOURS.join(', ')}`);
  if (!(note === undefined || note === null || isString(note, 0, MAX_NOTE)))
    return fail('bad-note', `note must be a string of at most ${MAX_NOTE} characters`);
  if (!isTime(createdAt)) return fail('bad-createdAt', 'createdAt must be epoch milliseconds');
  if (!isTime(updatedAt)) return fail('bad-updatedAt', 'updatedAt must be epoch milliseconds');
  return ok({
    id,
    articleId,
    target: {
      quote: { type: 'TextQuoteSelector', exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix },
      position: { type: 'TextPositionSelector', start, end },
    },
    colour,
    note: typeof note === 'string' ? note : '',
    createdAt,
    updatedAt,
  });
}
