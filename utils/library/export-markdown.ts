/**
 * The library as a folder of Markdown notes in a ZIP, for Obsidian-style tools: one `.md` per
 * article, YAML front matter (title, url, site, author, saved, tags: the fields and quoting of the
 * highlights export, so both kinds of note read alike in one vault), then the article as Markdown
 * (export-article.ts, the same conversion as a single article's export). An article saved as a link
 * only (no body) becomes its front matter and a link.
 *
 * Large libraries: bodies are asked for a batch at a time and each note is compressed as soon as it
 * is written, so what is held is the compressed archive so far plus one batch of bodies, never the
 * text of every article at once. Deflate level 1: notes are text, which even the fastest level
 * shrinks to about a third, and higher levels cost several times the time for a few per cent.
 *
 * The bodies must already be sanitized (the caller passes them through sanitizeHtml, which needs a
 * DOM this folder does not have).
 */
import { Zip, ZipDeflate } from 'fflate';
import { escapeInline } from '../annotations/markdown-escape';
import { yamlString } from '../annotations/yaml-scalar';
import type { SanitizedHtml } from '../extract/types';
import { articleToMarkdown } from './export-article';
import type { ArticleMeta } from './types';

/** How many bodies are read (and held) at once. */
const BODY_BATCH = 50;
/** The longest file name stem, in UTF-8 bytes: well under every file system's 255, with room for " (12).md". */
const MAX_STEM_BYTES = 100;
/** The stem of a note whose title leaves nothing usable. */
const UNTITLED = 'Untitled';

/** The ZIP's options. */
export interface MarkdownZipOptions {
  /**
   * The folder the notes sit in inside the archive, so unzipping anywhere gives one folder, not
   * hundreds of loose files. Made safe like a note's name.
   */
  folder?: string;
}

/**
 * Characters a file name must not hold on some file system (Windows refuses `\ / : * ? " < > |`,
 * every system refuses `/` and NUL), control characters, and the invisible direction overrides and
 * isolates, which can make `txt.md` display as `dm.txt`. Joiners (ZWJ, ZWNJ) stay: Devanagari,
 * Persian and emoji need them.
 */
// eslint-disable-next-line no-control-regex -- control characters are what is removed
const REFUSED = /[\\/:*?"<>|\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029\ufeff]/g;

/** Names Windows keeps for devices, before any extension: a note called "CON.md" or "nul.tar.md" could not be written there. */
const DEVICE_NAME = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(?=\.|$)/i;

let graphemes: Intl.Segmenter | null = null;

/** UTF-8 length of a string. */
function utf8Bytes(text: string): number {
  let bytes = 0;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}

/** `text` cut to at most `max` UTF-8 bytes at a user-perceived character boundary (a vowel sign stays on its consonant). */
function cutToBytes(text: string, max: number): string {
  if (utf8Bytes(text) <= max) return text;
  graphemes ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  let out = '';
  let bytes = 0;
  for (const { segment } of graphemes.segment(text)) {
    const size = utf8Bytes(segment);
    if (bytes + size > max) break;
    out += segment;
    bytes += size;
  }
  return out;
}

/**
 * A title as a file name stem that every common file system accepts, keeping every script as it is:
 * refused characters become spaces, runs of space become one, no leading dot (a hidden file, or `..`)
 * and no trailing dot or space (Windows drops them), at most MAX_STEM_BYTES, never a device name.
 */
export function fileStem(title: string): string {
  const clean = (text: string): string =>
    text
      .replace(/\s+/g, ' ')
      .replace(/^[\s.]+|[\s.]+$/g, '')
      .trim();
  const stem = clean(cutToBytes(clean(title.normalize('NFC').replace(REFUSED, ' ')), MAX_STEM_BYTES));
  if (stem === '') return UNTITLED;
  return stem.replace(DEVICE_NAME, '$1_');
}

/**
 * Gives each title a distinct `.md` name: a repeated title gets " (2)", " (3)"… Names are compared
 * as case-insensitive file systems (macOS, Windows) compare them, so "News" and "news" do not
 * overwrite each other when unzipped there.
 */
export class NoteNames {
  private readonly taken = new Set<string>();

  /** The next free file name for `title`. */
  next(title: string): string {
    const stem = fileStem(title);
    for (let n = 1; ; n += 1) {
      const name = n === 1 ? `${stem}.md` : `${stem} (${n}).md`;
      const key = name.toLowerCase();
      if (!this.taken.has(key)) {
        this.taken.add(key);
        return name;
      }
    }
  }
}

/** An epoch-milliseconds time as ISO 8601, or null when it is not a representable time. */
function isoTime(ms: number): string | null {
  const date = new Date(ms);
  return Number.isFinite(date.getTime()) ? date.toISOString() : null;
}

/** The note's front matter: only the fields the article has, every value a quoted YAML scalar (a title "null" stays a string). */
export function noteFrontMatter(item: Pick<ArticleMeta, 'title' | 'url' | 'siteName' | 'byline' | 'savedAt' | 'tags'>): string {
  const lines = ['---', `title: ${yamlString(item.title)}`, `url: ${yamlString(item.url)}`];
  if (item.siteName) lines.push(`site: ${yamlString(item.siteName)}`);
  if (item.byline) lines.push(`author: ${yamlString(item.byline)}`);
  const saved = isoTime(item.savedAt);
  if (saved) lines.push(`saved: ${yamlString(saved)}`);
  lines.push(item.tags.length ? 'tags:' : 'tags: []', ...item.tags.map((tag) => `  - ${yamlString(tag)}`));
  lines.push('---');
  return lines.join('\n');
}

/** A URL as a Markdown link destination: in angle brackets, with what could end them percent-encoded. */
function destination(url: string): string {
  return `<${url.replace(/[<>\s]/g, (c) => encodeURIComponent(c))}>`;
}

/** One article as a note: front matter, then its body, or a link when it has none. */
export function articleNote(item: ArticleMeta, html: SanitizedHtml | null): string {
  const head = noteFrontMatter(item);
  if (html !== null && html.trim() !== '') return `${head}\n\n${articleToMarkdown(item, html)}`;
  return `${head}\n\n[${escapeInline(item.title) || escapeInline(item.url)}](${destination(item.url)})\n`;
}

/**
 * The ZIP's date for a note: when it was saved, where fflate can write it (1980–2099 in local time,
 * else it throws; a year's margin each side covers any time zone), else none (fflate then uses now).
 */
function zipTime(savedAt: number): number | undefined {
  const year = new Date(savedAt).getUTCFullYear();
  return year > 1980 && year < 2099 ? savedAt : undefined;
}

/**
 * The notes for `items` (in the order given) as a ZIP, in parts for a Blob. `getArticleHtml` gives an
 * article's sanitized body, or null for an article with no text (a link saved without its page, or
 * one whose body is gone), which becomes a link.
 */
export async function exportMarkdownZip<T extends ArticleMeta>(
  items: readonly T[],
  getArticleHtml: (item: T) => Promise<SanitizedHtml | null>,
  options: MarkdownZipOptions = {},
): Promise<Uint8Array<ArrayBuffer>[]> {
  const parts: Uint8Array<ArrayBuffer>[] = [];
  let failure: Error | null = null;
  const zip = new Zip((error, chunk) => {
    if (error) failure ??= error;
    // fflate allocates every chunk itself, from a plain ArrayBuffer (never shared), which is what a Blob part must be.
    else parts.push(chunk as Uint8Array<ArrayBuffer>);
  });
  const folder = options.folder === undefined ? '' : `${fileStem(options.folder)}/`;
  const names = new NoteNames();
  const encoder = new TextEncoder();
  for (let start = 0; start < items.length; start += BODY_BATCH) {
    const batch = items.slice(start, start + BODY_BATCH);
    const bodies = await Promise.all(batch.map((item) => getArticleHtml(item)));
    batch.forEach((item, i) => {
      const file = new ZipDeflate(`${folder}${names.next(item.title)}`, { level: 1 });
      const mtime = zipTime(item.savedAt);
      if (mtime !== undefined) file.mtime = mtime;
      zip.add(file);
      file.push(encoder.encode(articleNote(item, bodies[i] ?? null)), true);
    });
    if (failure) throw failure;
  }
  zip.end();
  if (failure) throw failure;
  return parts;
}
