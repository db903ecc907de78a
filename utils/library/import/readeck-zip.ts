/**
 * Readeck's export: a ZIP with `data.json` and, per bookmark, `bookmarks/<uid>/info.json`
 * (`url, title, created, is_archived, is_marked, labels[]`) beside `container/` holding the page
 * (`index.html`); the page's HTML is kept raw for the sanitizer.
 */
import { collect, makeCandidate, type ParseOutput } from './candidate';
import { decodeText } from './bytes';

const INFO = /^bookmarks\/([^/]+)\/info\.json$/;

/** Whether an archive's files look like Readeck's export. */
export function looksLikeReadeckZip(files: Map<string, Uint8Array>): boolean {
  return files.has('data.json') && [...files.keys()].some((name) => INFO.test(name));
}

/** Parses the files of a Readeck export archive. */
export function parseReadeckZip(files: Map<string, Uint8Array>): ParseOutput {
  const out: ParseOutput = { candidates: [], rejected: [] };
  for (const name of [...files.keys()].filter((n) => INFO.test(n)).sort()) {
    const dir = name.slice(0, -'info.json'.length);
    let e: Record<string, unknown>;
    try {
      const data: unknown = JSON.parse(decodeText(files.get(name) ?? new Uint8Array()));
      if (typeof data !== 'object' || data === null) throw new Error('not an object');
      e = data as Record<string, unknown>;
    } catch {
      out.rejected.push({ where: name, reason: 'not a JSON object' });
      continue;
    }
    const page = files.get(`${dir}container/index.html`);
    collect(
      out,
      makeCandidate(name, {
        url: e.url,
        title: e.title,
        savedAt: e.created,
        read: e.is_archived === true,
        starred: e.is_marked === true,
        tags: Array.isArray(e.labels) ? (e.labels as unknown[]) : [],
        untrustedHtml: page ? decodeText(page) : undefined,
      }),
    );
  }
  return out;
}
