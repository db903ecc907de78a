/**
 * The library page's Highlights view, wired: every highlight from the library (hooks/use-highlights-view.ts),
 * filtered by colour, opened in the reader page, and exported as one Markdown file grouped by article
 * (utils/annotations/highlights-markdown.ts), newest article first.
 */
import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { HighlightsList } from '../../components/HighlightsList';
import { useHighlightsView } from '../../hooks/use-highlights-view';
import { allHighlightsToMarkdown, type ArticleHighlights } from '../../utils/annotations/highlights-markdown';
import type { HighlightColour } from '../../utils/annotations/types';
import { downloadFile } from './download';

export function HighlightsSection() {
  const entries = useHighlightsView();
  const [colour, setColour] = useState<HighlightColour | null>(null);

  const exportShown = () => {
    const groups = new Map<number, ArticleHighlights & { highlights: ArticleHighlights['highlights'][number][] }>();
    for (const { highlight, article } of entries ?? []) {
      if (colour !== null && highlight.colour !== colour) continue;
      const group = groups.get(article.id) ?? { article, highlights: [] };
      group.highlights.push(highlight);
      groups.set(article.id, group);
    }
    downloadFile([allHighlightsToMarkdown([...groups.values()])], 'broadsheet-highlights.md', 'text/markdown;charset=utf-8');
  };

  return (
    <HighlightsList
      entries={entries}
      colour={colour}
      onColour={setColour}
      onOpen={(id) => void browser.tabs.create({ url: browser.runtime.getURL(`/reader.html?id=${id}`) })}
      onExport={exportShown}
    />
  );
}
