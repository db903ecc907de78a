/**
 * CSV rows with a header, through Papa Parse (quoted newlines, CRLF, BOM), keyed by header name so
 * exporters that add, drop or reorder columns still read; a row whose shape is broken is reported.
 */
import Papa from 'papaparse';
import type { Rejection } from './candidate';

/** Header-keyed rows (a missing cell is absent) and the rows Papa Parse could not read. */
export function parseCsv(text: string): {
  header: string[];
  rows: { line: number; cells: Record<string, string> }[];
  rejected: Rejection[];
} {
  const parsed = Papa.parse<string[]>(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, { skipEmptyLines: 'greedy' });
  const [headerRow = [], ...body] = parsed.data;
  const header = headerRow.map((h) => h.trim());
  const rejected: Rejection[] = [];
  const rows = body.map((cells, i) => {
    const record: Record<string, string> = {};
    header.forEach((name, col) => {
      const cell = cells[col];
      if (cell !== undefined) record[name] = cell;
    });
    return { line: i + 2, cells: record };
  });
  for (const error of parsed.errors) {
    if (error.code === 'TooFewFields' || error.code === 'TooManyFields') continue; // read by header name
    rejected.push({ where: `row ${(error.row ?? 0) + 1}`, reason: error.message });
  }
  return { header, rows, rejected };
}
