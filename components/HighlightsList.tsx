/**
 * The library page's Highlights view: every highlight, newest first, with its note, article, site
 * and date; a colour filter; and "Export highlights as Markdown" for what is shown. Props in,
 * callbacks out (the page reads the library and writes the file).
 */
import { HIGHLIGHT_COLOURS, type Highlight, type HighlightColour } from '../utils/annotations/types';
import type { ArticleMeta } from '../utils/library/types';
import { formatNumber, hostOf } from './article-meta';
import { useI18n, type MessageKey } from './i18n';

const COLOUR_NAMES: Record<HighlightColour, MessageKey> = {
  yellow: 'highlightYellow',
  green: 'highlightGreen',
  blue: 'highlightBlue',
  pink: 'highlightPink',
};

export interface HighlightsListProps {
  /** Every highlight with its article, newest first; null while they are read. */
  entries: readonly { highlight: Highlight; article: ArticleMeta }[] | null;
  /** The colour shown, or null for all. */
  colour: HighlightColour | null;
  onColour: (colour: HighlightColour | null) => void;
  /** Opens the article a highlight is on. */
  onOpen: (articleId: number) => void;
  /** Exports the highlights shown (the filter applies). */
  onExport: () => void;
}

function formatDate(ms: number, uiLang: string): string {
  try {
    return new Intl.DateTimeFormat(uiLang, { dateStyle: 'medium' }).format(new Date(ms));
  } catch {
    return new Date(ms).toISOString().slice(0, 10);
  }
}

export function HighlightsList({ entries, colour, onColour, onOpen, onExport }: HighlightsListProps) {
  const { t, uiLang } = useI18n();
  const shown = (entries ?? []).filter((entry) => colour === null || entry.highlight.colour === colour);
  return (
    <section class="bs-highlights" data-testid="library-highlights" aria-labelledby="bs-highlights-title">
      <h2 id="bs-highlights-title" class="bs-highlights-title">
        {t('libraryHighlights')}
        {entries && <span class="bs-highlights-count"> ({formatNumber(shown.length, uiLang)})</span>}
      </h2>
      <div class="bs-toolbar-row">
        <label>
          {t('libraryHighlightColour')}{' '}
          <select
            class="bs-button"
            data-testid="library-highlights-colour"
            value={colour ?? ''}
            onChange={(event) => onColour((event.currentTarget.value || null) as HighlightColour | null)}
          >
            <option value="">{t('libraryHighlightAllColours')}</option>
            {HIGHLIGHT_COLOURS.map((c) => (
              <option key={c} value={c}>
                {t(COLOUR_NAMES[c])}
              </option>
            ))}
          </select>
        </label>
        <button type="button" class="bs-button" data-testid="library-highlights-export" disabled={shown.length === 0} onClick={onExport}>
          {t('libraryExportHighlights')}
        </button>
      </div>
      {entries && shown.length === 0 ? (
        <p class="bs-highlights-empty" data-testid="library-highlights-empty">
          {t('libraryNoHighlights')}
        </p>
      ) : (
        <ul class="bs-highlights-list">
          {shown.map(({ highlight, article }) => {
            const lang = article.lang === 'und' ? undefined : article.lang;
            return (
              <li key={highlight.id} class={`bs-highlight bs-highlight-${highlight.colour}`} data-testid="library-highlight">
                <blockquote lang={lang} dir="auto">
                  {highlight.target.quote.exact.length > 600
                    ? `${highlight.target.quote.exact.slice(0, 600)}…`
                    : highlight.target.quote.exact}
                </blockquote>
                {highlight.note && (
                  <p class="bs-highlight-note" dir="auto" data-testid="library-highlight-note">
                    {highlight.note}
                  </p>
                )}
                <p class="bs-highlight-meta">
                  <a
                    href={`/reader.html?id=${article.id}`}
                    lang={lang}
                    dir="auto"
                    onClick={(event) => {
                      event.preventDefault();
                      onOpen(article.id);
                    }}
                  >
                    {article.title}
                  </a>
                  <span aria-hidden="true"> · </span>
                  <span dir="auto">{article.siteName ?? hostOf(article.url)}</span>
                  <span aria-hidden="true"> · </span>
                  <time dateTime={new Date(highlight.createdAt).toISOString()}>{formatDate(highlight.createdAt, uiLang)}</time>
                  <span class="bs-visually-hidden">, {t(COLOUR_NAMES[highlight.colour])}</span>
                </p>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
