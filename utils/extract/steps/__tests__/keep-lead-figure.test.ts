import { afterEach, describe, expect, it } from 'vitest';
import { jsdomBody, prose } from '../../__tests__/jsdom-page';
import { keepLeadFigure } from '../keep-lead-figure';

let close = () => {};
afterEach(() => close());

function run(html: string): HTMLElement {
  const page = jsdomBody(html);
  close = page.close;
  keepLeadFigure(page.body, { url: 'https://news.example/', doc: page.doc, byline: '' });
  return page.body;
}

const figure =
  '<figure id="lead"><img src="https://img.example/lead.jpg"><figcaption>Commuters wait on the platform.</figcaption></figure>';

describe('keepLeadFigure', () => {
  it('moves the first figure into the prose container right after it', () => {
    const body = run(`<article><h1>Title</h1>${figure}<div class="story-body">${prose(4)}</div></article>`);
    expect(body.querySelector('.story-body > #lead:first-child')).not.toBeNull();
  });

  it('looks through a wrapper that holds only the figure, and one level into the next container', () => {
    const body = run(`<div class="media">${figure}</div><div class="body"><div class="text">${prose(4)}</div></div>`);
    expect(body.querySelector('.text > #lead:first-child')).not.toBeNull();
  });

  it('leaves a figure without a caption, one far from the prose, and one before a short block', () => {
    const noCaption = run(`<figure id="lead"><img src="https://img.example/logo.png"></figure><div class="story-body">${prose(4)}</div>`);
    expect(noCaption.querySelector('body > #lead')).not.toBeNull();
    const far = run(
      `${figure}<div class="meta">By a reporter, with a long line of metadata</div><div class="story-body">${prose(4)}</div>`,
    );
    expect(far.querySelector('body > #lead')).not.toBeNull();
    const short = run(`${figure}<div class="teaser"><p>One line.</p></div>`);
    expect(short.querySelector('body > #lead')).not.toBeNull();
  });
});
