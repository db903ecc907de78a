/**
 * The last stretch of every extraction, automatic or by a site rule: the chosen block through the
 * one sanitizer gate (with the removal record placed in it), then text, counts, language and
 * direction from what the reader will show, and the page's metadata. One place, so a rule's article
 * is sanitized and described exactly as the pipeline's is.
 */
import { canonicalUrl } from './canonical';
import { dirForLang, resolveLanguage } from './language';
import type { PageMetadata } from './metadata';
import { countText, readingMinutes, wordCount } from './reading-time';
import type { Place, RawRemoval } from './record';
import { finishBlock } from './removal-report';
import { blockText } from './text';
import { fail } from '../result';
import type { Article, ExtractResult, GuardEvent, StepReport, TextDirection } from './types';

/** What the caller chose and recorded on its way to the article block. */
export interface ChosenBlock {
  /** The page (only read: metadata and canonical link). */
  doc: Document;
  url: string;
  win: Window;
  /** The article's block, in the working copy. */
  block: Element;
  meta: PageMetadata;
  raws: RawRemoval[];
  places: Map<Node, Place>;
  steps: StepReport[];
  guard: GuardEvent[];
}

/** Sanitizes the block and builds the Article; a block with no text left is not an article. */
export function finishArticle(chosen: ChosenBlock): ExtractResult {
  const { doc, url, win, block, meta } = chosen;
  // The block as DOM straight into the sanitizer, whose inert copy also gives the text: serializing
  // it and parsing the markup twice more cost a third of the extraction time on long pages.
  const { html, root: sanitized, removals } = finishBlock(block, win, chosen.raws, chosen.places);
  const text = blockText(sanitized);
  // No length floor: a short note is still what the user asked to read; listings and link pages
  // were refused before this by structure, and an empty block here.
  if (!text) return fail('not-article', 'No text in the main block');

  const lang = resolveLanguage(meta.lang, text);
  const dir: TextDirection = meta.dir === 'rtl' || meta.dir === 'ltr' ? meta.dir : dirForLang(lang);
  const counts = countText(text);

  const article: Article = {
    title: meta.title || doc.title.trim() || url,
    byline: meta.byline,
    siteName: meta.siteName,
    publishedTime: meta.publishedTime,
    lang,
    dir,
    excerpt: meta.excerpt,
    leadImage: meta.leadImage,
    html,
    text,
    wordCount: wordCount(counts),
    readingMinutes: readingMinutes(counts),
    url,
    canonicalUrl: canonicalUrl(doc, url),
  };
  return { ok: true, value: { article, removed: { blocks: removals, steps: chosen.steps, guard: chosen.guard } } };
}
