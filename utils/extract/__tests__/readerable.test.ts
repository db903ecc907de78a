import { isProbablyReaderable } from '@mozilla/readability';
import { afterEach, describe, expect, it } from 'vitest';
import { isProbablyArticle } from '../readerable';
import { jsdomPage } from './jsdom-page';

let close = () => {};
afterEach(() => close());

const sentence = 'भारतीय टीम ने तीसरे टेस्ट में शानदार वापसी की और युवा विकेटकीपर ने दबाव में धैर्य भरी पारी खेली जिससे मैच का रुख बदल गया';

describe('isProbablyArticle', () => {
  it('says yes to a div-based CMS page where isProbablyReaderable says no', () => {
    const body = `<div class="story">${Array.from({ length: 5 }, () => `<div class="txt">${sentence}। ${sentence}।</div>`).join('')}</div>`;
    const page = jsdomPage(`<!doctype html><html><head><meta property="og:type" content="article"></head><body>${body}</body></html>`);
    close = page.close;
    expect(isProbablyReaderable(page.doc)).toBe(false);
    expect(isProbablyArticle(page.doc)).toBe(true);
  });

  it('says no to a section page of short links', () => {
    const items = Array.from({ length: 30 }, (_, i) => `<li><a href="/s/${i}">खबर ${i}: छोटी सुर्खी</a></li>`).join('');
    const page = jsdomPage(`<!doctype html><html><body><nav>Home</nav><ul>${items}</ul></body></html>`);
    close = page.close;
    expect(isProbablyArticle(page.doc)).toBe(false);
  });
});
