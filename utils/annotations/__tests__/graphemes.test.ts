// Range ends snapped to user-perceived characters in the scripts Broadsheet's readers use.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { snapToGraphemes } from '../graphemes';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
});

describe('snapToGraphemes', () => {
  it('keeps offsets that are already on cluster boundaries', () => {
    expect(snapToGraphemes('hello world', 2, 7)).toEqual({ start: 2, end: 7 });
    expect(snapToGraphemes('hello', 0, 5)).toEqual({ start: 0, end: 5 });
    expect(snapToGraphemes('', 0, 0)).toEqual({ start: 0, end: 0 });
  });

  it('widens over Devanagari vowel signs, viramas and conjuncts', () => {
    const text = 'क्षत्रिय'; // क्ष | त्रि | य
    expect(snapToGraphemes(text, 1, 2)).toEqual({ start: 0, end: 3 });
    expect(snapToGraphemes(text, 3, 5)).toEqual({ start: 3, end: 7 });
    expect(snapToGraphemes(text, 7, 8)).toEqual({ start: 7, end: 8 });
  });

  it('widens over combining accents, surrogate pairs and emoji sequences', () => {
    expect(snapToGraphemes('cafe\u0301!', 0, 4)).toEqual({ start: 0, end: 5 });
    expect(snapToGraphemes('a😀b', 2, 2)).toEqual({ start: 1, end: 3 });
    const family = '👩‍👩‍👧';
    expect(snapToGraphemes(`x${family}y`, 3, 4)).toEqual({ start: 1, end: 1 + family.length });
  });

  it('finds a cluster longer than its first window', () => {
    const zalgo = `a${'\u0301'.repeat(100)}b`;
    expect(snapToGraphemes(zalgo, 50, 60)).toEqual({ start: 0, end: 101 });
  });

  it('leaves Arabic and Chinese text on its character boundaries, and keeps Arabic marks with their letter', () => {
    expect(snapToGraphemes('مرحبا بالعالم', 2, 5)).toEqual({ start: 2, end: 5 });
    expect(snapToGraphemes('بِسْمِ', 1, 3)).toEqual({ start: 0, end: 4 });
    expect(snapToGraphemes('图书馆开放', 1, 3)).toEqual({ start: 1, end: 3 });
  });

  it('falls back to marks and surrogate pairs where Intl.Segmenter is missing', async () => {
    vi.stubGlobal('Intl', { ...Intl, Segmenter: undefined });
    vi.resetModules();
    const { snapToGraphemes: fallback } = await import('../graphemes');
    expect(fallback('किताब', 1, 3)).toEqual({ start: 0, end: 4 });
    expect(fallback('a😀b', 2, 2)).toEqual({ start: 1, end: 3 });
    expect(fallback('hello', 1, 3)).toEqual({ start: 1, end: 3 });
  });
});
