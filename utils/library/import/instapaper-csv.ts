/**
 * Instapaper's CSV: `URL,Title,Selection,Folder,Timestamp,Tags` (older exports stop after Folder).
 * Folder is Unread, Archive, Starred or a user folder (kept as a tag); Tags is a JSON array.
 */
import { collect, makeCandidate, type ParseOutput } from './candidate';
import { parseCsv } from './csv';

/** Whether a CSV header is Instapaper's. */
export function looksLikeInstapaper(header: string[]): boolean {
  return header[0] === 'URL' && header.includes('Title') && header.includes('Folder');
}

function jsonTags(raw: string | undefined): unknown[] {
  if (!raw) return [];
  try {
    const parsed: unknown = JSON.parse(raw);
    return Array.isArray(parsed) ? parsed : [];
  } catch {
    return raw.split(',');
  }
}

/** Parses an Instapaper CSV. */
export function parseInstapaperCsv(text: string): ParseOutput {
  const csv = parseCsv(text);
  const out: ParseOutput = { candidates: [], rejected: [...csv.rejected] };
  for (const { line, cells } of csv.rows) {
    const folder = (cells.Folder ?? '').trim();
    const special = ['Unread', 'Archive', 'Starred'].includes(folder);
    const selection = (cells.Selection ?? '').trim();
    collect(
      out,
      makeCandidate(`line ${line}`, {
        url: cells.URL,
        title: cells.Title,
        savedAt: cells.Timestamp,
        read: folder === 'Archive',
        starred: folder === 'Starred',
        tags: [...jsonTags(cells.Tags), ...(special || !folder ? [] : [folder])],
        highlights: selection ? [{ quote: selection, createdAt: null }] : [],
      }),
    );
  }
  return out;
}
