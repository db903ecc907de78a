/** Which pages the reader refuses up front: browsers forbid extension scripts there. */
import { describe, expect, it } from 'vitest';
import { isRestrictedUrl } from '../restricted-url';

describe('isRestrictedUrl', () => {
  it.each([
    'chrome://settings/',
    'chrome-extension://abc/popup.html',
    'moz-extension://abc/reader.html',
    'about:addons',
    'about:blank',
    'edge://flags',
    'view-source:https://news.example/',
    'data:text/html,<p>x',
    'https://chromewebstore.google.com/detail/abc',
    'https://chrome.google.com/webstore/detail/abc',
    'https://addons.mozilla.org/hi/firefox/addon/x/',
    'https://support.mozilla.org/',
    'not a url',
  ])('refuses %s', (url) => expect(isRestrictedUrl(url)).toBe(true));

  it.each([
    'https://www.bhaskar.com/national/news/story-1.html',
    'http://127.0.0.1:8080/hindi.html',
    'file:///home/me/saved.html',
    'https://chrome.google.com/search?q=webstore',
  ])('allows %s', (url) => expect(isRestrictedUrl(url)).toBe(false));

  it('leaves an unknown URL (no activeTab grant yet) to injection to decide', () => {
    expect(isRestrictedUrl(undefined)).toBe(false);
  });
});
