/**
 * Contract: extraction never changes the live page. The overlay runs it on the document the user
 * is reading; a step that forgot to clone would strip ads, links or images from the real page.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../index';
import { jsdomPage, prose } from './jsdom-page';

describe('extractArticle and the live document', () => {
  it('leaves the document exactly as it was, with every kind of step firing', () => {
    const page = jsdomPage(`<!doctype html><html lang="en"><head><title>Harbour wall | The Gazette</title>
      <meta property="og:site_name" content="The Gazette"></head><body>
      <nav>Home</nav><div class="share-bar">Share</div>
      <article><h1>Harbour wall</h1><p>By Tom Pryce</p>${prose(6)}
        <p><strong>Also Read:</strong> <a href="/x">Ferry timetable</a></p>
        <p>Advertisement</p><img src="data:image/gif;base64,R0lGOD" data-src="/a.jpg">
        <iframe src="https://www.youtube.com/embed/abcdefghijk"></iframe>
        <p>WhatsApp Group <a href="https://chat.whatsapp.com/x">Join Now</a></p></article>
      <div class="related-articles"><a href="/y">Related</a></div></body></html>`);
    const before = page.doc.documentElement.outerHTML;
    const result = extractArticle(page.doc, 'https://news.example/story');
    expect(result.ok).toBe(true);
    expect(page.doc.documentElement.outerHTML).toBe(before);
    page.close();
  });
});
