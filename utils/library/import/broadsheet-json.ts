/**
 * Our own export file as an import source, read through export-format.ts and validate-item.ts
 * (the existing checks for untrusted items), so the preview counts it like any other tool's file.
 */
import { parseExportFile } from '../export-format';
import { labelOf, validateItem } from '../validate-item';
import { collect, makeCandidate, type ImportHighlight, type ParseOutput } from './candidate';

/**
 * An entry's highlights as the preview counts them (version 2). They are checked one by one only
 * when the background writes them, so a malformed one is counted here and reported there.
 */
function previewHighlights(raw: unknown): ImportHighlight[] {
  const list = (raw as { highlights?: unknown }).highlights;
  if (!Array.isArray(list)) return [];
  return list.map((entry: unknown) => {
    const exact = (entry as { target?: { quote?: { exact?: unknown } } } | null)?.target?.quote?.exact;
    const createdAt = (entry as { createdAt?: unknown } | null)?.createdAt;
    return { quote: typeof exact === 'string' ? exact : '', createdAt: typeof createdAt === 'number' ? createdAt : null };
  });
}

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
    collect(
      out,
      makeCandidate(where, { url, title, savedAt, read, tags, text: body, untrustedHtml: html, highlights: previewHighlights(raw) }),
    );
  });
  return out;
}
