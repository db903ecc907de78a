/**
 * The article body's two ways into the DOM, in real Chromium and Firefox (e2e build), on the
 * saved-article page (reader.html?id=…): the HTML Sanitizer API's `setHTML`, which both browsers
 * have, and the markup path older browsers take (forced here by removing `setHTML` before the
 * page's scripts run). A hostile library file is imported through the library page, and each
 * path must show the whole story with nothing active in the DOM and nothing that tried to run.
 *
 * The extension pages' CSP blocks inline handlers and script URLs, so "nothing ran" is asserted
 * as "nothing even tried": every CSP refusal is recorded (a securitypolicyviolation listener
 * installed before the page's scripts), and a planted handler proves the recorder sees one.
 *
 * To change the window before the article renders, a test opens reader.html with no article,
 * changes the window (the refusal recorder; no `setHTML`), points the address at the article and
 * runs the page's entry module again, which renders the article into the same window. (Scripts
 * that run before a page's own would be the usual tool, but puppeteer-core's
 * evaluateOnNewDocument does not reach moz-extension pages in Firefox ESR 153.)
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import {
  DROP_ELEMENTS,
  KEEP_ATTRIBUTES,
  KEEP_ELEMENTS,
  sanitizerConfig,
  UNWRAP_ELEMENTS,
  type SanitizerConfig,
} from '../utils/extract/html-policy';
import { sanitizeHtml } from '../utils/extract/sanitize';
import { BROWSERS, screenshotPath, waitFor, type TabHandle } from './harness';
import { useBrowserSession } from './harness/use-session';
import { importLibraryFile } from './library-file';
import { HOSTILE_ARTICLE, HOSTILE_NEVER_SHOWN, HOSTILE_STORY, hostileLibraryFile } from './pages/hostile-article';

/** Prepares the window, then renders saved article `id` in it by running the entry module again (runs in the page). */
async function renderSavedHere(arg: { id: string; withoutSetHtml: boolean }): Promise<void> {
  const state = window as unknown as { __bsRefusals?: string[] };
  const refusals: string[] = [];
  state.__bsRefusals = refusals;
  document.addEventListener(
    'securitypolicyviolation',
    (event) => {
      // Chromium also reports, against the document, every handler attribute it parses in an inert
      // document (DOMPurify's copy of the hostile markup): those never run. One that tried to run in
      // the page is reported against its element.
      if (event.target instanceof Element) refusals.push(`${event.violatedDirective} <${event.target.localName}> ${event.sample}`);
    },
    true,
  );
  if (arg.withoutSetHtml) {
    delete (Element.prototype as { setHTML?: unknown }).setHTML;
    delete (ShadowRoot.prototype as { setHTML?: unknown }).setHTML;
  }
  history.replaceState(null, '', `?id=${arg.id}`);
  const entry = document.querySelector<HTMLScriptElement>('script[type="module"][src]');
  if (!entry) throw new Error('reader.html has no entry module');
  // A new module URL, so the browser runs it again (its imports stay the instances already loaded).
  const again = document.createElement('script');
  again.type = 'module';
  again.src = `${entry.src}?again=${Date.now()}`;
  await new Promise((resolve, reject) => {
    again.onload = resolve;
    again.onerror = () => reject(new Error('the entry module did not run again'));
    document.head.append(again);
  });
}

/** What the saved-article page shows of its body (runs in the page). */
function inspectBody() {
  const body = document.querySelector<HTMLElement>('[data-testid="reader-body"]');
  if (!body) return null;
  const state = window as unknown as { __bsRefusals?: string[]; __bsPwned?: string };
  const findings: string[] = [];
  const banned =
    'script, style, iframe, frame, frameset, object, embed, applet, form, input, button, select, textarea, option, base, meta, link, noscript, template, svg, math, xmp, dialog';
  body.querySelectorAll(banned).forEach((el) => findings.push(`<${el.localName}> in the body`));
  document
    .querySelectorAll('iframe, frame, form, base, meta[http-equiv], object, embed')
    .forEach((el) => findings.push(`<${el.localName}> in the page`));
  document.querySelectorAll('*').forEach((el) => {
    for (const attr of Array.from(el.attributes)) {
      // Browsers ignore whitespace and control characters inside a scheme ("java\tscript:").
      // eslint-disable-next-line no-control-regex -- those are exactly the characters to strip
      const value = attr.value.replace(/[\s\u0000-\u001f]+/g, '').toLowerCase();
      if (attr.name.startsWith('on')) findings.push(`<${el.localName} ${attr.name}>`);
      if (/^(?:javascript|vbscript|data:text)/.test(value)) findings.push(`<${el.localName} ${attr.name}=${attr.value}>`);
      // The body's own class, and the descriptions our page puts in place of failed images, are ours.
      const ours = el === body || el.classList.contains('bs-img-alt');
      if (!ours && body.contains(el) && ['style', 'class', 'id', 'popover', 'tabindex', 'autofocus', 'srcdoc'].includes(attr.name)) {
        findings.push(`<${el.localName} ${attr.name}> in the body`);
      }
    }
  });
  const links = Array.from(body.querySelectorAll('a[href]'))
    .filter((a) => !a.getAttribute('href')!.startsWith('#'))
    .map((a) => `${a.getAttribute('target')} ${a.getAttribute('rel')}`);
  return {
    render: body.dataset.render ?? null,
    text: (body.textContent ?? '').replace(/\s+/g, ' '),
    findings,
    links,
    /** The failed photo has become its description (so error events have fired). */
    altShown: Array.from(document.querySelectorAll('.bs-img-alt'), (el) => el.textContent ?? ''),
    refusals: state.__bsRefusals ?? null,
    pwned: state.__bsPwned ?? null,
    title: document.title,
    href: location.href,
  };
}

/** Plants an image whose error handler must be refused, to prove the refusal recorder works (runs in the page). */
function plantHandler(): void {
  const probe = document.createElement('div');
  probe.innerHTML = `<img src="data:," onerror="window.__bsPwned='planted'">`;
  document.body.append(probe);
}

/** One of each listed element (with the context the parser needs), every attribute, a comment: the allow-lists' probe. */
function listsProbe(): string {
  const needsContext: Record<string, string> = {
    table: '',
    caption: '',
    col: '',
    colgroup: '',
    tbody: '',
    td: '',
    tfoot: '',
    th: '',
    thead: '',
    tr: '',
    li: '',
    dt: '',
    dd: '',
    summary: '',
    legend: '',
    figcaption: '',
    rp: '',
    rt: '',
    source: '',
    track: '',
  };
  const plain = [...KEEP_ELEMENTS, ...UNWRAP_ELEMENTS].filter(
    (name) => !(name in needsContext) && !['br', 'hr', 'img', 'wbr'].includes(name),
  );
  const attributes = KEEP_ATTRIBUTES.map(
    (name) => `${name}="${['href', 'src', 'poster'].includes(name) ? 'https://a.example/' : 'x'}"`,
  ).join(' ');
  const dropped = DROP_ELEMENTS.filter((name) => !['plaintext', 'frameset', 'frame', 'head', 'title'].includes(name));
  return [
    ...plain.map((name) => `<${name}>[${name}]</${name}>`),
    '<br><hr><img alt="i" src="https://a.example/i.png"><wbr>',
    '<table><caption>[caption]</caption><colgroup><col></colgroup><thead><tr><th>[th]</th></tr></thead><tbody><tr><td>[td]</td></tr></tbody><tfoot><tr><td>[tfoot]</td></tr></tfoot></table>',
    '<ul><li>[li]</li></ul><dl><dt>[dt]</dt><dd>[dd]</dd></dl><details><summary>[summary]</summary></details>',
    '<fieldset><legend>[legend]</legend></fieldset><figure><figcaption>[figcaption]</figcaption></figure>',
    '<ruby>r<rp>(</rp><rt>[rt]</rt><rp>)</rp></ruby><video><source src="https://a.example/v.webm"><track src="https://a.example/t.vtt"></video>',
    `<span ${attributes} class="c" id="i" style="color:red" data-x="1" popover aria-describedby="i" onclick="x()">[attributes]</span>`,
    '<!-- a comment --><story-quote>[unknown]</story-quote><p>[after unknown]</p>',
    ...dropped.map((name) => (name === 'embed' ? '<embed src="https://a.example/x.swf">' : `<${name}>[${name}]</${name}>`)),
  ].join('\n');
}

/** A tree written out as element names, attribute names and text, for comparing two sanitizers' results. */
function outline(root: Element): string[] {
  const out: string[] = [];
  const walk = (node: Node, depth: number) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) {
        const text = (child.textContent ?? '').replace(/\s+/g, ' ').trim();
        if (text) out.push(`${depth}:"${text}"`);
      } else if (child.nodeType === 8) out.push(`${depth}:<!---->`);
      else if (child.nodeType === 1) {
        const el = child as Element;
        // target and rel come from our link rules, not from either sanitizer.
        const names = Array.from(el.attributes, (a) => a.name)
          .filter((n) => n !== 'target' && n !== 'rel')
          .sort();
        out.push(`${depth}:<${el.localName} ${names.join(' ')}>`);
        walk(el, depth + 1);
      }
    }
  };
  root.normalize();
  walk(root, 0);
  return out;
}

/** The probe through `setHTML` with our configuration, as markup (runs in the page). */
function throughSetHtml(arg: { html: string; config: SanitizerConfig }): string | null {
  const box = document.createElement('div') as HTMLDivElement & {
    setHTML?: (html: string, options: { sanitizer: SanitizerConfig }) => void;
  };
  if (typeof box.setHTML !== 'function') return null;
  box.setHTML(arg.html, { sanitizer: arg.config });
  return box.innerHTML;
}

describe.each(BROWSERS)('%s, e2e build: the article body through setHTML and through markup', (name) => {
  // The tests run in order: the first imports the hostile article the others open.
  const session = useBrowserSession(name, 'e2e');
  let savedId = '';

  /** Opens the saved hostile article, with or without `setHTML`. */
  async function openSaved(withoutSetHtml: boolean, label: string): Promise<TabHandle> {
    const tab = await session.browser.openExtensionPage(`reader.html#${label}`);
    await waitFor(() => tab.evaluate(() => document.querySelector('[data-testid="reader-page-missing"]') !== null, undefined), Boolean);
    await tab.evaluate(renderSavedHere, { id: savedId, withoutSetHtml });
    return tab;
  }

  /** Waits until the body is in and the failed photo's error has fired, then reads the page. */
  async function settled(tab: TabHandle) {
    const view = await waitFor(
      () => tab.evaluate(inspectBody, undefined).catch(() => null),
      (v) => v !== null && v.altShown.includes('The ferry at the quay'),
      20_000,
    );
    if (!view) throw new Error('the saved article never rendered');
    return view;
  }

  it('imports a library file with a hostile article', async () => {
    const library = await session.browser.openExtensionPage('library.html');
    const [saved] = await importLibraryFile(library, hostileLibraryFile(), 1);
    expect(saved?.title).toBe(HOSTILE_ARTICLE.title);
    savedId = saved!.id;
  });

  for (const path of ['sanitizer', 'markup'] as const) {
    it(`renders it through ${path === 'sanitizer' ? 'setHTML' : 'markup (no setHTML)'}: the whole story, nothing active, nothing tried to run`, async () => {
      const tab = await openSaved(path === 'markup', `render-${path}`);
      const view = await settled(tab);
      expect(view.render).toBe(path);
      expect(view.title).toBe(HOSTILE_ARTICLE.title);
      for (const line of HOSTILE_STORY) expect(view.text).toContain(line);
      for (const never of HOSTILE_NEVER_SHOWN) expect(view.text).not.toContain(never);
      expect(view.findings).toEqual([]);
      expect(view.links.length).toBeGreaterThanOrEqual(2);
      expect(new Set(view.links)).toEqual(new Set(['_blank noopener noreferrer']));
      // Late payloads (image errors, a 0 s refresh) have had their chance; nothing tried, nothing ran.
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      const later = await tab.evaluate(inspectBody, undefined);
      expect(later?.refusals).toEqual([]);
      expect(later?.pwned).toBeNull();
      expect(later?.href).toBe(view.href);
      await tab.screenshot(screenshotPath(name, `reader-page-hostile-${path}`, 'light'));

      // The recorder does see a handler that tries to run (so the empty list above means something).
      await tab.evaluate(plantHandler, undefined);
      const planted = await waitFor(
        () => tab.evaluate(inspectBody, undefined),
        (v) => (v?.refusals?.length ?? 0) > 0,
        5_000,
      );
      expect(planted?.refusals?.length).toBeGreaterThan(0);
      expect(planted?.refusals?.filter((refusal) => !/^script-src(?:-attr)? <img>/.test(refusal))).toEqual([]);
      expect(planted?.pwned).toBeNull();
    });
  }

  it('the browser’s Sanitizer API keeps, unwraps and drops what DOMPurify does with the same lists', async () => {
    const tab = await session.browser.openExtensionPage('reader.html#lists');
    const html = listsProbe();
    const markup = await tab.evaluate(throughSetHtml, { html, config: sanitizerConfig() });
    expect(markup).not.toBeNull();
    const dom = new JSDOM('<!doctype html><body></body>');
    const parse = (source: string) => {
      const box = dom.window.document.createElement('div');
      box.innerHTML = source;
      return outline(box);
    };
    const inBrowser = parse(markup ?? '');
    const expected = parse(sanitizeHtml(html, dom.window as unknown as Window));
    // The one known difference: an element on no list keeps its text in DOMPurify and loses it in
    // an allow-list Sanitizer. DOMPurify runs first, so no such element reaches setHTML.
    expect(inBrowser).toEqual(expected.filter((line) => line !== '0:"[unknown]"'));
    expect(expected).toContain('0:"[unknown]"');
    dom.window.close();
  });
});
