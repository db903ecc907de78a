/**
 * Building the whole-library export file from the database (run in the library page, which reads
 * directly). Metadata is sorted once; bodies are read a batch at a time and turned into text at
 * once, so the page never holds the library as objects.
 */
import { compareForExport, EXPORT_TAIL, exportHead, serializeItem } from './export-format';
import { toMeta, type LibraryDB } from './schema';

const BODY_BATCH = 200;

/** The export file as parts for a Blob, for every article in the library (deleted ones excluded). */
export async function exportLibrary(db: LibraryDB): Promise<string[]> {
  const metas = (await db.getAllFromIndex('meta', 'live')).map(toMeta).sort(compareForExport);
  const parts = [exportHead(metas.length)];
  for (let start = 0; start < metas.length; start += BODY_BATCH) {
    const batch = metas.slice(start, start + BODY_BATCH);
    const store = db.transaction('bodies').store;
    const bodies = await Promise.all(batch.map((meta) => store.get(meta.id)));
    batch.forEach(({ id: _id, ...meta }, i) => {
      const line = serializeItem({ ...meta, html: bodies[i]?.html ?? '', text: bodies[i]?.text ?? '' });
      parts.push(start + i === 0 ? line : `,\n${line}`);
    });
  }
  parts.push(EXPORT_TAIL);
  return parts;
}
