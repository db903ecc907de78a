import { describe, expect, it } from 'vitest';
import { scoreCorpus, scorePage, shingles, tokenize } from '../score';

describe('extraction metric', () => {
  it('tokenizes letters for Latin text and word segments for scripts without spaces', () => {
    expect(tokenize('<h2>Title</h2> body_1, ok', 'letters')).toEqual(['h2', 'Title', 'h2', 'body_1', 'ok']);
    expect(tokenize('東京都は晴れ', 'segmenter').length).toBeGreaterThan(1);
  });

  it('counts 4-token shingles as a multiset', () => {
    const s = shingles(['a', 'b', 'c', 'd', 'a', 'b', 'c', 'd']);
    expect(s.get(['a', 'b', 'c', 'd'].join('\u0001'))).toBe(2);
    expect([...s.values()].reduce((a, b) => a + b, 0)).toBe(5);
  });

  it('scores precision and recall per page and averages them over pages', () => {
    const truth = 'one two three four five six';
    expect(scorePage(truth, truth, 'letters')).toEqual({ precision: 1, recall: 1 });
    const extra = scorePage(truth, `${truth} seven eight nine ten`, 'letters');
    expect(extra.recall).toBe(1);
    expect(extra.precision).toBeCloseTo(3 / 7);
    expect(scorePage(truth, '', 'letters')).toEqual({ precision: null, recall: 0 });
    const corpus = scoreCorpus([
      { precision: 1, recall: 0.5 },
      { precision: null, recall: 0 },
    ]);
    expect(corpus.precision).toBe(1);
    expect(corpus.recall).toBe(0.25);
    expect(corpus.f1).toBeCloseTo(0.4);
  });
});
