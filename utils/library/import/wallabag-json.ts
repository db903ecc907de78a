/**
 * wallabag v2's JSON export: an array of entries with `title, url, is_archived, is_starred,
 * content, tags[], created_at, annotations[]` among others; `content` is the saved page's HTML.
 */
import { collect, makeCandidate, toTime, type ParseOutput } from './candidate';

/** Whether parsed JSON is a wallabag export (an array whose entries carry wallabag's own fields). */
export function looksLikeWallabag(data: unknown): data is unknown[] {
  if (!Array.isArray(data)) return false;
  const first: unknown = data[0];
  return typeof first === 'object' && first !== null && 'is_archived' in first && 'url' in first;
}

/** Parses a wallabag export's entries. */
export function parseWallabagJson(data: unknown[]): ParseOutput {
  const out: ParseOutput = { candidates: [], rejected: [] };
  data.forEach((raw, i) => {
    const where = `entry ${i + 1}`;
    if (typeof raw !== 'object' || raw === null) return out.rejected.push({ where, reason: 'not an object' });
    const e = raw as Record<string, unknown>;
    const annotations = Array.isArray(e.annotations) ? (e.annotations as unknown[]) : [];
    collect(
      out,
      makeCandidate(where, {
        url: e.url,
        title: e.title,
        savedAt: e.created_at,
        read: e.is_archived === 1 || e.is_archived === true,
        starred: e.is_starred === 1 || e.is_starred === true,
        tags: Array.isArray(e.tags) ? (e.tags as unknown[]) : [],
        untrustedHtml: e.content,
        highlights: annotations.flatMap((a) => {
          const { quote, created_at } = (a ?? {}) as { quote?: unknown; created_at?: unknown };
          return typeof quote === 'string' && quote ? [{ quote, createdAt: toTime(created_at) }] : [];
        }),
      }),
    );
  });
  return out;
}
