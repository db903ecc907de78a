/**
 * Omnivore's export: a ZIP of `metadata_*.json` (arrays of `{id, slug, title, url, state, labels[],
 * savedAt, …}`), `content/<slug>.html` with the saved page, and `highlights/<slug>.md`.
 */
import { collect, makeCandidate, type ImportHighlight, type ParseOutput } from './candidate';
import { decodeText } from './bytes';

const METADATA = /^(?:.*\/)?metadata_[^/]*\.json$/;

/** Whether an archive's files look like Omnivore's export. */
export function looksLikeOmnivoreZip(files: Map<string, Uint8Array>): boolean {
  return [...files.keys()].some((name) => METADATA.test(name));
}

/** Quotes from a highlights Markdown file: each `> ` block is one highlight. */
function markdownQuotes(md: string): ImportHighlight[] {
  return md
    .split(/\n\s*\n/)
    .map((block) =>
      block
        .split('\n')
        .filter((l) => l.startsWith('>'))
        .map((l) => l.replace(/^>\s?/, ''))
        .join('\n')
        .trim(),
    )
    .filter((q) => q !== '')
    .map((quote) => ({ quote, createdAt: null }));
}

/** Parses the files of an Omnivore export archive. */
export function parseOmnivoreZip(files: Map<string, Uint8Array>): ParseOutput {
  const out: ParseOutput = { candidates: [], rejected: [] };
  const text = (name: string): string | undefined => {
    const bytes = files.get(name);
    return bytes ? decodeText(bytes) : undefined;
  };
  for (const name of [...files.keys()].filter((n) => METADATA.test(n)).sort()) {
    let data: unknown;
    try {
      data = JSON.parse(text(name) ?? '');
    } catch {
      out.rejected.push({ where: name, reason: 'not JSON' });
      continue;
    }
    if (!Array.isArray(data)) {
      out.rejected.push({ where: name, reason: 'not a list of articles' });
      continue;
    }
    (data as unknown[]).forEach((raw, i) => {
      const where = `${name} entry ${i + 1}`;
      if (typeof raw !== 'object' || raw === null) return out.rejected.push({ where, reason: 'not an object' });
      const e = raw as Record<string, unknown>;
      const slug = typeof e.slug === 'string' && /^[^/\\]+$/.test(e.slug) ? e.slug : null;
      const labels = Array.isArray(e.labels)
        ? (e.labels as unknown[]).map((l) => (typeof l === 'object' && l ? (l as { name?: unknown }).name : l))
        : [];
      collect(
        out,
        makeCandidate(where, {
          url: e.url,
          title: e.title,
          savedAt: e.savedAt,
          read: e.state === 'Archived' || e.readingProgress === 100,
          tags: labels,
          untrustedHtml: slug ? text(`content/${slug}.html`) : undefined,
          highlights: slug ? markdownQuotes(text(`highlights/${slug}.md`) ?? '') : [],
        }),
      );
    });
  }
  return out;
}
