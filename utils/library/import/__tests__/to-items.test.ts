/**
 * Import candidates as library items: the row's fields from what a file gives (site from the host,
 * direction from the title, an excerpt without the repeated title, tags within bounds), bodies
 * through the DOMPurify gate with text read from what it let through, and link-only entries empty.
 */
import { describe, expect, it } from 'vitest';
import { validateItem, MAX_TAG } from '../../validate-item';
import { makeCandidate, type ImportCandidate } from '../candidate';
import { importedBody } from '../sanitize-body';
import { candidateToItem, excerptOf } from '../to-items';

const NOW = 1_760_000_000_000;
const body = (c: ImportCandidate) => importedBody(c, window);

function candidate(input: Parameters<typeof makeCandidate>[1]): ImportCandidate {
  const built = makeCandidate('test', input);
  if (!('canonicalUrl' in built)) throw new Error(built.reason);
  return built;
}

describe('candidateToItem', () => {
  it('makes a valid item of a link-only entry: site from the host, no body, the file’s date and read state', () => {
    const item = candidateToItem(
      candidate({ url: 'https://www.news.example/a', title: 'A', savedAt: 1_700_000_000, read: true, tags: ['x'] }),
      body,
      NOW,
    );
    expect(item).toMatchObject({
      siteName: 'news.example',
      html: '',
      text: '',
      excerpt: null,
      savedAt: 1_700_000_000_000,
      read: true,
      readAt: NOW,
    });
    expect(item.readingMinutes).toBe(0);
    expect(validateItem(item).ok).toBe(true);
  });

  it('sanitizes a body, reads its text from the sanitized markup, and leaves the title out of the excerpt', () => {
    const html = '<h1>Title here</h1><p onclick="x()">First <b>line</b>.</p><script>evil()</script><img src=x onerror="evil()">';
    const item = candidateToItem(candidate({ url: 'https://a.example/', title: 'Title here', untrustedHtml: html }), body, NOW);
    expect(item.html).not.toMatch(/onclick|onerror|script|evil/);
    expect(item.text).toBe('Title here\nFirst line.');
    expect(item.excerpt).toBe('First line.');
    expect(item.wordCount).toBe(4);
    expect(validateItem(item).ok).toBe(true);
  });

  it('escapes plain text a tool kept into paragraphs (markup in it stays text)', () => {
    const item = candidateToItem(candidate({ url: 'https://a.example/t', text: 'One <img src=x onerror=y>\n\nTwo' }), body, NOW);
    expect(item.html).toBe('<p>One &lt;img src=x onerror=y&gt;</p><p>Two</p>');
    expect(item.text).toBe('One <img src=x onerror=y>\nTwo');
  });

  it('gives a right-to-left title its direction, cuts over-long tags, and never dates a save in the future', () => {
    const item = candidateToItem(
      candidate({ url: 'https://a.example/he', title: 'חדשות הנמל', savedAt: NOW + 1e9, tags: ['t'.repeat(MAX_TAG + 50), 'ok'] }),
      body,
      NOW,
    );
    expect(item.dir).toBe('rtl');
    expect(item.savedAt).toBe(NOW);
    expect(item.tags).toEqual(['t'.repeat(MAX_TAG), 'ok']);
    expect(validateItem(item).ok).toBe(true);
  });

  it('excerptOf: the text without the leading title', () => {
    expect(excerptOf('Title\nBody', 'Title')).toBe('Body');
    expect(excerptOf('Other text', 'Title')).toBe('Other text');
    expect(excerptOf('Title', 'Title')).toBeNull();
  });
});
