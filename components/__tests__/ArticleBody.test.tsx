/**
 * ArticleBody's markup path, the one browsers without the HTML Sanitizer API take (jsdom has none;
 * the `setHTML` path runs in real browsers in e2e/render-paths.e2e.test.ts): a hostile saved
 * article, sanitized as the reader page sanitizes it, reaches the DOM with nothing that can run,
 * navigate, frame, submit or restyle, and with all of its story.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HOSTILE_ARTICLE, HOSTILE_NEVER_SHOWN, HOSTILE_STORY } from '../../e2e/pages/hostile-article';
import { sanitizeHtml } from '../../utils/extract/sanitize';
import { ArticleBody } from '../ArticleBody';

let container: HTMLElement;
beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
});
afterEach(() => {
  render(null, container);
  container.remove();
});

/** Renders the body for `html` (raw page HTML, sanitized first as the reader page does). */
function renderBody(html: string): HTMLElement {
  act(() => render(<ArticleBody html={sanitizeHtml(html, window)} />, container));
  const body = container.querySelector<HTMLElement>('[data-testid="reader-body"]');
  if (!body) throw new Error('no body rendered');
  return body;
}

describe('ArticleBody without the Sanitizer API', () => {
  it('takes the markup path, and says so', () => {
    expect('setHTML' in Element.prototype).toBe(false);
    const body = renderBody('<p>Hello <em>there</em></p>');
    expect(body.dataset.render).toBe('markup');
    expect(body.innerHTML).toBe('<p>Hello <em>there</em></p>');
  });

  it('renders a hostile saved article with nothing active in the DOM and the whole story', () => {
    const body = renderBody(HOSTILE_ARTICLE.html);
    const banned =
      'script, style, iframe, frame, frameset, object, embed, applet, form, input, button, select, textarea, option, base, meta, link, noscript, template, svg, math, xmp, dialog';
    expect([...body.querySelectorAll(banned)].map((el) => el.localName)).toEqual([]);
    const findings: string[] = [];
    for (const el of body.querySelectorAll('*')) {
      for (const attr of el.attributes) {
        // Browsers ignore whitespace and control characters inside a scheme ("java\tscript:").
        // eslint-disable-next-line no-control-regex -- those are exactly the characters to strip
        const value = attr.value.replace(/[\s\u0000-\u001f]+/g, '').toLowerCase();
        if (attr.name.startsWith('on')) findings.push(`${el.localName}[${attr.name}]`);
        if (['style', 'class', 'id', 'popover', 'tabindex', 'autofocus', 'srcdoc'].includes(attr.name))
          findings.push(`${el.localName}[${attr.name}]`);
        if (attr.name.startsWith('data-')) findings.push(`${el.localName}[${attr.name}]`);
        if (/^(?:javascript|vbscript|data:text)/.test(value)) findings.push(`${el.localName}[${attr.name}=${attr.value}]`);
      }
    }
    expect(findings).toEqual([]);
    for (const link of body.querySelectorAll('a[href]')) {
      if (link.getAttribute('href')?.startsWith('#')) continue;
      expect([link.getAttribute('target'), link.getAttribute('rel')]).toEqual(['_blank', 'noopener noreferrer']);
    }
    const text = (body.textContent ?? '').replace(/\s+/g, ' ');
    for (const line of HOSTILE_STORY) expect(text).toContain(line);
    for (const never of HOSTILE_NEVER_SHOWN) expect(text).not.toContain(never);
  });

  it('replaces the body when the article changes', () => {
    renderBody('<p>First</p>');
    const body = renderBody('<p>Second</p>');
    expect(body.textContent).toBe('Second');
  });
});
