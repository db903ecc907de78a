/**
 * The one HTML gate against hostile page HTML: nothing that can run, navigate, submit, frame or
 * restyle may pass. Each case is an attack seen on real pages or in XSS cheat sheets.
 */
import { describe, expect, it } from 'vitest';
import { sanitizeElement, sanitizeHtml } from '../sanitize';

/** Parses markup into an inert document, as page DOM reaches the extractor. */
function inert(html: string): HTMLElement {
  const box = document.implementation.createHTMLDocument('').createElement('div');
  box.innerHTML = html;
  return box;
}

/** The two ways into the gate: markup, and DOM the extractor already holds. Both must defuse every case. */
const gates: [string, (html: string) => string][] = [
  ['sanitizeHtml', (html) => sanitizeHtml(html, window)],
  ['sanitizeElement', (html) => sanitizeElement(inert(html), window).html],
];

describe.each(gates)('%s against hostile HTML', (_name, sanitize) => {
  /** Sanitizes and parses the result back into a fragment to inspect. */
  const clean = (html: string): HTMLElement => inert(sanitize(html));

  it('removes scripts, event handlers and script-bearing elements', () => {
    const box = clean(
      '<p onclick="x()">Text</p><img src="https://a.example/i.jpg" onerror="window.pwned=1"><svg onload="x()"><circle/></svg>' +
        '<script>window.pwned=1</script><math><mi>x</mi></math>',
    );
    expect(box.querySelector('script, svg, math')).toBeNull();
    expect(box.innerHTML).not.toMatch(/on(click|error|load)=/i);
    expect(box.querySelector('img')?.getAttribute('src')).toBe('https://a.example/i.jpg');
    expect(box.textContent).toContain('Text');
  });

  it('drops javascript:, data: and vbscript: links but keeps web, mail and in-page links', () => {
    const box = clean(
      '<a href="javascript:alert(1)">a</a><a href=" JaVaScRiPt:alert(1)">b</a><a href="data:text/html,<script>x</script>">c</a>' +
        '<a href="vbscript:x">d</a><a href="https://news.example/x">e</a><a href="mailto:ed@news.example">f</a><a href="#fn1">g</a>',
    );
    const hrefs = [...box.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual([null, null, null, null, 'https://news.example/x', 'mailto:ed@news.example', '#fn1']);
  });

  it('opens outside links in a new tab without giving the page a handle on ours', () => {
    const link = clean('<a href="https://news.example/x">e</a>').querySelector('a');
    expect(link?.getAttribute('target')).toBe('_blank');
    expect(link?.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('removes frames, forms, base, meta refresh, link, style, object and embed', () => {
    const box = clean(
      '<iframe srcdoc="<script>parent.pwned=1</script>"></iframe><form action="https://evil.example"><input name="q"><button>Go</button></form>' +
        '<base href="https://evil.example/"><meta http-equiv="refresh" content="0;url=https://evil.example"><link rel="stylesheet" href="x.css">' +
        '<style>p{display:none}</style><object data="x.swf"></object><embed src="x.swf"><p>Story</p>',
    );
    expect(box.querySelector('iframe, form, input, button, base, meta, link, style, object, embed')).toBeNull();
    expect(box.textContent).toBe('Story');
  });

  it('strips inline styles, classes and ids that could hide text or position content over our UI', () => {
    const p = clean('<p style="position:fixed;inset:0;opacity:0" class="x" id="y">Visible</p>').querySelector('p');
    expect(p?.hasAttribute('style')).toBe(false);
    expect(p?.hasAttribute('class')).toBe(false);
    expect(p?.hasAttribute('id')).toBe(false);
  });

  it('keeps images to web and inline raster data only', () => {
    const box = clean(
      '<img src="data:image/svg+xml,<svg onload=x()>"><img src="data:image/png;base64,iVBORw0KGgo="><img src="https://a.example/b.png" srcset="javascript:x 1x">',
    );
    const imgs = [...box.querySelectorAll('img')];
    expect(imgs[0]?.hasAttribute('src')).toBe(false);
    expect(imgs[1]?.getAttribute('src')).toBe('data:image/png;base64,iVBORw0KGgo=');
    expect(imgs[2]?.hasAttribute('srcset')).toBe(false);
  });

  it('keeps the structure articles need', () => {
    const html =
      '<h2>Sub</h2><p>Para <em>em</em> <strong>b</strong></p><ul><li>one</li></ul><blockquote>q</blockquote>' +
      '<figure><img src="https://a.example/p.jpg" alt="Alt"><figcaption>Cap</figcaption></figure>' +
      '<table><tr><th>h</th></tr><tr><td>d</td></tr></table><pre><code>let x = 1;</code></pre>';
    const box = clean(html);
    for (const selector of [
      'h2',
      'p em',
      'p strong',
      'ul li',
      'blockquote',
      'figure img[alt="Alt"]',
      'figcaption',
      'table th',
      'table td',
      'pre code',
    ]) {
      expect(box.querySelector(selector), selector).not.toBeNull();
    }
  });
});

describe('sanitizeElement', () => {
  it('defuses DOM the parser would never build (the extractor mutates the page copy before sanitizing)', () => {
    const root = inert('<p>Story</p>');
    const doc = root.ownerDocument;
    // Text that reads as markup, an anchor inside an anchor, and handlers set through the DOM.
    const outer = doc.createElement('a');
    outer.setAttribute('href', 'javascript:alert(1)');
    const inner = doc.createElement('a');
    inner.setAttribute('href', 'https://news.example/');
    inner.setAttribute('onclick', 'alert(1)');
    inner.appendChild(doc.createTextNode('</a><img src=x onerror=alert(1)><script>alert(1)</script>'));
    outer.appendChild(inner);
    root.appendChild(outer);
    const { html, root: tree } = sanitizeElement(root, window);
    const reparsed = inert(html);
    for (const box of [reparsed, tree]) {
      expect(box.querySelector('script, img, [onclick], [onerror]')).toBeNull();
      expect(box.querySelector('a[href^="javascript"]')).toBeNull();
    }
    expect(reparsed.textContent).toContain('<script>alert(1)</script>');
  });

  it('returns the content of the element it was given, as sanitizeHtml does for its markup', () => {
    const root = inert('<h2 class="x">Sub</h2><p id="y">Para <em>em</em></p>');
    expect(sanitizeElement(root, window).html).toBe(sanitizeHtml(root.innerHTML, window));
  });
});
