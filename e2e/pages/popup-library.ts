/**
 * A small library for the popup's layout tests: six saved articles, the newest two with right-to-left
 * titles (Arabic, Hebrew), long enough to reach under the row's actions, one of them very long to read.
 * As a library export file (utils/library/export-format.ts), imported through the library page.
 */

/** The titles, newest first (the popup's order). */
export const POPUP_TITLES = [
  'وزارة النقل تعلن جدولاً جديداً لرحلات العبّارات الشتوية بين الموانئ الشمالية',
  'עיריית חיפה מציגה תוכנית חדשה לשיקום הטיילת לאורך חוף הים בעונת החורף',
  'The Zephyrine lighthouse keeper retires after forty years on the northern cape',
  'Winter ferries return to the northern harbours with a longer timetable',
  'A night market reopens in the old town after two years of repairs',
  'Council approves a new cycle lane along the river embankment',
] as const;

const LANGS = ['ar', 'he', 'en', 'en', 'en', 'en'] as const;

/** Reading minutes per article: the third is a 10 MB page's worth (6,753 minutes). */
const MINUTES = [4, 6, 6753, 3, 75, 60] as const;

/** The library file. */
export function popupLibraryFile(): string {
  const base = 1_764_000_000_000;
  const articles = POPUP_TITLES.map((title, i) => {
    const lang = LANGS[i] ?? 'en';
    const rtl = lang === 'ar' || lang === 'he';
    const slug = `popup-layout-${i + 1}`;
    const text = `${title}. ${rtl ? title : 'The story goes on for a while, quietly, as stories do.'}`;
    return {
      canonicalUrl: `https://news.example/${slug}`,
      url: `https://news.example/${slug}`,
      title,
      byline: null,
      siteName: rtl ? (lang === 'ar' ? 'صحيفة الميناء' : 'חדשות הנמל') : 'Harbour Gazette',
      publishedTime: null,
      lang,
      dir: rtl ? 'rtl' : 'ltr',
      excerpt: text,
      leadImage: null,
      wordCount: 40,
      readingMinutes: MINUTES[i] ?? 1,
      // Newest first: the first title was saved last.
      savedAt: base - i * 3_600_000,
      updatedAt: base - i * 3_600_000,
      read: i === 3,
      readAt: i === 3 ? base : null,
      progress: 0,
      html: `<p>${text}</p>`,
      text,
    };
  });
  return JSON.stringify({ format: 'broadsheet-library', version: 1, count: articles.length, articles });
}
