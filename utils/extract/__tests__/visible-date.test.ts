import { describe, expect, it } from 'vitest';
import { visibleDate } from '../visible-date';

const NOW = Date.UTC(2025, 0, 1);
const day = (text: string, lang: string | null = 'en') => visibleDate(text, lang, NOW)?.iso ?? null;

describe('visibleDate', () => {
  it('reads dates as pages print them, each at noon UTC of its day', () => {
    expect(day('Updated Thu, 21 Dec 2023')).toBe('2023-12-21T12:00:00.000Z');
    expect(day('December 21, 2023 at 8:21 am ET')).toBe('2023-12-21T12:00:00.000Z');
    expect(day('更新时间 2012年12月10日 14:32', 'zh')).toBe('2012-12-10T12:00:00.000Z');
    expect(day('2024.05.03 09:12', 'ko')).toBe('2024-05-03T12:00:00.000Z');
    expect(day('12 मार्च 2024, 10:15 AM', 'hi')).toBe('2024-03-12T12:00:00.000Z');
    expect(day('Опубликовано 3 декабря 2023', 'ru')).toBe('2023-12-03T12:00:00.000Z');
  });

  it('reads Arabic-Indic digits and Arabic month names', () => {
    expect(day('الثلاثاء ٥ مارس ٢٠٢٤ - ١٠:٣٠ ص', 'ar')).toBe('2024-03-05T12:00:00.000Z');
  });

  it('orders numeric dates day first, month first only in American English or where the day cannot be a month', () => {
    expect(day('05/03/2024', 'fr')).toBe('2024-03-05T12:00:00.000Z');
    expect(day('05/03/2024', 'en-US')).toBe('2024-05-03T12:00:00.000Z');
    expect(day('12/25/2023', 'en-GB')).toBe('2023-12-25T12:00:00.000Z');
  });

  it('says how much of the text is not the date, so a sentence can be told from a date line', () => {
    expect(visibleDate('Updated Thu, 21 Dec 2023', 'en', NOW)?.rest).toBe('UpdatedThu,'.length);
  });

  it('refuses what is not a day: no year, an impossible day, the future, a lone year', () => {
    expect(day('21 Dec')).toBeNull();
    expect(day('31 February 2023')).toBeNull();
    expect(day('3 March 2031')).toBeNull();
    expect(day('The 2019 budget was late')).toBeNull();
  });
});
