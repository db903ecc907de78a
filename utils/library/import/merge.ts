/**
 * One entry per article: files list the same page twice (re-saved, or under two folders), and the
 * library keys articles by canonical URL. The earlier save date wins, read and starred are kept if
 * either copy has them, tags and highlights are joined, and the first text found is kept.
 */
import type { ImportCandidate } from './candidate';

/** Candidates merged by canonical URL, in first-seen order. */
export function mergeCandidates(candidates: readonly ImportCandidate[]): ImportCandidate[] {
  const byUrl = new Map<string, ImportCandidate>();
  for (const c of candidates) {
    const seen = byUrl.get(c.canonicalUrl);
    if (!seen) {
      byUrl.set(c.canonicalUrl, { ...c, tags: [...c.tags], highlights: [...c.highlights] });
      continue;
    }
    if (c.savedAt !== null && (seen.savedAt === null || c.savedAt < seen.savedAt)) seen.savedAt = c.savedAt;
    seen.read ||= c.read;
    seen.starred ||= c.starred;
    seen.tags = [...new Set([...seen.tags, ...c.tags])];
    seen.highlights.push(...c.highlights.filter((h) => !seen.highlights.some((s) => s.quote === h.quote)));
    if (seen.text === undefined && c.text !== undefined) seen.text = c.text;
    if (seen.untrustedHtml === undefined && c.untrustedHtml !== undefined) seen.untrustedHtml = c.untrustedHtml;
  }
  return [...byUrl.values()];
}
