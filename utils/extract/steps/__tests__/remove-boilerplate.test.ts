import { afterEach, describe, expect, it } from 'vitest';
import { jsdomBody, prose } from '../../__tests__/jsdom-page';
import { removeBoilerplate } from '../remove-boilerplate';

let close = () => {};
afterEach(() => close());

function run(html: string) {
  const page = jsdomBody(html);
  close = page.close;
  removeBoilerplate(page.body, { url: 'https://news.example/', doc: page.doc, byline: '' });
  return page.body;
}

describe('removeBoilerplate', () => {
  it('removes widgets named for what they are, even when the name also says "article"', () => {
    const body = run(`<div class="entry">${prose(4)}</div>
      <div class="share-bar"><a>Share on Facebook</a></div>
      <section class="related-articles"><a>Another story</a></section>
      <div id="comments">Leave a Reply</div>
      <div aria-label="Breadcrumb">Home › Politics</div>
      <nav>Menu</nav><form>Search</form>
      <div class="author-bio">He has covered parliament for fifteen years.</div>`);
    const text = body.textContent!;
    expect(text).toContain('paragraph 4');
    for (const gone of ['Share on Facebook', 'Another story', 'Leave a Reply', 'Home › Politics', 'Menu', 'Search', 'fifteen years']) {
      expect(text).not.toContain(gone);
    }
  });

  it('keeps a container that holds most of the text whatever its name says', () => {
    const body = run(`<div class="post has-comments sidebar-layout">${prose(6)}</div><div class="comments">Nice.</div>`);
    expect(body.textContent).toContain('paragraph 6');
    expect(body.textContent).not.toContain('Nice.');
  });

  it('does not split class names inside words ("shadow", "header" are not "ad")', () => {
    const body = run(`<div class="shadow-box">${prose(1, 'Boxed story text')}</div><div class="page-header">Header text</div>${prose(4)}`);
    expect(body.textContent).toContain('Boxed story text');
    expect(body.textContent).toContain('Header text');
  });

  it("unwraps the story's own header holding a standfirst that Readability would drop by name, and no other", () => {
    const standfirst = 'Standfirst of the story, a whole sentence of prose that says what happened and why. '.repeat(2);
    const body = run(`<article><header class="story-header"><h1>Title</h1><p class="lead">${standfirst}</p></header>${prose(3)}</article>
      <main><header class="article-header"><h2>Other</h2></header></main>`);
    expect(body.querySelector('.story-header')).toBeNull();
    expect(body.querySelector('article > p.lead')!.textContent).toContain('Standfirst of the story');
    const plain = run(
      `<header class="site-header"><h1>Logo</h1></header><article><header class="article-header"><h1>Title</h1></header>${prose(3)}</article>`,
    );
    expect(plain.querySelectorAll('header')).toHaveLength(2);
    const noStandfirst = run(`<article><header class="story-header"><h1>Title</h1><p>05 Oct</p></header>${prose(3)}</article>`);
    expect(noStandfirst.querySelector('header.story-header')).not.toBeNull();
  });

  it('keeps a docs section whose id is the slug of its own heading ("sharing-…" names the heading, not a share bar)', () => {
    const section = prose(2, 'Section text');
    const body = run(`<div class="section" id="sharing-with-a-single-developer"><h2>Sharing with a single developer</h2>${section}</div>
      <div class="section" id="share-tools"><h2>Tools</h2><a>Share</a></div>`);
    expect(body.textContent).toContain('Section text');
    expect(body.querySelector('#share-tools')).toBeNull();
  });

  it('keeps a link inside a sentence whatever its class says, and still removes a standalone one', () => {
    const body =
      run(`<p>The scrivener was a <a class="popup" href="#g1">rather elderly</a> man, and his ways were those of a quiet clerk.</p>
      <div><a class="popup" href="/signup">Sign up</a></div>`);
    expect(body.textContent).toContain('rather elderly');
    expect(body.textContent).not.toContain('Sign up');
  });

  it('judges an element whose id is an in-page link target (a skip link\'s "after-ad") without that id', () => {
    const body = run(
      `${prose(2)}<div class="ad-wrapper"><div class="ad-label">ADVERTISEMENT</div><a href="#after-ad">Skip advertisement</a></div><p id="after-ad">Aldana does not try to solve the mystery. Instead, she writes music for waiting.</p><div id="ad-slot-2">Buy now</div>`,
    );
    expect(body.textContent).toContain('Aldana does not try');
    expect(body.textContent).not.toContain('Skip advertisement');
    expect(body.textContent).not.toContain('Buy now');
  });

  it("moves the headline out of a header Readability drops by name, so Readability's one title-repeat removal meets it", () => {
    const body = run(
      `<article><header class="entry-header"><h1>UPI Lite kya hai</h1><div class="entry-meta">Jan 8</div></header><div class="entry-content">${prose(3)}<h2>UPI Lite kaise kaam karta hai</h2></div></article>`,
    );
    expect(body.querySelector('article > h1 + header.entry-header')).not.toBeNull();
    expect(body.querySelector('header h1')).toBeNull();
    const kept = run(`<article><header class="article-header"><h1>Title</h1></header>${prose(3)}</article>`);
    expect(kept.querySelector('header.article-header > h1')).not.toBeNull();
  });

  it('keeps a subheading named "…-header" from Readability\'s page-header rule, and removes recipe-card furniture by name', () => {
    const body = run(`${prose(3)}<p class="disclosure"><em>As an Amazon Associate I earn from qualifying purchases.</em></p>
      <div class="wprm-recipe-rating"><span>4.9 from 212 votes</span></div>
      <div class="wprm-recipe-ingredients-container"><h3 class="wprm-recipe-header">Ingredients</h3><ul><li>2 cups flour</li></ul></div>
      <div class="wprm-call-to-action"><span>Tag @littlecopperpot on Instagram</span></div>`);
    expect(body.querySelector('h3')!.getAttribute('class')).toBe('wprm-recipe-heading');
    for (const gone of ['Amazon Associate', '212 votes', 'Instagram']) expect(body.textContent).not.toContain(gone);
    expect(body.textContent).toContain('2 cups flour');
  });
});
