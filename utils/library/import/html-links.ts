/**
 * Links and headings from the two HTML exports (Pocket's ril_export.html, Netscape bookmarks)
 * without a DOM: this folder is storage-side code that runs in Node too, and both formats are flat
 * tag soup where a small scanner of `<a …>`, `<h1>`…`<h6>` and `</dl>` is enough.
 */
import { collect, makeCandidate, type CandidateInput, type ParseOutput } from './candidate';

/** One link with its attributes (lower-cased names), the last heading above it, and its folders (`<h3>` + `<dl>`). */
export interface HtmlLink {
  attrs: Record<string, string>;
  text: string;
  heading: string | null;
  folders: string[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Decodes the character references these exports use. */
export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code < 0x110000 ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[ref.toLowerCase()] ?? whole;
  });
}

function attributes(tag: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const m of tag.matchAll(/([a-z_:][-a-z0-9_:]*)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi)) {
    attrs[(m[1] ?? '').toLowerCase()] = decodeEntities(m[2] ?? m[3] ?? m[4] ?? '');
  }
  return attrs;
}

const strip = (s: string): string => decodeEntities(s.replace(/<[^>]*>/g, '')).trim();

/** Every `<a href>` in document order, with the heading and the bookmark folders it sits under. */
export function scanLinks(html: string): HtmlLink[] {
  const links: HtmlLink[] = [];
  const folders: string[] = [];
  let heading: string | null = null;
  let pending = '';
  const re = /<(h[1-6])\b[^>]*>([\s\S]*?)<\/\1\s*>|<a\b([^>]*)>([\s\S]*?)<\/a\s*>|<(\/?)dl\b[^>]*>/gi;
  for (const m of html.matchAll(re)) {
    if (m[1]) {
      heading = strip(m[2] ?? '');
      pending = heading;
    } else if (m[3] !== undefined) {
      links.push({ attrs: attributes(m[3]), text: strip(m[4] ?? ''), heading, folders: folders.filter((f) => f !== '') });
    } else if (m[5] === '/') {
      folders.pop();
    } else {
      folders.push(pending);
      pending = '';
    }
  }
  return links;
}

/** Builds one candidate per link (its href and text), taking the format's own fields from `fields`. */
export function candidatesFromLinks(html: string, fields: (link: HtmlLink) => Omit<CandidateInput, 'url' | 'title'>): ParseOutput {
  const out: ParseOutput = { candidates: [], rejected: [] };
  scanLinks(html).forEach((link, i) => {
    collect(out, makeCandidate(`link ${i + 1}`, { url: link.attrs.href, title: link.text, ...fields(link) }));
  });
  return out;
}
