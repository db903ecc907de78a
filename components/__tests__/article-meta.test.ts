/** Article header formatting: dates in the article's language, numbers in the UI's, lead image rule. */
import { describe, expect, it } from 'vitest';
import { formatNumber, formatPublished, hostOf, needsLeadImage } from '../article-meta';

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
    expect(needsLeadImage('https://cdn.example/2024/09/modi-rally.jpg', '<img src="https://cdn.example/2024/09/modi-rally-768x432.jpg">')).toBe(false);
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
