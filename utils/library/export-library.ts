/**
 * Building the whole-library export file from the database (run in the library page, which reads
 * directly). Metadata is sorted once; bodies are read a batch at a time and turned into text at
 * once, so the page never holds the library as objects. Highlights (small) are read once, grouped by article.
 */
import { compareForExport, compareHighlightsForExport, EXPORT_TAIL, exportHead, serializeItem } from './export-format';
import { highlightsByArticle } from './highlights';
import { getMetas } from './read';
import { toMeta, type LibraryDB } from './schema';
import type { ArticleMeta } from './types';

const BODY_BATCH = 200;

/**
 * What an export holds, in the export order (newest first): every article in the library (deleted
 * ones excluded), or only `ids` (the page's selection) when given. Shared by every export format,
 * so all of them hold the same articles in the same order.
 */
export async function exportMetas(db: LibraryDB, ids?: readonly number[]): Promise<ArticleMeta[]> {
  const metas =
    ids === undefined
      ? (await db.getAllFromIndex('meta', 'live')).map(toMeta)
      : (await getMetas(db, ids)).filter((meta): meta is ArticleMeta => meta !== undefined);
  return metas.sort(compareForExport);
}

/** The export file as parts for a Blob, for every article in the library, or for `ids` only. */
export async function exportLibrary(db: LibraryDB, ids?: readonly number[]): Promise<string[]> {
  const metas = await exportMetas(db, ids);
  const highlights = await highlightsByArticle(db);
  const parts = [exportHead(metas.length)];
  for (let start = 0; start < metas.length; start += BODY_BATCH) {
    const batch = metas.slice(start, start + BODY_BATCH);
    const store = db.transaction('bodies').store;
    const bodies = await Promise.all(batch.map((meta) => store.get(meta.id)));
    batch.forEach(({ id, ...meta }, i) => {
      const own = (highlights.get(id) ?? []).sort(compareHighlightsForExport);
      const line = serializeItem({ ...meta, html: bodies[i]?.html ?? '', text: bodies[i]?.text ?? '' }, own);
      parts.push(start + i === 0 ? line : `,\n${line}`);
    });
  }
  parts.push(EXPORT_TAIL);
  return parts;
}
