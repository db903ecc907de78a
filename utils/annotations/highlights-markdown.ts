/**
 * Highlights as Markdown, for notes apps (Obsidian, Logseq, plain files): one article's highlights
 * with YAML front matter, or every highlight in one file grouped by article. Each highlight is a
 * blockquote, its note under it, then a link back to the words on the original page. Everything
 * that came from a page or a file is escaped (`markdown-escape.ts`, `yaml-scalar.ts`), so a quote
 * cannot add a heading, a link or HTML to the export.
 */
import type { ArticleMeta } from '../library/types';
import { escapedParagraphs, escapeInline } from './markdown-escape';
import { linkToQuote } from './text-fragment';
import type { Highlight } from './types';
import { yamlString } from './yaml-scalar';

/**
 * What the export needs of a saved article: the library's own item types (`ArticleMeta`,
 * `LibraryItem`) both fit. Tags are read when the item has them (the library keeps none yet).
 */
export type HighlightedArticle = Pick<ArticleMeta, 'title' | 'url' | 'siteName' | 'byline' | 'savedAt'> & {
  tags?: readonly string[];
};

/** One article and its highlights, for the all-highlights file. */
export interface ArticleHighlights {
  article: HighlightedArticle;
  highlights: readonly Highlight[];
}

/** An epoch-milliseconds time as ISO 8601, or null when it is not a representable time. */
function isoTime(ms: number): string | null {
  const date = new Date(ms);
  return Number.isFinite(date.getTime()) ? date.toISOString() : null;
}

/** The article's front matter: only the fields it has, every value a quoted YAML scalar. */
function frontMatter(article: HighlightedArticle): string {
  const lines = ['---', `title: ${yamlString(article.title)}`, `url: ${yamlString(article.url)}`];
  if (article.siteName) lines.push(`site: ${yamlString(article.siteName)}`);
  if (article.byline) lines.push(`author: ${yamlString(article.byline)}`);
  const saved = isoTime(article.savedAt);
  if (saved) lines.push(`saved: ${yamlString(saved)}`);
  const tags = (article.tags ?? []).filter((tag) => tag.trim());
  if (tags.length) lines.push('tags:', ...tags.map((tag) => `  - ${yamlString(tag)}`));
  lines.push('---');
  return lines.join('\n');
}

/** A URL as a Markdown link destination: in angle brackets, with what could end them percent-encoded. */
function destination(url: string): string {
  return `<${url.replace(/[<>\s]/g, (c) => encodeURIComponent(c))}>`;
}

/** A name for the link back: the site, else the host, else the URL. */
function linkText(article: HighlightedArticle): string {
  if (article.siteName?.trim()) return escapeInline(article.siteName);
  try {
    return escapeInline(new URL(article.url).host || article.url);
  } catch {
    return escapeInline(article.url);
  }
}

/** Highlights in reading order (by where they start, then when they were made). */
function inReadingOrder(highlights: readonly Highlight[]): Highlight[] {
  return [...highlights].sort((a, b) => a.target.position.start - b.target.position.start || a.createdAt - b.createdAt);
}

/** One highlight: the quote as a blockquote (paragraphs kept), the note under it, the link back. */
function highlightBlock(article: HighlightedArticle, highlight: Highlight): string {
  const { quote } = highlight.target;
  const quoted = escapedParagraphs(quote.exact)
    .map((paragraph) => paragraph.map((line) => `> ${line}`).join('\n'))
    .join('\n>\n');
  // A note's line breaks are the reader's own: kept as hard breaks (a backslash at the end of the line).
  const note = escapedParagraphs(highlight.note).map((paragraph) => paragraph.join('\\\n'));
  const link = linkToQuote(article.url, quote);
  return [quoted || '>', ...note, ...(link ? [`[${linkText(article)}](${destination(link)})`] : [])].join('\n\n');
}

/** One article's highlights as a Markdown file: front matter, the title, then each highlight in reading order. */
export function highlightsToMarkdown(article: HighlightedArticle, highlights: readonly Highlight[]): string {
  const blocks = inReadingOrder(highlights).map((highlight) => highlightBlock(article, highlight));
  return `${[frontMatter(article), `# ${escapeInline(article.title)}`, ...blocks].join('\n\n')}\n`;
}

/**
 * Every article's highlights in one Markdown file: a section per article (its title linked to the
 * page, then who and where), in the order given; articles without highlights are left out.
 */
export function allHighlightsToMarkdown(groups: readonly ArticleHighlights[]): string {
  const sections = groups
    .filter((group) => group.highlights.length > 0)
    .map(({ article, highlights }) => {
      const page = linkToQuote(article.url, null);
      const title = escapeInline(article.title);
      const heading = page ? `# [${title}](${destination(page)})` : `# ${title}`;
      const about = [article.byline, article.siteName].filter((part): part is string => !!part?.trim()).map(escapeInline);
      const blocks = inReadingOrder(highlights).map((highlight) => highlightBlock(article, highlight));
      return [heading, ...(about.length ? [`*${about.join(' · ')}*`] : []), ...blocks].join('\n\n');
    });
  return sections.length ? `${sections.join('\n\n')}\n` : '';
}
