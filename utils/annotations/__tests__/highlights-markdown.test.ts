// The Markdown export of highlights: the exact file for one article, the grouped file, and that
// nothing from a page or a file can add structure to either.
import { describe, expect, it } from 'vitest';
import type { ArticleMeta } from '../../library/types';
import { allHighlightsToMarkdown, highlightsToMarkdown, type HighlightedArticle } from '../highlights-markdown';
import type { Highlight } from '../types';

const ARTICLE: ArticleMeta = {
  id: 3,
  title: 'Harbour reopens after storm',
  byline: 'Ana Lima',
  siteName: 'The Coast Times',
  publishedTime: '2025-11-20T08:00:00Z',
  lang: 'en',
  dir: 'ltr',
  excerpt: null,
  leadImage: null,
  wordCount: 800,
  readingMinutes: 4,
  url: 'https://coast.example/harbour',
  canonicalUrl: 'https://coast.example/harbour',
  savedAt: Date.UTC(2025, 10, 21, 9, 30),
  updatedAt: Date.UTC(2025, 10, 21, 9, 30),
  read: false,
  readAt: null,
  progress: 0,
  tags: [],
};

let next = 0;
/** A highlight of `exact` at `start`, with `note`. */
function highlight(exact: string, start: number, note = '', extra: Partial<Highlight> = {}): Highlight {
  next += 1;
  return {
    id: `h${next}`,
    articleId: 3,
    target: {
      quote: { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' },
      position: { type: 'TextPositionSelector', start, end: start + exact.length },
    },
    colour: 'yellow',
    note,
    createdAt: 1_000 + next,
    updatedAt: 1_000 + next,
    ...extra,
  };
}

describe('highlightsToMarkdown', () => {
  it('writes front matter, the title, and each highlight in reading order with its note and a link back', () => {
    const markdown = highlightsToMarkdown(ARTICLE, [
      highlight('The ferries run again.', 400, 'Check the timetable.\nAsk Jo.'),
      highlight('The storm closed the harbour for a week.', 10),
    ]);
    expect(markdown).toBe(`---
title: "Harbour reopens after storm"
url: "https://coast.example/harbour"
site: "The Coast Times"
author: "Ana Lima"
saved: "2025-11-21T09:30:00.000Z"
---

# Harbour reopens after storm

> The storm closed the harbour for a week.

[The Coast Times](<https://coast.example/harbour#:~:text=The%20storm%20closed%20the%20harbour%20for%20a%20week.>)

> The ferries run again.

Check the timetable.\\
Ask Jo.

[The Coast Times](<https://coast.example/harbour#:~:text=The%20ferries%20run%20again.>)
`);
  });

  it('leaves out what the article lacks, and lists tags when it has them', () => {
    const bare: HighlightedArticle = { title: 'Untitled', url: 'https://x.example/a', siteName: null, byline: null, savedAt: Number.NaN };
    const markdown = highlightsToMarkdown({ ...bare, tags: ['city', 'yes', ' ', 'a "quoted" tag'] }, [highlight('word', 0)]);
    expect(markdown).toContain(
      '---\ntitle: "Untitled"\nurl: "https://x.example/a"\ntags:\n  - "city"\n  - "yes"\n  - "a \\"quoted\\" tag"\n---\n',
    );
    expect(markdown).not.toMatch(/^(site|author|saved):/m);
    // With no site name, the link back is named by the host.
    expect(markdown).toContain('[x.example](<https://x.example/a#:~:text=word>)');
  });

  it('escapes front-matter values so a title cannot end the front matter or add keys', () => {
    const hostile = { ...ARTICLE, title: 'Breaking\n---\nevil: true', byline: 'x: y # z', siteName: '"Q" \\ Co' };
    const markdown = highlightsToMarkdown(hostile, []);
    const front = markdown.split('\n---\n')[0]!;
    expect(front.split('\n')).toEqual([
      '---',
      'title: "Breaking\\n---\\nevil: true"',
      'url: "https://coast.example/harbour"',
      'site: "\\"Q\\" \\\\ Co"',
      'author: "x: y # z"',
      'saved: "2025-11-21T09:30:00.000Z"',
    ]);
    expect(markdown).toContain('\n# Breaking \\--- evil: true\n');
  });

  it('escapes quotes and notes so they cannot inject headings, links, images or HTML', () => {
    const quote = '# Fake heading\n[click](javascript:alert(1)) <img src=x onerror=alert(1)>\n\n- not a list\n1. not a list';
    const markdown = highlightsToMarkdown(ARTICLE, [highlight(quote, 0, '## also not a heading\n![x](https://t.example/pixel)')]);
    const body = markdown.slice(markdown.indexOf('\n# Harbour'));
    expect(body).toContain(
      '> \\# Fake heading\n> \\[click\\](javascript:alert(1)) \\<img src=x onerror=alert(1)\\>\n>\n> \\- not a list\n> 1\\. not a list\n\n',
    );
    expect(body).toContain('\\#\\# also not a heading\\\n!\\[x\\](https://t.example/pixel)\n');
    // The only unescaped headings and links are ours.
    expect(body.match(/^#/gm)).toHaveLength(1);
    expect(body.match(/(?<!\\)\]\(/g)).toHaveLength(1);
  });

  it('keeps every script intact, right-to-left and Devanagari included', () => {
    const texts = ['हिन्दी में एक उद्धरण।', 'اقتباس باللغة العربية.', 'ציטוט בעברית.', '中文引用。', '日本語の引用。'];
    const markdown = highlightsToMarkdown(
      { ...ARTICLE, title: 'समाचार', siteName: 'दैनिक' },
      texts.map((text, i) => highlight(text, i * 100)),
    );
    for (const text of texts) expect(markdown).toContain(`> ${text}\n`);
    expect(markdown).toContain('title: "समाचार"');
    expect(markdown).toContain('# समाचार\n');
  });

  it('never links back to a page that is not http(s) or file', () => {
    const markdown = highlightsToMarkdown({ ...ARTICLE, url: 'javascript:alert(1)' }, [highlight('quote', 0)]);
    expect(markdown).not.toContain('](');
    expect(markdown).toContain('url: "javascript:alert(1)"');
  });
});

describe('allHighlightsToMarkdown', () => {
  it('groups every highlight under its article, in the order given, skipping articles without any', () => {
    const other: HighlightedArticle = {
      title: 'Rail [strike] ends',
      url: 'https://rail.example/s',
      siteName: null,
      byline: 'B. Oyelaran',
      savedAt: 0,
    };
    const markdown = allHighlightsToMarkdown([
      { article: ARTICLE, highlights: [highlight('Second in reading order.', 50), highlight('First.', 5)] },
      { article: { ...ARTICLE, title: 'Nothing highlighted' }, highlights: [] },
      { article: other, highlights: [highlight('Trains run from Monday.', 0, 'Good news')] },
    ]);
    expect(markdown).toBe(`# [Harbour reopens after storm](<https://coast.example/harbour>)

*Ana Lima · The Coast Times*

> First.

[The Coast Times](<https://coast.example/harbour#:~:text=First.>)

> Second in reading order.

[The Coast Times](<https://coast.example/harbour#:~:text=Second%20in%20reading%20order.>)

# [Rail \\[strike\\] ends](<https://rail.example/s>)

*B. Oyelaran*

> Trains run from Monday.

Good news

[rail.example](<https://rail.example/s#:~:text=Trains%20run%20from%20Monday.>)
`);
    expect(markdown).not.toContain('Nothing highlighted');
  });

  it('is empty when there are no highlights at all', () => {
    expect(allHighlightsToMarkdown([])).toBe('');
    expect(allHighlightsToMarkdown([{ article: ARTICLE, highlights: [] }])).toBe('');
  });
});
