/** Articles for library tests, in several scripts, and a fresh fake IndexedDB per test. */
import { IDBFactory } from 'fake-indexeddb';
import type { Article, SanitizedHtml } from '@/utils/extract/types';
import type { LibraryItem } from '../types';

/** Replaces the global IndexedDB with an empty one (fake-indexeddb/auto installed the globals). */
export function freshIndexedDB(): void {
  globalThis.indexedDB = new IDBFactory();
}

/** An extracted article with sensible defaults; `text` also becomes the body's paragraphs. */
export function makeArticle(overrides: Partial<Article> & { text: string; canonicalUrl: string }): Article {
  const html = overrides.text
    .split('\n')
    .map((line) => `<p>${line.replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]!)}</p>`)
    .join('') as SanitizedHtml;
  return {
    title: 'Untitled',
    byline: null,
    siteName: null,
    publishedTime: null,
    lang: 'en',
    dir: 'ltr',
    excerpt: overrides.text.slice(0, 80),
    leadImage: null,
    html,
    wordCount: overrides.text.split(/\s+/).length,
    readingMinutes: 1,
    url: overrides.canonicalUrl,
    ...overrides,
  };
}

/** A library item (as in an export file). */
export function makeItem(n: number, overrides: Partial<LibraryItem> = {}): LibraryItem {
  return {
    canonicalUrl: `https://news.example/story-${n}`,
    url: `https://news.example/story-${n}?utm=x`,
    title: `Story number ${n}`,
    byline: n % 2 ? 'A. Writer' : null,
    siteName: 'News Example',
    publishedTime: '2024-09-03T10:00:00.000Z',
    lang: 'en',
    dir: 'ltr',
    excerpt: `Excerpt ${n}`,
    leadImage: null,
    wordCount: 100 + n,
    readingMinutes: 1 + (n % 5),
    savedAt: 1_700_000_000_000 + n * 1000,
    updatedAt: 1_700_000_000_000 + n * 1000,
    read: n % 3 === 0,
    readAt: n % 3 === 0 ? 1_700_100_000_000 : null,
    progress: (n % 4) / 4,
    tags: [],
    html: `<p>Body of story ${n} about gardens and café culture.</p>`,
    text: `Body of story ${n} about gardens and café culture.`,
    ...overrides,
  };
}

/** Articles in several scripts, with the words tests search for. */
export const SCRIPTS = {
  hindi: makeArticle({
    canonicalUrl: 'https://hindi.example/kitab',
    title: 'पुस्तक मेले में भारी भीड़',
    lang: 'hi',
    siteName: 'दैनिक समाचार',
    text: 'दिल्ली में आयोजित पुस्तक मेले में इस वर्ष रिकॉर्ड संख्या में पाठक पहुँचे। लोगों ने किताबें खरीदीं।',
  }),
  arabic: makeArticle({
    canonicalUrl: 'https://arabic.example/maktaba',
    title: 'افتتاح مكتبة جديدة في المدينة',
    lang: 'ar',
    dir: 'rtl',
    // With tashkeel on "الكِتَابُ" and a hamza-alef in "أطفال".
    text: 'افتتحت المدينة مكتبة عامة كبيرة تضم الكِتَابُ القديم وقسما خاصا لكتب أطفال المدارس.',
  }),
  chinese: makeArticle({
    canonicalUrl: 'https://zh.example/beijing',
    title: '北京举办国际图书博览会',
    lang: 'zh',
    text: '今年的北京国际图书博览会吸引了大量读者。出版社展示了许多新书。',
  }),
  japanese: makeArticle({
    canonicalUrl: 'https://ja.example/tokyo',
    title: '東京で古書市が開かれる',
    lang: 'ja',
    text: '東京の神保町で毎年恒例の古書市が開かれ、多くの人々が古い本を探しに訪れました。',
  }),
  english: makeArticle({
    canonicalUrl: 'https://en.example/cafe',
    title: 'The Café Society of Zürich',
    lang: 'en',
    siteName: 'Résumé Weekly',
    text: 'A naïve visitor to Zürich finds the café crème strong and the façades old.\nThe coöperative bakery sells pâtisserie.',
  }),
  thai: makeArticle({
    canonicalUrl: 'https://th.example/book',
    title: 'งานหนังสือแห่งชาติ',
    lang: 'th',
    text: 'งานสัปดาห์หนังสือแห่งชาติจัดขึ้นที่กรุงเทพมหานครทุกปี',
  }),
} satisfies Record<string, Article>;
