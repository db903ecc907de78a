/**
 * The common shape every reading-list parser produces, whatever tool the file came from, so the
 * preview, the merge and (later) the library import handle one kind of entry. Everything here came
 * from an untrusted file: URLs are checked per line, and html stays raw and marked untrusted until
 * the extraction module's DOMPurify gate sanitizes it.
 */
import { withoutTracking } from '../../extract/canonical';

/** One highlight a tool kept for an article. */
export interface ImportHighlight {
  quote: string;
  /** Unix milliseconds, or null when the file does not say. */
  createdAt: number | null;
}

/** One article as another tool exported it, before it is merged or stored. */
export interface ImportCandidate {
  title: string;
  url: string;
  /** The URL that identifies the article in the library (tracking parameters and #fragment removed). */
  canonicalUrl: string;
  /** Unix milliseconds, or null when the file does not say. */
  savedAt: number | null;
  read: boolean;
  starred: boolean;
  tags: string[];
  /** Plain text of the article, when the tool kept it. */
  text?: string;
  /** The tool's HTML, raw: untrusted, to pass the DOMPurify gate before it is stored or shown. */
  untrustedHtml?: string;
  highlights: ImportHighlight[];
}

/** A line or entry that was refused, and why (shown in the import report). */
export interface Rejection {
  /** Where in the file: a line, entry or ZIP member. */
  where: string;
  reason: string;
}

/** What a parser found in one file. */
export interface ParseOutput {
  candidates: ImportCandidate[];
  rejected: Rejection[];
}

/** The longest title or tag kept; longer ones are cut (a hostile file cannot make giant labels). */
const MAX_LABEL = 4_000;

/** The URL as a web address, or why it is refused: only http(s) is imported (no javascript:, data:, file:). */
export function checkUrl(raw: unknown): { url: string } | { reason: string } {
  if (typeof raw !== 'string' || raw.trim() === '') return { reason: 'missing url' };
  if (raw.length > MAX_LABEL) return { reason: 'url too long' };
  let parsed: URL;
  try {
    parsed = new URL(raw.trim());
  } catch {
    return { reason: 'not a url' };
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return { reason: `refused scheme ${parsed.protocol}` };
  return { url: parsed.href };
}

/** Unix milliseconds from seconds, milliseconds or a date string; null when there is no usable date. */
export function toTime(raw: unknown): number | null {
  if (typeof raw === 'number' && Number.isFinite(raw) && raw > 0) return raw < 1e11 ? Math.round(raw * 1000) : Math.round(raw);
  if (typeof raw !== 'string' || raw.trim() === '') return null;
  if (/^\d+(?:\.\d+)?$/.test(raw.trim())) return toTime(Number(raw.trim()));
  const t = Date.parse(raw);
  return Number.isNaN(t) ? null : t;
}

/** Tags cleaned: trimmed, non-empty, cut to a bound, each once. */
export function cleanTags(raw: readonly unknown[]): string[] {
  const tags = raw.filter((t): t is string => typeof t === 'string').map((t) => t.trim().slice(0, MAX_LABEL));
  return [...new Set(tags.filter((t) => t !== ''))];
}

/** The fields a parser gives for one entry; the rest has defaults. */
export interface CandidateInput {
  url: unknown;
  title?: unknown;
  savedAt?: unknown;
  read?: boolean;
  starred?: boolean;
  tags?: readonly unknown[];
  text?: unknown;
  untrustedHtml?: unknown;
  highlights?: ImportHighlight[];
}

/** Builds a candidate from one entry, or a rejection saying where and why. */
export function makeCandidate(where: string, input: CandidateInput): ImportCandidate | Rejection {
  const checked = checkUrl(input.url);
  if ('reason' in checked) return { where, reason: checked.reason };
  const title = typeof input.title === 'string' && input.title.trim() ? input.title.trim().slice(0, MAX_LABEL) : checked.url;
  const candidate: ImportCandidate = {
    title,
    url: checked.url,
    canonicalUrl: withoutTracking(checked.url),
    savedAt: toTime(input.savedAt),
    read: input.read ?? false,
    starred: input.starred ?? false,
    tags: cleanTags(input.tags ?? []),
    highlights: input.highlights ?? [],
  };
  if (typeof input.text === 'string' && input.text.trim()) candidate.text = input.text;
  if (typeof input.untrustedHtml === 'string' && input.untrustedHtml.trim()) candidate.untrustedHtml = input.untrustedHtml;
  return candidate;
}

/** Adds a built entry to a parser's output, as a candidate or a rejection. */
export function collect(out: ParseOutput, built: ImportCandidate | Rejection): void {
  if ('canonicalUrl' in built) out.candidates.push(built);
  else out.rejected.push(built);
}
