/**
 * Which tool a file came from, decided from its bytes and content, never its name (a renamed or
 * extension-less download still imports; a `.csv` that is not Instapaper's is refused clearly).
 */
import { fail, ok, type Result } from '../../result';
import { decodeText, isZip, readZip } from './bytes';
import { looksLikeInstapaper, parseInstapaperCsv } from './instapaper-csv';
import { parseBroadsheetJson } from './broadsheet-json';
import type { ParseOutput } from './candidate';
import { parseCsv } from './csv';
import { looksLikeNetscape, parseNetscapeHtml } from './netscape-html';
import { looksLikeOmnivoreZip, parseOmnivoreZip } from './omnivore-zip';
import { looksLikePocketHtml, parsePocketHtml } from './pocket-html';
import { looksLikePocketZip, parsePocketZip } from './pocket-zip';
import { looksLikeReadeckZip, parseReadeckZip } from './readeck-zip';
import { looksLikeWallabag, parseWallabagJson } from './wallabag-json';

/** The formats this folder reads. */
export type ImportFormat =
  'pocket-zip' | 'pocket-html' | 'omnivore-zip' | 'instapaper-csv' | 'wallabag-json' | 'readeck-zip' | 'netscape-html' | 'broadsheet-json';

/** Why a file is refused as a whole. */
export type DetectError = 'unknown-format' | 'zip-corrupt' | 'zip-too-large' | 'zip-unsafe-path';

/** A file's format and what its parser found. */
export interface ParsedFile extends ParseOutput {
  format: ImportFormat;
}

/** Detects a file's format from its bytes and parses it, or says why it cannot. */
export function parseImportFile(bytes: Uint8Array, zipLimit?: number): Result<ParsedFile, DetectError> {
  if (isZip(bytes)) {
    const files = readZip(bytes, zipLimit);
    if (!files.ok) return files;
    if (looksLikePocketZip(files.value)) return ok({ format: 'pocket-zip', ...parsePocketZip(files.value) });
    if (looksLikeOmnivoreZip(files.value)) return ok({ format: 'omnivore-zip', ...parseOmnivoreZip(files.value) });
    if (looksLikeReadeckZip(files.value)) return ok({ format: 'readeck-zip', ...parseReadeckZip(files.value) });
    return fail('unknown-format', 'a ZIP archive, but not a Pocket, Omnivore or Readeck export');
  }
  const text = decodeText(bytes);
  const head = text.replace(/^\uFEFF/, '').trimStart();
  if (looksLikeNetscape(head)) return ok({ format: 'netscape-html', ...parseNetscapeHtml(head) });
  if (head.startsWith('<') && looksLikePocketHtml(head)) return ok({ format: 'pocket-html', ...parsePocketHtml(head) });
  if (head.startsWith('{') || head.startsWith('[')) {
    const ours = parseBroadsheetJson(head);
    if (ours) return ok({ format: 'broadsheet-json', ...ours });
    let data: unknown;
    try {
      data = JSON.parse(head);
    } catch {
      return fail('unknown-format', 'JSON that does not parse');
    }
    if (looksLikeWallabag(data)) return ok({ format: 'wallabag-json', ...parseWallabagJson(data) });
    return fail('unknown-format', 'JSON, but not a Broadsheet library or a wallabag export');
  }
  if (looksLikeInstapaper(parseCsv(head.split(/\r?\n/, 1)[0] ?? '').header)) {
    return ok({ format: 'instapaper-csv', ...parseInstapaperCsv(head) });
  }
  return fail('unknown-format', 'not a ZIP, bookmarks, Pocket, Instapaper, wallabag or Broadsheet file');
}
