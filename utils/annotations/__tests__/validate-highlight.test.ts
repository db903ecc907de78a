// Highlights from import files are untrusted: every malformed shape gets a reason, none a throw.
import { describe, expect, it } from 'vitest';
import type { Highlight } from '../types';
import { validateHighlight } from '../validate-highlight';

const VALID: Highlight = {
  id: '0b7c6a52-5a43-4e6b-9d0e-3f1f2f0f9a11',
  articleId: 7,
  target: {
    quote: { type: 'TextQuoteSelector', exact: 'the new tram line', prefix: 'The mayor said ', suffix: ' would open' },
    position: { type: 'TextPositionSelector', start: 15, end: 32 },
  },
  colour: 'green',
  note: 'Check the date.',
  createdAt: 1_764_000_000_000,
  updatedAt: 1_764_000_100_000,
};

/** Leaves a field out in `variant`. */
const DELETE = Symbol('delete');

/** A deep copy of VALID with the field at a dotted `path` set to `value` (or removed). */
function variant(path: string, value: unknown): unknown {
  const copy = structuredClone(VALID) as unknown as Record<string, unknown>;
  const keys = path.split('.');
  const last = keys.pop()!;
  let at = copy;
  for (const key of keys) at = at[key] as Record<string, unknown>;
  if (value === DELETE) delete at[last];
  else at[last] = value;
  return copy;
}

describe('validateHighlight', () => {
  it('accepts a well-formed highlight and keeps only the known fields', () => {
    expect(validateHighlight(VALID)).toEqual({ ok: true, value: VALID });
    const extra = { ...VALID, extra: 'dropped', target: { ...VALID.target, selector: [], quote: { ...VALID.target.quote, extra: 1 } } };
    expect(validateHighlight(extra)).toEqual({ ok: true, value: VALID });
  });

  it('reads a missing or null note as no note', () => {
    expect(validateHighlight(variant('note', DELETE))).toMatchObject({ ok: true, value: { note: '' } });
    expect(validateHighlight(variant('note', null))).toMatchObject({ ok: true, value: { note: '' } });
  });

  it.each([
    ['not-an-object', null],
    ['not-an-object', 'a string'],
    ['not-an-object', [VALID]],
    ['bad-id', variant('id', '')],
    ['bad-id', variant('id', 42)],
    ['bad-id', variant('id', 'x'.repeat(201))],
    ['bad-articleId', variant('articleId', 0)],
    ['bad-articleId', variant('articleId', 1.5)],
    ['bad-articleId', variant('articleId', '7')],
    ['bad-target', variant('target', null)],
    ['bad-target', variant('target', [1, 2])],
    ['bad-quote', variant('target.quote', DELETE)],
    ['bad-quote', variant('target.quote.type', 'TextPositionSelector')],
    ['bad-quote-exact', variant('target.quote.exact', '')],
    ['bad-quote-exact', variant('target.quote.exact', ['x'])],
    ['bad-quote-exact', variant('target.quote.exact', 'x'.repeat(200_001))],
    ['bad-quote-prefix', variant('target.quote.prefix', DELETE)],
    ['bad-quote-suffix', variant('target.quote.suffix', 'y'.repeat(1_001))],
    ['bad-position', variant('target.position', DELETE)],
    ['bad-position', variant('target.position.type', 'TextQuoteSelector')],
    ['bad-position-offsets', variant('target.position.start', -1)],
    ['bad-position-offsets', variant('target.position.end', 3.5)],
    ['bad-position-offsets', variant('target.position.end', VALID.target.position.start)],
    ['bad-position-offsets', variant('target.position.end', 1e12)],
    ['bad-position-offsets', variant('target.position.start', '15')],
    ['bad-colour', variant('colour', 'red')],
    ['bad-colour', variant('colour', DELETE)],
    ['bad-note', variant('note', 12)],
    ['bad-note', variant('note', 'n'.repeat(100_001))],
    ['bad-createdAt', variant('createdAt', -1)],
    ['bad-createdAt', variant('createdAt', '2025-01-01')],
    ['bad-updatedAt', variant('updatedAt', Number.NaN)],
  ])('refuses %s (case %#)', (reason, raw) => {
    const result = validateHighlight(raw);
    expect(result).toMatchObject({ ok: false, error: reason });
    expect(result.ok ? '' : result.message).not.toBe('');
  });

  it('never throws, even on an object whose fields throw when read', () => {
    const hostile = {
      get id(): never {
        throw new Error('boom');
      },
    };
    expect(validateHighlight(hostile)).toMatchObject({ ok: false, error: 'not-an-object' });
    const proxy = new Proxy(
      {},
      {
        get: () => {
          throw new Error('boom');
        },
      },
    );
    expect(validateHighlight(proxy)).toMatchObject({ ok: false, error: 'not-an-object' });
  });
});
