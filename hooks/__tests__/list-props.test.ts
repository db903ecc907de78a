/** Where opening a row goes: the reader page, or the site for a link imported without its text. */
import { describe, expect, it } from 'vitest';
import { openTarget } from '../list-props';

describe('openTarget', () => {
  it('opens a saved article in the reader page, and a link-only import on its site', () => {
    expect(openTarget({ url: 'https://a.example/', wordCount: 120 }, 3)).toEqual({ readerPath: '/reader.html?id=3' });
    expect(openTarget({ url: 'https://a.example/', wordCount: 0 }, 3)).toEqual({ site: 'https://a.example/' });
    // A row whose metadata is not read yet opens in the reader page, which reads it.
    expect(openTarget(undefined, 4)).toEqual({ readerPath: '/reader.html?id=4' });
  });
});
