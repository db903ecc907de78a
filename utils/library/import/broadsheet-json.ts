/**
 * Our own export file as an import source, read through export-format.ts and validate-item.ts
 * (the existing checks for untrusted items), so the preview counts it like any other tool's file.
 */
import { parseExportFile } from '../export-format';
import { labelOf, validateItem } from '../validate-item';
import { collect, makeCandidate, type ParseOutput } from './candidate';

/** Parses a Broadsheet library file's text, or null when it is not one. */
export function parseBroadsheetJson(text: string): ParseOutput | null {
  const file = parseExportFile(text);
  if (!file.ok) return null;
  const out: ParseOutput = { candidates: [], rejected: [] };
  file.value.forEach((raw, i) => {
    const where = `article ${i + 1}${labelOf(raw) ? ` (${labelOf(raw)})` : ''}`;
    const item = validateItem(raw);
    if (!item.ok) return out.rejected.push({ where, reason: item.error });
    const { url, title, savedAt, read, tags, text: body, html } = item.value;
    collect(out, makeCandidate(where, { url, title, savedAt, read, tags, text: body, untrustedHtml: html }));
  });
  return out;
}
