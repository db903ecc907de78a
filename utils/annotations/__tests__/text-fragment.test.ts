// Links back to the highlighted words on the original page.
import { describe, expect, it } from 'vitest';
import { linkToQuote, textDirective } from '../text-fragment';

describe('textDirective', () => {
  it('names a short quote whole, encoding the directive’s separators', () => {
    expect(textDirective('a well-known fact, & more', 'It is ', '.')).toBe('text=a%20well%2Dknown%20fact%2C%20%26%20more');
  });

  it('collapses whitespace and drops part words at the edges', () => {
    expect(textDirective('rbour  as\nthe ferr', 'the ha', 'ies left')).toBe('text=as,the');
    expect(textDirective('harbour', 'the ', ' as')).toBe('text=harbour');
    expect(textDirective('arb', 'h', 'our')).toBeNull();
  });

  it('names a long quote, or one across lines, by its first and last words', () => {
    const long = 'Fishermen mended nets on the quay while the market opened late and the ferries left the harbour one by one';
    expect(textDirective(long, '', '')).toBe(
      `text=${encodeURIComponent('Fishermen mended nets on')},${encodeURIComponent('left the harbour one by one')}`,
    );
    expect(textDirective('End of one.\n  Start of two.', '', '')).toBe('text=End%20of%20one.,Start%20of%20two.');
    expect(
      textDirective('A first paragraph that is long enough to be cut.\n\nMiddle.\nThe last one, long enough to cut too.', '', ''),
    ).toBe(`text=${encodeURIComponent('A first paragraph that is')},${encodeURIComponent('one, long enough to cut too.')}`);
  });

  it('handles scripts written without spaces and right-to-left text', () => {
    expect(textDirective('图书馆将在市中心开放', '', '')).toBe(`text=${encodeURIComponent('图书馆将在市中心开放')}`);
    expect(textDirective('افتتاح المكتبة', 'عن ', ' الجديدة')).toBe(`text=${encodeURIComponent('افتتاح المكتبة')}`);
  });
});

describe('linkToQuote', () => {
  const quote = { exact: 'the quay', prefix: 'nets on ', suffix: ', and' };

  it('adds a text fragment, keeping a fragment the URL has and replacing an old directive', () => {
    expect(linkToQuote('https://news.example/a?b=1', quote)).toBe('https://news.example/a?b=1#:~:text=the%20quay');
    expect(linkToQuote('https://news.example/#/story/1', quote)).toBe('https://news.example/#/story/1:~:text=the%20quay');
    expect(linkToQuote('https://news.example/a#', quote)).toBe('https://news.example/a#:~:text=the%20quay');
    expect(linkToQuote('https://news.example/a#:~:text=old', quote)).toBe('https://news.example/a#:~:text=the%20quay');
    expect(linkToQuote('https://news.example/a b', null)).toBe('https://news.example/a%20b');
  });

  it('links nothing but web and file pages', () => {
    expect(linkToQuote('javascript:alert(1)', quote)).toBeNull();
    expect(linkToQuote('data:text/html,<script>alert(1)</script>', quote)).toBeNull();
    expect(linkToQuote('not a url', quote)).toBeNull();
    expect(linkToQuote('file:///home/me/saved.html', quote)).toBe('file:///home/me/saved.html#:~:text=the%20quay');
  });
});
