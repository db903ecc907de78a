/**
 * The page fixtures (`tests/pages/<slug>/`): every page as a site serves it, run through
 * `extractArticle`, checked against what a careful human reader says the article is — title exactly,
 * byline, site, published instant, language and direction, every part of the story present and every
 * piece of widget text (nav, "Also read", share bars, ads, related, comments, author box…) absent.
 * One `it` per page so a failure names the page, and each failure lists the exact snippet that
 * leaked or went missing. Expectations are never re-baselined to match the code; see
 * tests/pages/STATUS.md for what the current pipeline still gets wrong.
 *
 * Pages are parsed by `openPage` (a jsdom window of their own whose URL is the page's — see there why
 * not the environment's global DOMParser), as the status script (`tests/pages-status.ts`) does, so
 * both report the same results.
 *
 * `tests/pages/known-gaps.json` lists the pages the pipeline does not yet get right, with what is
 * wrong. Those run as expected failures (`it.fails`): they stay visible in every run, and the day a
 * page comes out right its test fails until it is taken off the list, so a gap can neither hide nor
 * linger. The no-mutation contract is checked for every page, gaps included.
 */
import { describe, expect, it } from 'vitest';
import knownGaps from '../pages/known-gaps.json';
import { extractArticle } from '@/utils/extract';
import {
  articleProblems,
  fixtureSlugs,
  loadFixture,
  missingFiles,
  openPage,
  snippetProblems,
  validateExpected,
  type ExpectedPage,
} from '../page-fixtures';

const slugs = fixtureSlugs();

/** Parses a page only to read its text (no extraction), closing its window at once. */
function withPage<T>(html: string, url: string, use: (doc: Document) => T): T {
  const { doc, close } = openPage(html, url);
  try {
    return use(doc);
  } finally {
    close();
  }
}

/** The whole document as markup, to prove extraction left it untouched. */
function serialize(doc: Document): string {
  return `${doc.documentElement.outerHTML}\n${doc.title}`;
}

describe('page fixtures: conventions', () => {
  it('has at least 40 fixtures', () => {
    expect(slugs.length).toBeGreaterThanOrEqual(40);
  });

  it('every fixture folder has source.html and expected.json', () => {
    const missing = slugs.flatMap((slug) => missingFiles(slug).map((file) => `${slug}/${file}`));
    expect(missing).toEqual([]);
  });

  it('every expected.json has the documented shape', () => {
    const problems = slugs
      .filter((slug) => missingFiles(slug).length === 0)
      .flatMap((slug) => validateExpected(loadFixture(slug).expected).map((p) => `${slug}: ${p}`));
    expect(problems).toEqual([]);
  });

  it('every snippet is really on its page, and no widget snippet overlaps a story snippet', () => {
    const problems = slugs
      .filter((slug) => missingFiles(slug).length === 0)
      .flatMap((slug) => {
        const { html, expected } = loadFixture(slug);
        if (validateExpected(expected).length) return [];
        const page = expected as ExpectedPage;
        return withPage(html, page.url, (doc) => snippetProblems(page, doc)).map((p) => `${slug}: ${p}`);
      });
    expect(problems).toEqual([]);
  });

  it('covers at least 8 languages, Hindi in at least 5 fixtures, and both failure and success', () => {
    const expectations = slugs.filter((slug) => missingFiles(slug).length === 0).map((slug) => loadFixture(slug).expected as ExpectedPage);
    const articles = expectations.filter((e) => e.ok);
    const langs = new Set(articles.map((e) => e.lang?.split('-')[0]));
    expect(langs.size).toBeGreaterThanOrEqual(8);
    expect(articles.filter((e) => e.lang?.split('-')[0] === 'hi').length).toBeGreaterThanOrEqual(5);
    expect(expectations.some((e) => !e.ok)).toBe(true);
  });
});

/** Pages whose extraction is known to be wrong today, and what is wrong with each. */
const gaps: Record<string, string[]> = knownGaps;

describe('page fixtures: known gaps', () => {
  it('lists only existing fixtures, each with what is wrong', () => {
    expect(Object.keys(gaps).filter((slug) => !slugs.includes(slug))).toEqual([]);
    expect(Object.entries(gaps).filter(([, problems]) => problems.length === 0)).toEqual([]);
  });
});

/** Extracts a fixture, returning the result and whether the document was left untouched. */
function extractFixture(slug: string) {
  expect(missingFiles(slug)).toEqual([]);
  const { html, expected } = loadFixture(slug);
  expect(validateExpected(expected)).toEqual([]);
  const page = expected as ExpectedPage;
  return withPage(html, page.url, (doc) => {
    const before = serialize(doc);
    const result = extractArticle(doc, page.url);
    return { page, result, untouched: serialize(doc) === before };
  });
}

describe('page fixtures: extraction', () => {
  for (const slug of slugs) {
    const gap = gaps[slug];
    it(`${slug} leaves the page untouched`, () => {
      expect(extractFixture(slug).untouched, `${slug}: extractArticle changed the document`).toBe(true);
    });
    if (gap) {
      it.fails(`${slug} (known gap: ${gap.join('; ')})`, () => {
        const { page, result } = extractFixture(slug);
        expect(articleProblems(page, result)).toEqual([]);
      });
    } else {
      it(slug, () => {
        const { page, result } = extractFixture(slug);
        expect(articleProblems(page, result), `${slug}: differs from what a reader sees`).toEqual([]);
      });
    }
  }
});
