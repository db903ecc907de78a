/**
 * The HTML policy is written once and enforced by two gates: DOMPurify at extraction time, the
 * browser's Sanitizer API (plus `applyRenderPolicy`) at render time. These tests hold DOMPurify to
 * the lists the Sanitizer API is configured with, and hold the render-time URL pass to what
 * DOMPurify's hook does, on hostile addresses. (jsdom has no Sanitizer API: the browsers' side is
 * the E2E tier, e2e/render-paths.e2e.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import {
  applyRenderPolicy,
  applyUrlPolicy,
  DROP_ELEMENTS,
  KEEP_ATTRIBUTES,
  KEEP_ELEMENTS,
  sanitizerConfig,
  UNWRAP_ELEMENTS,
} from '../html-policy';
import { sanitizeElement, sanitizeHtml } from '../sanitize';

/** Parses markup into an inert document. */
function inert(html: string): HTMLElement {
  const box = document.implementation.createHTMLDocument('').createElement('div');
  box.innerHTML = html;
  return box;
}

/** One element of each name under a div, built through the DOM so no parser context rule moves it. */
function oneOfEach(names: readonly string[]): HTMLElement {
  const doc = document.implementation.createHTMLDocument('');
  const root = doc.createElement('div');
  for (const name of names) {
    const el = doc.createElement(name);
    el.append(doc.createTextNode(`[${name}]`));
    root.append(el);
  }
  return root;
}

describe('the element and attribute lists', () => {
  it('name each element once, on one list only', () => {
    const all = [...KEEP_ELEMENTS, ...UNWRAP_ELEMENTS, ...DROP_ELEMENTS];
    expect(new Set(all).size).toBe(all.length);
    expect(new Set(KEEP_ATTRIBUTES).size).toBe(KEEP_ATTRIBUTES.length);
  });

  it('keep nothing that runs, frames, submits or styles', () => {
    for (const name of [
      'script',
      'style',
      'iframe',
      'object',
      'embed',
      'form',
      'input',
      'button',
      'svg',
      'math',
      'template',
      'base',
      'meta',
      'link',
    ]) {
      expect(KEEP_ELEMENTS, name).not.toContain(name);
    }
    for (const name of [
      'style',
      'class',
      'id',
      'srcdoc',
      'action',
      'formaction',
      'ping',
      'tabindex',
      'autofocus',
      'contenteditable',
      'popover',
      'target',
      'rel',
    ]) {
      expect(KEEP_ATTRIBUTES, name).not.toContain(name);
    }
    expect(KEEP_ATTRIBUTES.filter((name) => name.startsWith('on') || name.startsWith('data-'))).toEqual([]);
  });

  it('are exactly what the Sanitizer API is given, with comments and data attributes set explicitly', () => {
    expect(sanitizerConfig()).toEqual({
      elements: [...KEEP_ELEMENTS],
      attributes: [...KEEP_ATTRIBUTES],
      replaceWithChildrenElements: [...UNWRAP_ELEMENTS],
      comments: false,
      dataAttributes: false,
    });
  });
});

describe('DOMPurify follows the same lists', () => {
  const sanitized = (names: readonly string[]) => sanitizeElement(oneOfEach(names), window).root;

  it('keeps every element on the keep list', () => {
    const root = sanitized(KEEP_ELEMENTS);
    for (const name of KEEP_ELEMENTS) expect(root.querySelector(`:scope > ${name}`), name).not.toBeNull();
  });

  it('unwraps every element on the unwrap list, keeping its text', () => {
    const root = sanitized(UNWRAP_ELEMENTS);
    expect(root.children.length).toBe(0);
    for (const name of UNWRAP_ELEMENTS) expect(root.textContent, name).toContain(`[${name}]`);
  });

  it('drops every element on the drop list with its text', () => {
    const root = sanitized(DROP_ELEMENTS);
    expect(root.innerHTML).toBe('');
  });

  it('unwraps an element on no list (DOMPurify keeps unknown wrappers’ text)', () => {
    expect(sanitizeHtml('<p><story-quote>Said.</story-quote></p>', window)).toBe('<p>Said.</p>');
  });

  it('keeps every attribute on the keep list and no other', () => {
    const doc = document.implementation.createHTMLDocument('');
    const span = doc.createElement('span');
    for (const name of KEEP_ATTRIBUTES)
      span.setAttribute(name, name === 'href' || name === 'src' || name === 'poster' ? 'https://a.example/' : 'x');
    for (const name of [
      'class',
      'id',
      'style',
      'popover',
      'inert',
      'data-track',
      'aria-describedby',
      'onclick',
      'autoplay',
      'color',
      'bgcolor',
      'background',
    ]) {
      span.setAttribute(name, 'x');
    }
    span.append('text');
    const root = doc.createElement('div');
    root.append(span);
    const kept = sanitizeElement(root, window).root.querySelector('span');
    const names = [...(kept?.attributes ?? [])].map((attr) => attr.name).sort();
    // href gets the link rules' target and rel.
    expect(names).toEqual([...KEEP_ATTRIBUTES, 'rel', 'target'].sort());
  });

  it('drops comments, as the Sanitizer API is told to', () => {
    expect(sanitizeHtml('<p>a<!-- note -->b</p>', window)).toBe('<p>ab</p>');
  });
});

/** Addresses a page may put on links and media, safe and hostile. */
const LINKS = [
  'javascript:alert(1)',
  ' JaVaScRiPt:alert(1)',
  'java\tscript:alert(1)',
  'data:text/html,<script>x</script>',
  'vbscript:x',
  'https://news.example/x',
  'http://news.example/y',
  'mailto:ed@news.example',
  '#fn1',
  'file:///etc/passwd',
  'chrome://settings',
  'tel:+100',
];
const MEDIA = [
  'javascript:alert(1)',
  'data:image/svg+xml,<svg onload=x()>',
  'data:image/png;base64,iVBORw0KGgo=',
  'https://a.example/b.png',
  'blob:https://a.example/1',
  'filesystem:x',
  '  https://a.example/c.jpg',
];
const SRCSETS = [
  'https://a.example/b.png 1x, https://a.example/c.png 2x',
  'javascript:x 1x',
  'https://a.example/b.png 1x, data:image/svg+xml,x 2x',
];

/** The same elements with the same addresses, as markup. */
function urlMarkup(): string {
  const attr = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return [
    ...LINKS.map((href) => `<a href="${attr(href)}">l</a>`),
    ...MEDIA.map((src) => `<img src="${attr(src)}" alt="m"><video poster="${attr(src)}"></video>`),
    ...SRCSETS.map((srcset) => `<img src="https://a.example/ok.png" srcset="${attr(srcset)}" alt="s">`),
  ].join('');
}

/** The address-bearing attributes of every element, in document order. */
function addresses(root: Element): (Record<string, string> | string)[] {
  return [...root.querySelectorAll('a, img, video')].map((el) => {
    const out: Record<string, string> = {};
    for (const name of ['href', 'src', 'poster', 'srcset', 'target', 'rel']) {
      const value = el.getAttribute(name);
      if (value !== null) out[name] = value;
    }
    return out;
  });
}

describe('the render-time URL pass', () => {
  it('leaves the same addresses, targets and rels as DOMPurify’s hook does', () => {
    const byDomPurify = inert(sanitizeHtml(urlMarkup(), window));
    const byPass = inert(urlMarkup());
    applyRenderPolicy(byPass);
    expect(addresses(byPass)).toEqual(addresses(byDomPurify));
  });

  it('removes every script, data or foreign address and keeps web, mail and in-page ones', () => {
    const root = inert(urlMarkup());
    applyRenderPolicy(root);
    const hrefs = [...root.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual([
      null,
      null,
      null,
      null,
      null,
      'https://news.example/x',
      'http://news.example/y',
      'mailto:ed@news.example',
      '#fn1',
      null,
      null,
      null,
    ]);
    const srcs = [...root.querySelectorAll('img[alt="m"]')].map((img) => img.getAttribute('src'));
    expect(srcs).toEqual([
      null,
      null,
      'data:image/png;base64,iVBORw0KGgo=',
      'https://a.example/b.png',
      null,
      null,
      'https://a.example/c.jpg',
    ]);
    const posters = [...root.querySelectorAll('video')].map((video) => video.getAttribute('poster'));
    expect(posters).toEqual([null, null, null, 'https://a.example/b.png', null, null, 'https://a.example/c.jpg']);
    const srcsets = [...root.querySelectorAll('img[alt="s"]')].map((img) => img.getAttribute('srcset'));
    expect(srcsets).toEqual([SRCSETS[0], null, null]);
  });

  it('sends outside links to a new tab with no handle on ours, whatever the page asked', () => {
    const root = inert(
      '<a href="https://news.example/x" target="_self" rel="opener">x</a><a href="mailto:a@b.example" target="frame">m</a><a href="#top" target="_blank">t</a>',
    );
    applyRenderPolicy(root);
    const links = [...root.querySelectorAll('a')].map((a) => [a.getAttribute('target'), a.getAttribute('rel')]);
    expect(links).toEqual([
      ['_blank', 'noopener noreferrer'],
      ['_blank', 'noopener noreferrer'],
      ['_blank', null],
    ]);
  });

  it('is idempotent, so DOMPurify output can pass it again unchanged', () => {
    const once = sanitizeHtml(urlMarkup(), window);
    const root = inert(once);
    applyRenderPolicy(root);
    expect(root.innerHTML).toBe(once);
  });

  it('checks addresses on any element, not only links and images', () => {
    const el = document.createElement('source');
    el.setAttribute('src', 'javascript:alert(1)');
    el.setAttribute('srcset', 'javascript:alert(1) 1x');
    applyUrlPolicy(el);
    expect(el.hasAttribute('src') || el.hasAttribute('srcset')).toBe(false);
  });
});

describe('the hostile vectors through both gates’ lists', () => {
  it('leaves no element or attribute outside the lists', () => {
    const html =
      '<p onclick="x()" style="color:red" class="c">Text</p><svg onload="x()"><circle/></svg><math><mi>x</mi></math><iframe srcdoc="x"></iframe>' +
      '<form action="https://evil.example"><input name="q"><button>Go</button>Kept</form><object data="x.swf">Fallback</object>' +
      '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></p></noscript><font color="red">Red</font>';
    const root = inert(sanitizeHtml(html, window));
    const allowedAttrs = new Set([...KEEP_ATTRIBUTES, 'target', 'rel']);
    for (const el of root.querySelectorAll('*')) {
      expect(KEEP_ELEMENTS, el.localName).toContain(el.localName);
      for (const attr of el.attributes) expect(allowedAttrs.has(attr.name), `${el.localName}[${attr.name}]`).toBe(true);
    }
    expect(root.textContent).toBe('TextKeptRed');
    expect(root.querySelector('img')).toBeNull();
  });
});
