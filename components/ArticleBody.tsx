/**
 * The only place in Broadsheet where HTML from a page is rendered. It accepts nothing but
 * `SanitizedHtml`, which only the sanitizer in utils/extract/sanitize.ts can produce.
 */
import type { SanitizedHtml } from '../utils/extract/types';

export interface ArticleBodyProps {
  /** The article body, already sanitized. */
  html: SanitizedHtml;
}

export function ArticleBody({ html }: ArticleBodyProps) {
  // The one sanctioned use of raw HTML: `html` has passed DOMPurify (see sanitize.ts).
  return <div class="bs-body" data-testid="reader-body" dangerouslySetInnerHTML={{ __html: html }} />;
}
