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
});
