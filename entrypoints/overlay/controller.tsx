/**
 * Opens and closes the reader over the page, and puts the page back exactly as it was: the same
 * DOM (our host element removed, the root's style attribute restored), scroll position and focus.
 * While open, the reader is the topmost element of the browser's top layer (keep-on-top.ts) and
 * the page behind it is inert.
 */
import { createContext, render } from 'preact';
import { useContext, useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { Fragment, jsx, jsxDEV, jsxs } from 'preact/jsx-runtime';
import { HighlightsSession } from '../../hooks/highlights-session';
import { Notice } from '../../components/Notice';
import { Reader, type SaveState } from '../../components/Reader';
import { I18nContext } from '../../components/i18n';
import { LATE_PANELS, SHARED_PREACT, type LatePanels, type LentPreact, type ReaderPanels } from '../../components/reader-panels';
import css from '../../components/reader.css?inline';
import { extractArticle } from '../../utils/extract';
import { withRestored } from '../../utils/extract/restore-removal';
import type { Article, ExtractFailureReason, Extraction, RemovalRecord } from '../../utils/extract/types';
import { translate, uiLanguage } from '../../utils/i18n';
import { sendToBackground } from '../../utils/messaging/client';
import { fail, ok, type ReaderAction, type ReaderError, type ReaderState, type Result } from '../../utils/messaging/protocol';
import { loadSettings, updateSettings, watchSettings } from '../../utils/settings-store';
import { normalizeSettings, type ReaderSettings } from '../../utils/settings-model';
import { keepOnTop } from './keep-on-top';
import { createShadowHost, type ShadowHost } from './shadow-host';

/**
 * The page's article, or why there is none. The removal record of a fresh extraction comes along;
 * the open reader's article is answered without one.
 */
type Extracted = Result<Pick<Extraction, 'article'> & Partial<Pick<Extraction, 'removed'>>, ExtractFailureReason>;

/** What we change on the page while the reader is open, to put it back afterwards. */
interface PageState {
  /** The root's style attribute as it was, and its declarations once our scroll lock is on. */
  rootStyle: string | null;
  lockedStyle: string | null;
  scrollX: number;
  scrollY: number;
  focused: Element | null;
}

/**
 * Phase marks for `npm run bench:reader` (e2e builds only: a production build compiles this out,
 * so pages never see our marks in their performance timeline).
 */
export function mark(name: string): void {
  if (import.meta.env.MODE === 'e2e') performance.mark(`broadsheet:${name}`);
}

/** How long a page whose HTML is still arriving gets to finish it before the reader reads what is there. */
const PARSE_WAIT_MS = 1500;

/** Runs `then` after the next frame has been rendered (a task queued from a frame callback). */
function afterPaint(then: () => void): void {
  requestAnimationFrame(() => setTimeout(then, 0));
}

export class OverlayController {
  private ui: ShadowHost | null = null;
  private notice: ShadowHost | null = null;
  private page: PageState | null = null;
  private article: Article | null = null;
  /** The article as extracted, what its cleanup removed, and which of those the user put back ("Not right?"). */
  private removed: { original: Article; record: RemovalRecord; restored: ReadonlySet<number> } | null = null;
  private settings: ReaderSettings | null = null;
  private saveState: SaveState = { kind: 'unsaved' };
  private stopWatching: (() => void) | null = null;
  private stopKeepingOnTop: (() => void) | null = null;
  /** Settings we stored and whose storage-change echo has not come back yet (JSON, oldest first). */
  private pendingWrites: string[] = [];
  private readonly i18n = { t: translate, uiLang: uiLanguage() };
  /** The open article's highlights (a new session per open; saving first when the article is not saved). */
  private highlights = this.newHighlights();
  /** The reader's panels once loaded into the page (they stay for later opens in this tab). */
  private panels: Promise<LatePanels> | null = null;

  /**
   * The page's article: the open reader's when there is one, else extracted from the live page
   * (on a clone; the page never changes). The script is injected without waiting for the page to
   * finish loading, which a page with a never-ending request never does: the HTML still being
   * parsed gets a moment to finish (a script that never arrives stops the parser for good), then
   * the reader reads what is there.
   */
  async extract(): Promise<Extracted> {
    if (this.ui && this.article) return ok({ article: this.article });
    if (document.readyState === 'loading') {
      await new Promise((parsed) => {
        document.addEventListener('DOMContentLoaded', parsed);
        setTimeout(parsed, PARSE_WAIT_MS);
      });
    }
    return extractArticle(document, location.href);
  }

  /** Triggers still being applied; each waits for the one before it. */
  private pending: Promise<unknown> = Promise.resolve();

  /**
   * Applies a trigger and reports the resulting state. Triggers run one at a time: two that
   * arrive together (popup + shortcut, a double click) would otherwise both find the reader
   * closed while the first awaits its settings, and stack two overlays.
   */
  set(action: ReaderAction): Promise<Result<ReaderState, ReaderError>> {
    const result = this.pending.then(() => this.apply(action));
    this.pending = result.catch(() => undefined);
    return result;
  }

  private async apply(action: ReaderAction): Promise<Result<ReaderState, ReaderError>> {
    const isOpen = this.ui !== null;
    if (action === 'close' || (action === 'toggle' && isOpen)) {
      this.close();
      return ok('closed');
    }
    if (isOpen) return ok('open');
    // Storage answers while the page is being read (a round trip to the browser, started first).
    mark('set');
    const settings = loadSettings();
    settings.catch(() => undefined); // awaited below only if the page is an article
    const result = await this.extract();
    mark('extracted');
    if (!result.ok) {
      // XML, framesets and oversized pages are "not an article" to a reader, too.
      this.showNotice(translate('statusNotArticle'));
      return fail('not-article', result.message);
    }
    const loaded = await settings;
    mark('settings');
    await this.open(result.value.article, loaded, result.value.removed);
    return ok('open');
  }

  private async open(article: Article, settings: ReaderSettings, removed?: RemovalRecord): Promise<void> {
    this.article = article;
    this.removed = removed ? { original: article, record: removed, restored: new Set() } : null;
    this.settings = settings;
    this.saveState = { kind: 'unsaved' };
    this.highlights = this.newHighlights();
    const root = document.documentElement;
    this.page = {
      rootStyle: root.getAttribute('style'),
      lockedStyle: null,
      scrollX: window.scrollX,
      scrollY: window.scrollY,
      focused: document.activeElement,
    };
    this.removeNotice();
    const ui = createShadowHost(document, 'broadsheet-reader', css + (this.panelCss ?? ''), true);
    this.ui = ui;
    this.stopKeepingOnTop = keepOnTop(ui, () => this.close());
    this.renderInto(ui.container);
    mark('rendered');
    // Paint first, then lock the page's scrolling and move focus: both make the browser lay out
    // the whole page again (the root loses its scrollbar; focus() forces layout at once), which on
    // a long page cost more than building the reader. The reader covers the page meanwhile.
    afterPaint(() => {
      if (this.ui !== ui || !this.page) return;
      // Lock the page's scrolling while the reader covers it; restored exactly on close.
      // Written as the attribute, not through root.style: Chromium writes a CSSOM change back to
      // the attribute lazily, and after removeAttribute('style') that left an empty style="".
      const locked = `${this.page.rootStyle ? `${this.page.rootStyle};` : ''}overflow: hidden !important`;
      root.setAttribute('style', locked);
      this.page.lockedStyle = locked;
      // A focus ring only once the keyboard is used: a reader opened by mouse shows none on ✕.
      ui.shadow.querySelector<HTMLElement>('[data-testid="reader-close"]')?.focus({ focusVisible: false } as FocusOptions);
    });
    this.stopWatching = watchSettings((settings) => {
      // Our own writes come back here, late (Firefox especially): applying them would briefly
      // undo newer changes, and a click in that moment would store the stale state.
      const echo = this.pendingWrites.indexOf(JSON.stringify(settings));
      if (echo >= 0) {
        this.pendingWrites.splice(0, echo + 1);
        return;
      }
      this.settings = settings;
      this.rerender();
    });
    void this.lookupSaved(article);
  }

  /** Whether the reader is showing. */
  get isOpen(): boolean {
    return this.ui !== null;
  }

  close(): void {
    this.removeNotice();
    if (!this.ui) return;
    const stopWatching = this.stopWatching;
    this.stopWatching = null;
    this.stopKeepingOnTop?.();
    this.stopKeepingOnTop = null;
    render(null, this.ui.container);
    this.ui.remove();
    this.ui = null;
    const page = this.page;
    this.page = null;
    if (!page) return stopWatching?.();
    const root = document.documentElement;
    if (page.lockedStyle !== null) {
      // The attribute as it was, character for character (an emptied style="" is not "as it was"),
      // unless the page changed its own root styles meanwhile: then only our lock comes off.
      if (root.getAttribute('style') === page.lockedStyle) {
        if (page.rootStyle === null) root.removeAttribute('style');
        else root.setAttribute('style', page.rootStyle);
      } else {
        root.style.removeProperty('overflow');
        if (page.rootStyle === null && root.getAttribute('style') === '') root.removeAttribute('style');
      }
    }
    window.scrollTo(page.scrollX, page.scrollY);
    if (page.focused instanceof HTMLElement) page.focused.focus({ preventScroll: true });
    // Last: in a copy whose extension was reloaded this may throw, and the page is back by now.
    stopWatching?.();
  }

  private rerender(): void {
    if (this.ui) this.renderInto(this.ui.container);
  }

  private renderInto(container: HTMLElement): void {
    if (!this.article || !this.settings) return;
    render(
      <I18nContext.Provider value={this.i18n}>
        <Reader
          article={this.article}
          settings={this.settings}
          onSettingsChange={(change) => this.changeSettings(change)}
          mode="overlay"
          saveState={this.saveState}
          onSave={() => void this.save()}
          onClose={() => this.close()}
          panels={this.loadPanels}
          notRight={
            this.removed
              ? {
                  html: this.removed.original.html,
                  removals: this.removed.record.blocks,
                  restored: this.removed.restored,
                  onRestore: this.restore,
                }
              : undefined
          }
          highlights={this.highlights.view}
        />
      </I18nContext.Provider>,
      container,
    );
  }

  /** The panels' styles, once loaded: added to the shadow root of every later open. */
  private panelCss: string | null = null;

  /**
   * Loads the settings and read-aloud panels on first use: lends this script's Preact on the
   * content-script global, has the background inject the panel script into this frame, and adds
   * its styles to the open reader. A failure (the tab lost the page's grant) rejects with the
   * reason; the reader says so and the next press tries again.
   */
  private readonly loadPanels = (): Promise<ReaderPanels> => {
    this.panels ??= (async () => {
      const world = globalThis as { [LATE_PANELS]?: LatePanels } & Record<symbol, unknown>;
      world[Symbol.for(SHARED_PREACT)] = {
        preact: { createContext, render },
        'preact/hooks': { useContext, useEffect, useLayoutEffect, useRef, useState },
        'preact/jsx-runtime': { jsx, jsxs, jsxDEV, Fragment },
      } satisfies LentPreact;
      if (!world[LATE_PANELS]) {
        const result = await sendToBackground('overlay:load-panels', {});
        if (!result.ok) throw new Error(result.message);
      }
      const late = world[LATE_PANELS];
      if (!late) throw new Error('The panel script did not load');
      return late;
    })();
    const loading = this.panels;
    loading.catch(() => {
      if (this.panels === loading) this.panels = null;
    });
    return loading.then((late) => {
      if (this.panelCss === null) {
        this.panelCss = late.css;
        const style = document.createElement('style');
        style.textContent = late.css;
        this.ui?.shadow.append(style);
      }
      return late.panels;
    });
  };

  /** Applies a toolbar or shortcut change at once, then stores it (other open readers follow via watch). */
  private changeSettings(change: Partial<ReaderSettings>): void {
    if (!this.settings) return;
    this.settings = normalizeSettings({ ...this.settings, ...change });
    this.rerender();
    const settings = this.settings;
    this.pendingWrites.push(JSON.stringify(settings));
    // The store applies writes one at a time, in call order.
    void updateSettings(settings).catch(() => {});
  }

  /**
   * Puts a removed block back into the article on show, and into what Save sends. Always from the
   * article as extracted: the record's places count its blocks. Saved before, it now differs from
   * the library's copy, so Save is offered again.
   */
  private readonly restore = (index: number): void => {
    if (!this.removed) return;
    const restored = new Set(this.removed.restored).add(index);
    this.removed = { ...this.removed, restored };
    this.article = withRestored(this.removed.original, this.removed.record.blocks, restored, window);
    if (this.saveState.kind === 'saved') this.saveState = { kind: 'unsaved' };
    this.rerender();
  };

  private async lookupSaved(article: Article): Promise<void> {
    const result = await sendToBackground('library:lookup', { canonicalUrl: article.canonicalUrl }).catch(() => null);
    if (result?.ok && result.value && this.article === article) {
      this.saveState = { kind: 'saved' };
      this.rerender();
      // The live page of a saved article shows its highlights too (found by canonical URL, as Save finds it).
      void this.highlights.load(result.value.id);
    }
  }

  /** Highlights for the article about to open; one made before the article is saved saves it first. */
  private newHighlights(): HighlightsSession {
    return new HighlightsSession(
      () => this.rerender(),
      () => this.save(),
    );
  }

  /** Saves the open article; answers its library id, or null when saving failed. */
  private async save(): Promise<number | null> {
    const article = this.article;
    if (!article || this.saveState.kind === 'saving') return null;
    this.saveState = { kind: 'saving' };
    this.rerender();
    const result = await sendToBackground('library:save', { article }).catch((error: unknown) => fail('failed' as const, String(error)));
    // A full disk gets the library's plain explanation; other failures keep their detail.
    this.saveState = result.ok
      ? { kind: 'saved' }
      : { kind: 'error', message: result.error === 'quota' ? translate('libraryStorageFull') : result.message };
    this.rerender();
    if (!result.ok) return null;
    // Saved with the button: later highlights belong to it without saving again (and any it already has show).
    if (this.article === article) void this.highlights.load(result.value.id);
    return result.value.id;
  }

  private showNotice(message: string): void {
    this.removeNotice();
    const notice = createShadowHost(document, 'broadsheet-notice', css, false);
    this.notice = notice;
    render(<Notice message={message} onDismiss={() => this.removeNotice()} />, notice.container);
  }

  private removeNotice(): void {
    if (this.notice) render(null, this.notice.container);
    this.notice?.remove();
    this.notice = null;
  }
}
