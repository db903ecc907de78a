/**
 * Formatting helpers for the article header: pure functions of their inputs, so the reader shows
 * the same thing in the overlay, the reader page and tests.
 */
import type { Translate } from './i18n';

/** The published date in the article's language ("3 सितंबर 2024", "September 3, 2024"), or null. */
export function formatPublished(iso: string | null, lang: string): string | null {
  if (!iso) return null;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return null;
  try {
    return new Intl.DateTimeFormat(lang === 'und' ? undefined : lang, { dateStyle: 'long' }).format(date);
  } catch {
    return new Intl.DateTimeFormat(undefined, { dateStyle: 'long' }).format(date);
  }
}

/** A number in the UI language's digits and grouping. */
export function formatNumber(value: number, uiLang: string): string {
  try {
    return new Intl.NumberFormat(uiLang).format(value);
  } catch {
    return String(value);
  }
}

/**
 * The reading time as the UI says it: minutes up to an hour, then hours and minutes ("6,753 min"
 * is no time anyone can picture; "112 hr 33 min" is).
 * @param format writes a number for the UI language (`formatNumber`, or plain digits for the
 *   reader's first frame, before Intl is loaded).
 */
export function readingTime(minutes: number, t: Translate, format: (value: number) => string): string {
  if (minutes < 60) return t('readerMinutes', format(minutes));
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest === 0 ? t('readerHours', format(hours)) : t('readerHoursMinutes', format(hours), format(rest));
}

/**
 * Whether the lead image should be shown above the body: only when the body does not already
 * contain it (compared by file name, since sites serve the same image at several sizes and URLs).
 */
export function needsLeadImage(leadImage: string | null, bodyHtml: string): boolean {
  if (!leadImage) return false;
  let name: string;
  try {
    name = new URL(leadImage).pathname.split('/').pop() ?? '';
  } catch {
    return false;
  }
  const stem = name.replace(/\.[a-z0-9]+$/i, '').replace(/[-_]\d+x\d+$/, '');
  return stem.length < 4 || !bodyHtml.includes(stem);
}

/** The host name without "www.", for showing where an article came from. */
export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}
