/**
 * `npm run -s import:preview -- FILE…`: one JSON line per file saying what importing it would
 * bring (format, counts, refused lines), so a reading list from another tool can be checked before
 * the library page imports it. Reads only; writes nothing.
 */
import { readFileSync } from 'node:fs';
import { previewImport } from '../utils/library/import/preview';

for (const file of process.argv.slice(2)) {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    console.log(JSON.stringify({ file, ok: false, reason: error instanceof Error ? error.message : String(error) }));
    continue;
  }
  const result = previewImport(bytes);
  console.log(JSON.stringify(result.ok ? { file, ...result.preview } : { file, ok: false, reason: result.reason }));
}
