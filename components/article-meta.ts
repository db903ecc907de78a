/**
 * Formatting helpers for the article header: pure functions of their inputs, so the reader shows
 * the same thing in the overlay, the reader page and tests.
 */

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
