/**
 * The reader: the article with its header, and the reader's toolbar. Used by the overlay on a
 * page and by the extension's reader page for saved articles, so both look and behave the same.
 * Props in, callbacks out: no storage, messaging or browser APIs here.
 */
import type { CSSProperties, TargetedKeyboardEvent } from 'preact';
import type { Article } from '../utils/extract/types';
import { FONT_SIZES_PX, type ReaderSettings } from '../utils/settings-model';
import { ArticleBody } from './ArticleBody';
import { formatNumber, formatPublished, hostOf, needsLeadImage } from './article-meta';
import { useI18n } from './i18n';

/** Where the article stands in the library, as the Save button shows it. */
export type SaveState = { kind: 'unsaved' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'error'; message: string };

export interface ReaderProps {
  article: Article;
  settings: ReaderSettings;
  /** 'overlay' on a web page (closable, scrolls itself), 'page' on the extension's reader page. */
  mode: 'overlay' | 'page';
  /** Save state; omit to hide the Save button. */
  saveState?: SaveState;
  /** Called when the user asks to save. */
  onSave?: () => void;
  /** Called on Esc or the close button; omit to hide the close button. */
  onClose?: () => void;
}

export function Reader({ article, settings, mode, saveState, onSave, onClose }: ReaderProps) {
  const { t, uiLang } = useI18n();
  const published = formatPublished(article.publishedTime, article.lang);
  const site = article.siteName ?? hostOf(article.url);
  const showLead = needsLeadImage(article.leadImage, article.html);

  const onKeyDown = (event: TargetedKeyboardEvent<HTMLElement>) => {
    if (event.key === 'Escape' && onClose) {
      event.preventDefault();
      onClose();
    }
  };

  const style = {
    '--bs-font-size': `${FONT_SIZES_PX[settings.fontSizeStep] ?? 19}px`,
    '--bs-line-height': String(settings.lineHeight),
  } as CSSProperties;

  return (
    <div
      class={`bs-reader bs-mode-${mode}`}
      data-theme={settings.theme}
      data-font={settings.font}
      data-width={settings.width}
      data-testid="reader"
      role={mode === 'overlay' ? 'dialog' : undefined}
      aria-modal={mode === 'overlay' ? 'true' : undefined}
      aria-label={t('readerLabel')}
      lang={uiLang}
      style={style}
      onKeyDown={onKeyDown}
    >
      <div class="bs-toolbar" role="toolbar" aria-label={t('readerLabel')}>
        {onClose && (
          <button type="button" class="bs-button bs-close" data-testid="reader-close" onClick={onClose} aria-label={t('readerClose')}>
            <span aria-hidden="true">✕</span>
          </button>
        )}
        <span class="bs-spacer" />
        {saveState && onSave && <SaveButton state={saveState} onSave={onSave} />}
      </div>
      <div class="bs-scroll" data-testid="reader-scroll">
        <main class="bs-main">
          <article class="bs-article" lang={article.lang === 'und' ? undefined : article.lang} dir={article.dir}>
            <header class="bs-header">
              <p class="bs-site" data-testid="reader-site">
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
                <p class="bs-byline" data-testid="reader-byline">
                  {article.byline}
                </p>
              )}
              <p class="bs-reading-time" data-testid="reader-time" lang={uiLang} dir="auto">
                {t('readerMinutes', formatNumber(article.readingMinutes, uiLang))}
              </p>
            </header>
            {showLead && article.leadImage && (
              <figure class="bs-lead">
                <img src={article.leadImage} alt="" loading="lazy" referrerpolicy="no-referrer" />
              </figure>
            )}
            <ArticleBody html={article.html} />
            <footer class="bs-footer" lang={uiLang}>
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

interface SaveButtonProps {
  state: SaveState;
  onSave: () => void;
}

function SaveButton({ state, onSave }: SaveButtonProps) {
  const { t } = useI18n();
  const label =
    state.kind === 'saved' ? t('readerSaved') : state.kind === 'saving' ? t('readerSaving') : t('readerSave');
  return (
    <>
      {state.kind === 'error' && (
        <span class="bs-save-error" role="alert">
          {t('readerSaveFailed', state.message)}
        </span>
      )}
      <button
        type="button"
        class="bs-button bs-save"
        data-testid="reader-save"
        aria-pressed={state.kind === 'saved'}
        disabled={state.kind === 'saving'}
        onClick={onSave}
      >
        {label}
      </button>
    </>
  );
}
