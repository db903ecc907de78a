/** Article header formatting: dates in the article's language, numbers in the UI's, lead image rule. */
import { describe, expect, it } from 'vitest';
import { catalogueTranslator } from '../../tests/i18n-catalogue';
import { formatNumber, formatPublished, hostOf, needsLeadImage, readingTime } from '../article-meta';
import type { Translate } from '../i18n';

describe('formatPublished', () => {
  it('formats the date in the article language', () => {
    expect(formatPublished('2024-09-03T10:00:00Z', 'en')).toBe('September 3, 2024');
    expect(formatPublished('2024-09-03T10:00:00Z', 'hi')).toBe('3 सितंबर 2024');
    expect(formatPublished('2024-09-03T10:00:00Z', 'ar')).toMatch(/سبتمبر/);
  });
  it('returns null for a missing or broken date, and survives an unknown language', () => {
    expect(formatPublished(null, 'en')).toBeNull();
    expect(formatPublished('yesterday-ish', 'en')).toBeNull();
    expect(formatPublished('2024-09-03T10:00:00Z', 'und')).toMatch(/2024/);
  });
});

describe('formatNumber', () => {
  it('uses the UI language', () => {
    expect(formatNumber(12345, 'en')).toBe('12,345');
    expect(formatNumber(12345, 'hi')).toBe('12,345');
    expect(formatNumber(123456, 'hi')).toBe('1,23,456');
  });
});

describe('needsLeadImage', () => {
  it('is false when the body already shows the image, even at another size', () => {
    expect(
      needsLeadImage('https://cdn.example/2024/09/modi-rally.jpg', '<img src="https://cdn.example/2024/09/modi-rally-768x432.jpg">'),
    ).toBe(false);
  });
  it('is true when the body lacks it, false without one', () => {
    expect(needsLeadImage('https://cdn.example/lead-photo.jpg', '<p>No images</p>')).toBe(true);
    expect(needsLeadImage(null, '<p>x</p>')).toBe(false);
  });
});

describe('hostOf', () => {
  it('drops www and tolerates junk', () => {
    expect(hostOf('https://www.bhaskar.com/x')).toBe('bhaskar.com');
    expect(hostOf('nonsense')).toBe('nonsense');
  });
});

describe('readingTime', () => {
  const en = catalogueTranslator('en') as Translate;
  const hi = catalogueTranslator('hi') as Translate;
  const digits = (lang: string) => (value: number) => formatNumber(value, lang);

  it('says minutes up to an hour, then hours and minutes', () => {
    expect(readingTime(1, en, digits('en'))).toBe('1 min read');
    expect(readingTime(59, en, digits('en'))).toBe('59 min read');
    expect(readingTime(60, en, digits('en'))).toBe('1 hr read');
    expect(readingTime(75, en, digits('en'))).toBe('1 hr 15 min read');
    expect(readingTime(120, en, digits('en'))).toBe('2 hr read');
  });

  it('keeps a 10 MB page’s reading time readable, numbers in the UI language', () => {
    expect(readingTime(6_753, en, digits('en'))).toBe('112 hr 33 min read');
    expect(readingTime(6_753, hi, digits('hi'))).toBe('112 घंटे 33 मिनट में पढ़ें');
    expect(readingTime(60_000, en, digits('en'))).toBe('1,000 hr read');
    expect(readingTime(45, hi, digits('hi'))).toBe('45 मिनट में पढ़ें');
    expect(readingTime(180, hi, digits('hi'))).toBe('3 घंटे में पढ़ें');
  });

  it('takes the number format it is given (plain digits for the reader’s first frame)', () => {
    expect(readingTime(90_061, en, String)).toBe('1501 hr 1 min read');
  });
});
