/**
 * The reader: the article with its header, and the reader's toolbar. Used by the overlay on a
 * page and by the extension's reader page for saved articles, so both look and behave the same.
 * Props in, callbacks out: no storage, messaging or extension APIs here.
 *
 * Keyboard: Tab reaches every control (and stays inside the overlay, a modal dialog); "+"/"-"/"0"
 * change the text size and "T" the theme (reader-shortcuts.ts); Esc closes an open panel, then the reader.
 */
import type { ComponentChildren, CSSProperties, TargetedKeyboardEvent } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Article } from '../utils/extract/types';
import type { SpeechPort } from '../utils/read-aloud';
import { FONT_SIZES_PX, type ReaderSettings } from '../utils/settings-model';
import { ArticleBody } from './ArticleBody';
import type { ReaderHighlights } from './HighlightLayer';
import { formatNumber, formatPublished, hostOf, needsLeadImage, readingTime } from './article-meta';
import { trapTab } from './focus-trap';
import { useI18n } from './i18n';
import type { PanelSource, ReaderPanels } from './reader-panels';
import { isTyping, shortcutChange } from './reader-shortcuts';
import { ReaderToolbar, type SaveState } from './ReaderToolbar';
import type { RemovedBlocksProps } from './RemovedBlocks';
import { uiDirection } from './ui-direction';

export type { SaveState } from './ReaderToolbar';

export interface ReaderProps {
  article: Article;
  settings: ReaderSettings;
  /** 'overlay' on a web page (closable, scrolls itself), 'page' on the extension's reader page. */
  mode: 'overlay' | 'page';
  /** Called with each settings change the user makes (toolbar or shortcut); the caller stores it. Omit to hide the settings. */
  onSettingsChange?: (change: Partial<ReaderSettings>) => void;
  /** Save state; omit to hide the Save button. */
  saveState?: SaveState;
  /** Called when the user asks to save. */
  onSave?: () => void;
  /** Called on Esc or the close button; omit to hide the close button. */
  onClose?: () => void;
  /** Speech for read aloud; defaults to the browser's (null hides read aloud where there is none). */
  speech?: SpeechPort | null;
  /** The settings and read-aloud panels, or how to load them when one is first opened (the overlay). */
  panels: PanelSource;
  /** Links of the page around the reader, first in its toolbar area (the reader page's way back to the library). */
  nav?: ComponentChildren;
  /**
   * What the cleanup removed from this article, for "Not right?" (shown in place on request, one
   * click puts a block back). Omit where there is no record: a saved article does not keep one.
   */
  notRight?: RemovedBlocksProps;
  /** The article's highlights and how to change them; omit to offer none. */
  highlights?: ReaderHighlights;
}

const SETTINGS_ID = 'bs-settings-panel';
const LISTEN_ID = 'bs-listen-panel';

export function Reader(props: ReaderProps) {
  const { article, settings, mode, onSettingsChange, saveState, onSave, onClose, speech, panels, nav, notRight, highlights } = props;
  const { t, uiLang } = useI18n();
  const [panel, setPanel] = useState<'settings' | 'listen' | null>(null);
  // The removed blocks are rendered only once asked for: nothing of them runs before the first frame.
  const [removedShown, setRemovedShown] = useState(false);
  const [loaded, setLoaded] = useState<ReaderPanels | { failed: string } | null>(typeof panels === 'function' ? null : panels);
  const root = useRef<HTMLDivElement>(null);
  // Intl's first use in a page costs ~25 ms (ICU starts up), a seventh of opening the overlay: the
  // first frame shows the reading time in plain digits and no date, and both are localized right
  // after it (same line, so nothing below moves; for an English or Hindi UI the digits are the same).
  const [localized, setLocalized] = useState(false);
  useEffect(() => setLocalized(true), []);
  // The dateline belongs to the article, so it is written in the article's language (issue 2);
  // what the UI itself says (reading time, controls) follows the UI language.
  const published = localized ? formatPublished(article.publishedTime, article.lang) : null;
  const readFor = readingTime(article.readingMinutes, t, localized ? (value) => formatNumber(value, uiLang) : String);
  const site = article.siteName ?? hostOf(article.url);
  const showLead = needsLeadImage(article.leadImage, article.html);
  const articleLang = article.lang === 'und' ? undefined : article.lang;

  // On the reader page, take focus so the shortcuts work before the first click. A layout effect
  // runs in the same task as the first render: a key pressed as soon as the article shows must not
  // land on <body> (a plain effect waits for the next frame, and lost a fast first "T" in E2E).
  useLayoutEffect(() => {
    const el = root.current;
    if (mode === 'page' && el && el.ownerDocument.activeElement === el.ownerDocument.body) el.focus({ preventScroll: true });
  }, [mode]);

  /** Loads the late panels (the overlay's) unless they are here; a failed load is tried again. */
  const loadPanels = () => {
    if (typeof panels === 'function' && (loaded === null || 'failed' in loaded)) {
      setLoaded(null);
      panels().then(setLoaded, (error: unknown) => setLoaded({ failed: error instanceof Error ? error.message : String(error) }));
    }
  };
  const togglePanel = (next: typeof panel) => {
    setPanel(next);
    if (next) loadPanels();
  };
  // The highlight layer arrives with the panels: at once when there are highlights to paint, else on
  // the first pointer or Shift-key release in the body (it then takes up the selection made).
  const layerWanted = useRef(false);
  const wantLayer = () => {
    if (!highlights || layerWanted.current) return;
    layerWanted.current = true;
    loadPanels();
  };
  const hasHighlights = (highlights?.list.length ?? 0) > 0;
  useEffect(() => {
    if (hasHighlights) wantLayer();
  }, [hasHighlights]);
  const ready = loaded && !('failed' in loaded) ? loaded : null;
  /** Stands in for a panel still loading (empty) or that could not load (says so; the button retries). */
  const pending = (id: string) => (
    <div id={id} class="bs-panel-pending" role="status" data-testid="reader-panel-pending">
      {loaded && 'failed' in loaded ? t('readerPanelFailed') : ''}
    </div>
  );

  const onKeyDown = (event: TargetedKeyboardEvent<HTMLDivElement>) => {
    if (event.defaultPrevented) return;
    if (event.key === 'Escape') {
      event.preventDefault();
      if (panel) {
        const toggle = event.currentTarget.querySelector<HTMLElement>(
          `[aria-controls="${panel === 'settings' ? SETTINGS_ID : LISTEN_ID}"]`,
        );
        setPanel(null);
        toggle?.focus();
      } else if (removedShown) {
        setRemovedShown(false);
        event.currentTarget.querySelector<HTMLElement>('[data-testid="reader-not-right"]')?.focus();
      } else onClose?.();
      return;
    }
    if (mode === 'overlay') trapTab(event as unknown as KeyboardEvent, event.currentTarget);
    if (!onSettingsChange || isTyping(event.target)) return;
    const change = shortcutChange(event, settings);
    if (change) {
      event.preventDefault();
      onSettingsChange(change);
    }
  };

  const style = {
    '--bs-font-size': `${FONT_SIZES_PX[settings.fontSizeStep] ?? 19}px`,
    '--bs-line-height': String(settings.lineHeight),
  } as CSSProperties;

  return (
    <div
      ref={root}
      class={`bs-reader bs-mode-${mode}`}
      data-theme={settings.theme}
      data-font={settings.font}
      data-width={settings.width}
      data-testid="reader"
      role={mode === 'overlay' ? 'dialog' : undefined}
      aria-modal={mode === 'overlay' ? 'true' : undefined}
      aria-label={mode === 'overlay' ? t('readerLabel') : undefined}
      lang={uiLang}
      // From the UI language, never the page: `all: initial` on the overlay's host does not reset `direction`,
      // so an Arabic page would otherwise mirror an English toolbar.
      dir={uiDirection(uiLang)}
      tabIndex={-1}
      style={style}
      onKeyDown={onKeyDown}
      onPointerUp={highlights && !ready ? wantLayer : undefined}
      onKeyUp={highlights && !ready ? (event) => event.shiftKey && wantLayer() : undefined}
    >
      <header class="bs-top">
        {nav}
        <ReaderToolbar
          panel={panel}
          settingsId={SETTINGS_ID}
          listenId={LISTEN_ID}
          onPanel={togglePanel}
          canListen={speech !== null}
          saveState={saveState}
          onSave={onSave}
          onClose={onClose}
          onNotRight={
            notRight &&
            (() => {
              setRemovedShown(!removedShown);
              if (!removedShown) loadPanels();
            })
          }
          removedShown={removedShown}
        />
        {panel === 'settings' &&
          onSettingsChange &&
          (ready ? <ready.SettingsPanel id={SETTINGS_ID} settings={settings} onChange={onSettingsChange} /> : pending(SETTINGS_ID))}
        {panel === 'listen' && !ready && pending(LISTEN_ID)}
        {panel === 'listen' && ready && (
          <ready.ReadAloudBar
            id={LISTEN_ID}
            lang={article.lang}
            rate={settings.speechRate}
            onRateChange={(speechRate) => onSettingsChange?.({ speechRate })}
            speech={speech}
            getArticle={() => root.current?.querySelector('.bs-article') ?? null}
            getScroller={() => {
              const el = root.current;
              if (!el) return null;
              const top = el.querySelector('.bs-top')?.getBoundingClientRect().height ?? 0;
              return mode === 'overlay'
                ? { scroller: el.querySelector('.bs-scroll') ?? el, topInset: 0 }
                : { scroller: el.ownerDocument.scrollingElement ?? el, topInset: top };
            }}
          />
        )}
      </header>
      <div class="bs-scroll" data-testid="reader-scroll">
        <main class="bs-main">
          <article class="bs-article" lang={articleLang} dir={article.dir}>
            <header class="bs-header">
              <p class="bs-site" data-testid="reader-site" data-no-speech>
                {site}
                {published && (
                  <>
                    <span aria-hidden="true"> · </span>
                    <time dateTime={article.publishedTime ?? undefined} data-testid="reader-date">
                      {published}
                    </time>
                  </>
                )}
              </p>
              <h1 class="bs-title" data-testid="reader-title">
                {article.title}
              </h1>
              {article.byline && (
                <p class="bs-byline" data-testid="reader-byline" data-no-speech>
                  {article.byline}
                </p>
              )}
              {/* The line follows the article's side (right in a right-to-left story); its words keep the UI language's direction. */}
              <p class="bs-reading-time" data-testid="reader-time" data-no-speech>
                <span lang={uiLang} dir="auto">
                  {readFor}
                </span>
              </p>
            </header>
            {showLead && article.leadImage && (
              <figure class="bs-lead">
                <img src={article.leadImage} alt="" loading="lazy" referrerpolicy="no-referrer" />
              </figure>
            )}
            {removedShown && notRight && !ready && pending('bs-removed-pending')}
            {removedShown && notRight && ready ? (
              <ready.RemovedBlocks {...notRight} />
            ) : (
              <>
                <ArticleBody html={article.html} />
                {highlights && ready && (
                  <ready.HighlightLayer
                    {...highlights}
                    html={article.html}
                    lang={articleLang}
                    getBody={() => root.current?.querySelector('[data-testid="reader-body"]') ?? null}
                  />
                )}
              </>
            )}
            <footer class="bs-footer" lang={uiLang} data-no-speech>
              <a href={article.url} target="_blank" rel="noopener noreferrer" data-testid="reader-original">
                {t('readerOpenOriginal')}
              </a>
            </footer>
          </article>
        </main>
      </div>
    </div>
  );
}
