/**
 * Pocket's 2024–25 export: a ZIP of `part_000000.csv`, `part_000001.csv`, … (all read, in order)
 * with `title,url,time_added,tags,status` (`cursor` sometimes), and `annotations/part_*.json`
 * holding `[{url,title,highlights:[{quote,created_at}]}]`.
 */
import { collect, makeCandidate, toTime, type ImportHighlight, type ParseOutput } from './candidate';
import { decodeText } from './bytes';
import { parseCsv } from './csv';

const PART = /^(?:.*\/)?part_\d+\.csv$/;

/** Whether an archive's files look like Pocket's export. */
export function looksLikePocketZip(files: Map<string, Uint8Array>): boolean {
  return [...files.keys()].some((name) => PART.test(name) && !name.startsWith('annotations/'));
}

function highlightsByUrl(files: Map<string, Uint8Array>, out: ParseOutput): Map<string, ImportHighlight[]> {
  const byUrl = new Map<string, ImportHighlight[]>();
  for (const [name, bytes] of files) {
    if (!/^annotations\/.*\.json$/.test(name)) continue;
    let data: unknown;
    try {
      data = JSON.parse(decodeText(bytes));
    } catch {
      out.rejected.push({ where: name, reason: 'not JSON' });
      continue;
    }
    if (!Array.isArray(data)) continue;
    for (const entry of data as unknown[]) {
      if (typeof entry !== 'object' || entry === null) continue;
      const { url, highlights } = entry as { url?: unknown; highlights?: unknown };
      if (typeof url !== 'string' || !Array.isArray(highlights)) continue;
      const list = byUrl.get(url) ?? [];
      for (const h of highlights as unknown[]) {
        const { quote, created_at } = (h ?? {}) as { quote?: unknown; created_at?: unknown };
        if (typeof quote === 'string' && quote) list.push({ quote, createdAt: toTime(created_at) });
      }
      byUrl.set(url, list);
    }
  }
  return byUrl;
}

/** Parses the files of a Pocket export archive. */
export function parsePocketZip(files: Map<string, Uint8Array>): ParseOutput {
  const out: ParseOutput = { candidates: [], rejected: [] };
  const highlights = highlightsByUrl(files, out);
  const parts = [...files.keys()].filter((name) => PART.test(name) && !name.startsWith('annotations/')).sort();
  for (const name of parts) {
    const csv = parseCsv(decodeText(files.get(name) ?? new Uint8Array()));
    out.rejected.push(...csv.rejected.map((r) => ({ ...r, where: `${name} ${r.where}` })));
    for (const { line, cells } of csv.rows) {
      collect(
        out,
        makeCandidate(`${name} line ${line}`, {
          url: cells.url,
          title: cells.title,
          savedAt: cells.time_added,
          read: cells.status === 'archive',
          tags: (cells.tags ?? '').split('|'),
          highlights: highlights.get(cells.url ?? '') ?? [],
        }),
      );
    }
  }
  return out;
}
