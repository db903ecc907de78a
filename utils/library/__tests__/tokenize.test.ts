/**
 * Folding and word segmentation: what makes a query in any script find its article. Folding must
 * remove only optional marks — a Hindi vowel sign or virama changes the word and must stay.
 */
import { describe, expect, it } from 'vitest';
import { foldForSearch } from '../fold';
import { indexTokens, MAX_TOKEN_LENGTH, parseQuery, words } from '../tokenize';

describe('foldForSearch', () => {
  it('folds case and Latin, Greek and Cyrillic diacritics', () => {
    expect(foldForSearch('Café CRÈME Zürich Ελλάδα Ёлка')).toBe('cafe creme zurich ελλαδα елка');
    expect(foldForSearch('STRASSE Straße')).toBe('strasse strasse');
    expect(foldForSearch('ＡＢＣ ﬁne')).toBe('abc fine');
  });

  it('keeps Devanagari vowel signs, viramas and nukta', () => {
    const hindi = 'किताब हिन्दी क़लम';
    expect(foldForSearch(hindi)).toBe(hindi.normalize('NFKD').normalize('NFC'));
    expect(foldForSearch('किताब')).not.toBe(foldForSearch('कताब'));
    expect(foldForSearch('हिन्दी')).toContain('\u094d'); // virama
  });

  it('removes Arabic tashkeel and tatweel but keeps the letters', () => {
    expect(foldForSearch('الكِتَابُ')).toBe('الكتاب');
    expect(foldForSearch('كـتـاب')).toBe('كتاب');
    expect(foldForSearch('أطفال إلى آخر')).toBe('اطفال الى اخر');
    expect(foldForSearch('مسؤول')).toBe('مسؤول');
  });
});

describe('words', () => {
  it('segments Chinese, Japanese and Thai into words', () => {
    expect(words('北京国际图书博览会')).toEqual(expect.arrayContaining(['北京', '图书']));
    expect(words('東京の神保町で古書市が開かれ')).toEqual(expect.arrayContaining(['東京', '神保町', '古書']));
    expect(words('งานสัปดาห์หนังสือแห่งชาติ')).toEqual(expect.arrayContaining(['หนังสือ']));
  });

  it('splits on spaces and punctuation in spaced scripts, dropping punctuation', () => {
    expect(words('Hello, world! पुस्तक मेले।')).toEqual(['hello', 'world', 'पुस्तक', 'मेले']);
  });

  it('cuts very long tokens', () => {
    expect(words('x'.repeat(500))[0]).toHaveLength(MAX_TOKEN_LENGTH);
  });

  it('indexes each distinct word once across parts', () => {
    expect([...indexTokens('The cat', null, 'the CAT sat')]).toEqual(['the', 'cat', 'sat']);
  });
});

describe('parseQuery', () => {
  it('treats the last word as a prefix while it is being typed', () => {
    expect(parseQuery('Café zur')).toEqual({ exact: ['cafe'], prefix: 'zur' });
    expect(parseQuery('cafe zurich ')).toEqual({ exact: ['cafe', 'zurich'], prefix: null });
    expect(parseQuery('   ')).toEqual({ exact: [], prefix: null });
  });

  it('drops a prefix that an exact word already covers', () => {
    expect(parseQuery('garden gard')).toEqual({ exact: ['garden'], prefix: null });
  });
});
