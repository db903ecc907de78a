/**
 * A date as a page shows it to its readers ("Updated Thu, 21 Dec 2023", "更新时间 2012年12月10日",
 * "الثلاثاء ٥ مارس ٢٠٢٤"), for pages whose metadata states none. Month names come from the
 * platform's own calendar data (Intl) for the page's language and English, so no language needs a
 * list here; digits of any script are read as digits.
 *
 * A shown date has no time zone, and the reader shows only the day, so the day is kept at noon UTC:
 * the same calendar day wherever the reader is (UTC−11 to UTC+11).
 */

/** What was found: the date, and how much of the text was not part of it (labels, names). */
export interface VisibleDate {
  iso: string;
  /** Characters of the text outside the date, spaces excluded. */
  rest: number;
}

/** Decimal digits of other scripts (Arabic-Indic, Persian, Devanagari, Bengali, full-width) as ASCII. */
function asciiDigits(text: string): string {
  return text.replace(/\p{Nd}/gu, (d) => {
    const code = d.codePointAt(0)!;
    for (const zero of [0x30, 0x660, 0x6f0, 0x966, 0x9e6, 0xff10]) if (code >= zero && code <= zero + 9) return String(code - zero);
    return d;
  });
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Month names (long and short, as used in a full date) of `lang` and English → month number. */
function monthNames(lang: string | null): Map<string, number> {
  const names = new Map<string, number>();
  for (const locale of [...new Set([lang ?? 'en', 'en'])]) {
    for (const month of ['long', 'short'] as const) {
      let format: Intl.DateTimeFormat;
      try {
        format = new Intl.DateTimeFormat(locale, { day: 'numeric', month, year: 'numeric', timeZone: 'UTC' });
      } catch {
        continue;
      }
      for (let m = 0; m < 12; m++) {
        const name = format.formatToParts(new Date(Date.UTC(2021, m, 15))).find((p) => p.type === 'month')?.value;
        // Numeric months (Chinese, Japanese) are read by the numeric patterns.
        const key = name?.toLowerCase().replace(/[.\u05f3\u0970]+$/u, '');
        if (key && !/\d/.test(key) && key.length >= 3 && !names.has(key)) names.set(key, m + 1);
      }
    }
  }
  // English's fourth-letter forms ("Sept") and the "Sept." some sites print.
  names.set('sept', 9);
  return names;
}

interface Patterns {
  names: Map<string, number>;
  dayMonth: RegExp;
  monthDay: RegExp;
}

const cache = new Map<string, Patterns>();

function patterns(lang: string | null): Patterns {
  const key = lang ?? '';
  let found = cache.get(key);
  if (!found) {
    const names = monthNames(lang);
    const alt = [...names.keys()]
      .sort((a, b) => b.length - a.length)
      .map(escape)
      .join('|');
    const month = `(?<![\\p{L}\\p{M}])(${alt})(?![\\p{L}\\p{M}])\\.?`;
    found = {
      names,
      dayMonth: new RegExp(`(?<!\\d)(\\d{1,2})(?:st|nd|rd|th|er|\\.)?\\s*(?:de\\s+)?${month},?\\s*(?:de\\s+)?(\\d{4})(?!\\d)`, 'iu'),
      monthDay: new RegExp(`${month}\\s*(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)`, 'iu'),
    };
    cache.set(key, found);
  }
  return found;
}

const CJK = /(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]?/u;
const YMD = /(?<!\d)(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?!\d)/;
const DMY = /(?<!\d)(\d{1,2})([-/.])(\d{1,2})\2(\d{4})(?!\d)/;

function noonUtc(year: number, month: number, day: number, now: number): string | null {
  if (year < 1990 || month < 1 || month > 12 || day < 1 || day > 31) return null;
  const time = Date.UTC(year, month - 1, day, 12);
  const date = new Date(time);
  // 31 February rolls over into March: not a date.
  if (date.getUTCDate() !== day || time > now + 2 * 86_400_000) return null;
  return date.toISOString();
}

/**
 * The first date in `text` (a short line: a dateline, a byline with its date), or null.
 * @param lang the page's language, for month names and for the order of numeric dates
 *   (month first only in American English, or where the day cannot be a month).
 * @param now the current time in ms, so a date in the future is not taken for the story's.
 */
export function visibleDate(text: string, lang: string | null, now = Date.now()): VisibleDate | null {
  const plain = asciiDigits(text.normalize('NFC'));
  const size = plain.replace(/\s+/g, '').length;
  const found = (m: RegExpExecArray, iso: string | null) => (iso ? { iso, rest: size - m[0].replace(/\s+/g, '').length } : null);
  let m = CJK.exec(plain);
  if (m) return found(m, noonUtc(+m[1]!, +m[2]!, +m[3]!, now));
  m = YMD.exec(plain);
  if (m) return found(m, noonUtc(+m[1]!, +m[3]!, +m[4]!, now));
  const { names, dayMonth, monthDay } = patterns(lang);
  m = dayMonth.exec(plain);
  if (m) return found(m, noonUtc(+m[3]!, names.get(m[2]!.toLowerCase()) ?? 0, +m[1]!, now));
  m = monthDay.exec(plain);
  if (m) return found(m, noonUtc(+m[3]!, names.get(m[1]!.toLowerCase()) ?? 0, +m[2]!, now));
  m = DMY.exec(plain);
  if (m) {
    const [a, b] = [+m[1]!, +m[3]!];
    const monthFirst = b > 12 || (a <= 12 && /^en-us$/i.test(lang ?? ''));
    return found(m, monthFirst ? noonUtc(+m[4]!, a, b, now) : noonUtc(+m[4]!, b, a, now));
  }
  return null;
}
