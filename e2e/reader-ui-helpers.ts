/**
 * Helpers for the reader-UI E2E tests: page-side readers of the overlay's computed styles and focus,
 * axe-core injection, and a speech stub for the content script's world. Page-side functions are
 * serialised into the page, so each is self-contained (no imports, no outer variables).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inReader, REPO_ROOT, type PageFunction } from './harness';

/** What the overlay looks like right now, from computed styles. */
export interface ReaderLook {
  theme: string | null;
  background: string;
  color: string;
  fontSize: string;
  fontFamily: string;
  lineHeight: string;
  /** The article column's max-width in px (the line width). */
  measure: number;
  /** `display` of the toolbar block and the footer (print hides them). */
  topDisplay: string;
  footerDisplay: string;
  /** The test id of the focused element inside the reader ('' when focus is elsewhere). */
  focused: string;
  panel: boolean;
  /** Where the reader's box starts in the document (print: the top of the first sheet). */
  top: number;
  /** The focused element's outline ("solid 3px"), the visible focus ring. */
  focusRing: string;
}

/** Reads the overlay's look: theme, colours, type and measure of the first body paragraph. */
export const readLook = inReader((_: undefined, roots): ReaderLook | null => {
  const root = roots.reader;
  const reader = root?.querySelector('[data-testid="reader"]');
  const p = root?.querySelector('[data-testid="reader-body"] p');
  const article = root?.querySelector('article');
  if (!root || !reader || !p || !article) return null;
  const rs = getComputedStyle(reader);
  const ps = getComputedStyle(p);
  const top = root.querySelector('.bs-top');
  const footer = root.querySelector('.bs-footer');
  const active = root.activeElement;
  return {
    theme: reader.getAttribute('data-theme'),
    background: rs.backgroundColor,
    color: rs.color,
    fontSize: ps.fontSize,
    fontFamily: ps.fontFamily,
    lineHeight: ps.lineHeight,
    measure: parseFloat(getComputedStyle(article).maxWidth),
    topDisplay: top ? getComputedStyle(top).display : 'missing',
    footerDisplay: footer ? getComputedStyle(footer).display : 'missing',
    focused: active ? (active.getAttribute('data-testid') ?? active.tagName.toLowerCase()) : '',
    panel: !!root.querySelector('[data-testid="reader-settings"]'),
    top: Math.round(reader.getBoundingClientRect().top + window.scrollY),
    focusRing: active ? `${getComputedStyle(active).outlineStyle} ${getComputedStyle(active).outlineWidth}` : '',
  };
});

/** Where focus is: 'reader' (inside the overlay), the page element's id, or 'body'. */
export function focusOwner(): string {
  const active = document.activeElement;
  if (!active || active === document.body) return 'body';
  if (active.tagName.toLowerCase() === 'broadsheet-reader') return 'reader';
  return active.id || active.tagName.toLowerCase();
}

/** Gives a page element focus (making it focusable if needed) and returns its id. */
export function focusPageElement(): string {
  const el = document.querySelector('h1') as HTMLElement;
  el.id = el.id || 'e2e-focus-target';
  el.tabIndex = 0;
  el.focus();
  return el.id;
}

/** Text and state of an element inside the reader by test id. */
export const readerText = inReader((testId: string, roots): { text: string; state: string | null; label: string | null } | null => {
  const el = roots.reader?.querySelector(`[data-testid="${testId}"]`);
  return el
    ? {
        text: (el.textContent ?? '').trim(),
        state: el.getAttribute('data-status') ?? el.getAttribute('data-state'),
        label: el.getAttribute('aria-label'),
      }
    : null;
});

/** The sentence being read aloud: the marked block's text and whether the CSS highlight is registered. */
export const speakingState = inReader((_: undefined, roots): { block: string | null; highlight: boolean; scrollTop: number } => {
  const root = roots.reader;
  const block = root?.querySelector('[data-bs-speaking]');
  const css = (window as unknown as { CSS?: { highlights?: { has(name: string): boolean } } }).CSS;
  const scroller = root?.querySelector('[data-testid="reader-scroll"]');
  return {
    block: block ? (block.textContent ?? '').trim().slice(0, 80) : null,
    highlight: !!css?.highlights?.has('bs-speaking'),
    scrollTop: scroller ? scroller.scrollTop : -1,
  };
});

const AXE_SOURCE = readFileSync(join(REPO_ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

/**
 * A page function that installs axe-core. Extension pages forbid eval and inline scripts (CSP), but
 * a function the driver sends is not subject to the page's CSP: so axe's source becomes the body of
 * the function the driver serialises (both drivers serialise with `toString()`).
 */
export function axeInstaller(): PageFunction<undefined, boolean> {
  const install = () => true;
  install.toString = () => `() => {\n${AXE_SOURCE}\n;return typeof window.axe === 'object';}`;
  return install;
}

/**
 * Runs axe on `include` (a selector; the reader host includes its shadow tree) or the whole document,
 * and returns the serious and critical violations, one line each.
 *
 * One rule is replaced by our own check: "avoid-inline-spacing" is checked here for every element
 * INSIDE the included tree (the reader's text lives in the shadow root), not on the host, which has
 * no text and which Gecko reported for an `all: initial !important` it once carried inline.
 * The reader's root is closed: for the run, the host answers `shadowRoot` with it, so axe walks it.
 */
export const runAxe = inReader(async (include: string | null, roots): Promise<string[]> => {
  interface AxeResult {
    violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[];
  }
  const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<AxeResult> } }).axe;
  const host = include ? document.querySelector(include) : null;
  const root = host && host.localName === 'broadsheet-reader' ? roots.reader : null;
  const scope: ParentNode = root ?? host ?? document;
  // axe walks shadow trees through `host.shadowRoot`, which a closed root hides: for this run only,
  // the host answers with its root, as an open one would.
  if (host && root) Object.defineProperty(host, 'shadowRoot', { configurable: true, get: () => root });
  const spacing = [...scope.querySelectorAll<HTMLElement>('[style]')]
    .filter((el) => ['line-height', 'letter-spacing', 'word-spacing'].some((p) => el.style.getPropertyPriority(p) === 'important'))
    .map((el) => `avoid-inline-spacing (serious) inside: <${el.tagName.toLowerCase()} style="${el.getAttribute('style')}">`);
  try {
    const result = await axe.run(include ? { include: [include] } : document, {
      resultTypes: ['violations'],
      rules: { 'avoid-inline-spacing': { enabled: !include } },
    });
    return spacing.concat(
      result.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map(
          (v) =>
            `${v.id} (${v.impact}) ${v.help}: ${v.nodes
              .slice(0, 4)
              .map((n) => JSON.stringify(n.target))
              .join(' ')}`,
        ),
    );
  } finally {
    if (host && root) delete (host as unknown as { shadowRoot?: unknown }).shadowRoot;
  }
});

/**
 * A stand-in for the Web Speech API, evaluated in the content script's own world (headless
 * Chromium and Firefox have no voices): one Hindi and one English voice; each utterance "ends"
 * after 400 ms, and every spoken text is recorded on `window.__speech`.
 */
export const SPEECH_STUB = `(() => {
  const voices = [
    { name: 'Stub Hindi', lang: 'hi-IN', voiceURI: 'stub-hi', localService: true, default: false },
    { name: 'Stub English', lang: 'en-US', voiceURI: 'stub-en', localService: true, default: true },
  ];
  const spoken = [];
  let timer = 0;
  const synth = {
    speak(u) { spoken.push(u.text); timer = setTimeout(() => u.onend && u.onend(new Event('end')), 400); },
    cancel() { clearTimeout(timer); },
    getVoices() { return voices; },
    addEventListener() {}, removeEventListener() {},
  };
  class Utterance {
    constructor(text) {
      Object.assign(this, { text, lang: '', rate: 1, voice: null, onend: null, onerror: null });
    }
  }
  Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
  Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true });
  window.__speech = spoken;
  return true;
})()`;

/** The reader PAGE (reader.html, no shadow root): theme, background, toolbar display, and the read-aloud mark. */
export function readerPageLook(): {
  theme: string | null;
  background: string;
  topDisplay: string;
  title: string | null;
  speaking: string | null;
  highlight: boolean;
} | null {
  const reader = document.querySelector('[data-testid="reader"]');
  if (!reader) return null;
  const top = reader.querySelector('.bs-top');
  const marked = reader.querySelector('[data-bs-speaking]');
  const css = (window as unknown as { CSS?: { highlights?: { has(name: string): boolean } } }).CSS;
  return {
    theme: reader.getAttribute('data-theme'),
    background: getComputedStyle(reader).backgroundColor,
    topDisplay: top ? getComputedStyle(top).display : 'missing',
    title: reader.querySelector('[data-testid="reader-title"]')?.textContent?.trim() ?? null,
    speaking: marked ? (marked.textContent ?? '').trim().slice(0, 80) : null,
    highlight: !!css?.highlights?.has('bs-speaking'),
  };
}

/**
 * The reader page's place: the first body block still in view at the top, and how far down the
 * page is scrolled. With `to` (a fraction of the scrollable height), scrolls there first.
 */
export function readerPagePlace(to: number | null): { top: string | null; fraction: number } {
  const el = document.scrollingElement ?? document.documentElement;
  if (to !== null) el.scrollTop = to * (el.scrollHeight - el.clientHeight);
  const blocks = [...document.querySelectorAll('[data-testid="reader-body"] :is(p, li, h2, h3, h4, figure, blockquote, pre, table)')];
  const first = blocks.find((block) => block.getBoundingClientRect().bottom > 0 && (block.textContent ?? '').trim() !== '');
  return {
    top: first ? (first.textContent ?? '').trim().slice(0, 60) : null,
    fraction: el.scrollTop / Math.max(1, el.scrollHeight - el.clientHeight),
  };
}

/** Clicks an element of the reader page by test id; false when absent. */
export function clickOnPage(testId: string): boolean {
  const el = document.querySelector(`[data-testid="${testId}"]`);
  if (!(el instanceof HTMLElement)) return false;
  el.click();
  return true;
}

/** A page function that installs SPEECH_STUB in an extension page's own world (CSP forbids eval there). */
export function speechStubInstaller(): PageFunction<undefined, boolean> {
  const install = () => true;
  install.toString = () => `() => ${SPEECH_STUB}`;
  return install;
}

/** Computed direction of the reader's toolbar (follows the UI language) and of its article (follows the article). */
export const readerDirections = inReader((_: undefined, roots): { toolbar: string; article: string } | null => {
  const toolbar = roots.reader?.querySelector('.bs-toolbar');
  const article = roots.reader?.querySelector('article');
  return toolbar && article ? { toolbar: getComputedStyle(toolbar).direction, article: getComputedStyle(article).direction } : null;
});
