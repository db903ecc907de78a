/**
 * One saved article in a list: title, site, saved date, reading time, read/unread, and a last
 * line with its tags and the start of its text. A fixed height, so the list can place rows without measuring them (ArticleList
 * renders only the rows in view). The row is a listbox option with nothing interactive inside
 * (buttons in an option are unreachable to assistive technology): the row's actions are the
 * list's keys and the action bar ArticleList shows beside the active row; the selection mark is a
 * picture of aria-selected, toggled by clicking it.
 */
import type { ArticleMeta } from '../utils/library/types';
import { formatNumber, hostOf, readingTime } from './article-meta';
import { useI18n } from './i18n';
import { TagChips } from './TagChips';

export interface LibraryItemProps {
  /** The article, or undefined while its metadata loads (a placeholder row keeps the list's geometry). */
  meta: ArticleMeta | undefined;
  /** DOM id, for the list's aria-activedescendant. */
  domId: string;
  /** Position in the list (0-based) and the list's length, for screen readers. */
  index: number;
  setSize: number;
  /** Top offset in the list's scroll area, in px. */
  top: number;
  /** Row height in px. */
  height: number;
  /** The keyboard-active row. */
  active: boolean;
  /** Checked in a selectable list; undefined when the list has no selection. */
  selected?: boolean;
  /** Toggles the row's selection (selectable lists only). */
  onToggleSelect?: () => void;
  /** Opens the article. */
  onOpen: () => void;
  /** Makes this the active row (pointer down or hover). */
  onActivate: () => void;
  /** A search found the article through one of its highlights or notes: the row says so. */
  matchedHighlight?: boolean;
}

/** The saved date in the UI language ("3 Sept 2024", "3 सित॰ 2024"). */
function formatSaved(savedAt: number, uiLang: string): string {
  try {
    return new Intl.DateTimeFormat(uiLang, { dateStyle: 'medium' }).format(new Date(savedAt));
  } catch {
    return new Date(savedAt).toISOString().slice(0, 10);
  }
}

export function LibraryItem(props: LibraryItemProps) {
  const { meta, domId, index, setSize, top, height, active, selected, onToggleSelect, onOpen, onActivate, matchedHighlight } = props;
  const { t, uiLang } = useI18n();
  const style = { top: `${top}px`, height: `${height}px` };
  if (!meta) {
    return (
      <div
        id={domId}
        class="bs-item bs-item-placeholder"
        role="option"
        aria-selected={active}
        aria-posinset={index + 1}
        aria-setsize={setSize}
        style={style}
      />
    );
  }
  const lang = meta.lang === 'und' ? undefined : meta.lang;
  return (
    <div
      id={domId}
      class={`bs-item${active ? ' bs-item-active' : ''}${meta.read ? ' bs-item-read' : ''}`}
      role="option"
      aria-selected={selected ?? active}
      aria-posinset={index + 1}
      aria-setsize={setSize}
      data-testid="library-item"
      data-id={meta.id}
      data-read={meta.read ? 'true' : 'false'}
      style={style}
      onPointerDown={onActivate}
      onPointerEnter={onActivate}
      onClick={(event) => {
        if ((event.target as Element).closest('.bs-item-check')) return;
        onOpen();
      }}
    >
      {onToggleSelect && (
        <span
          class="bs-item-check"
          aria-hidden="true"
          data-checked={selected === true ? 'true' : 'false'}
          title={t('librarySelectArticle', meta.title)}
          onClick={onToggleSelect}
          data-testid="library-item-check"
        />
      )}
      <div class="bs-item-text">
        <div class="bs-item-title" lang={lang} dir="auto" data-testid="library-item-title">
          {!meta.read && <span class="bs-unread-dot" title={t('libraryUnread')} aria-hidden="true" />}
          {meta.title}
        </div>
        <div class="bs-item-meta">
          <span dir="auto">{meta.siteName ?? hostOf(meta.url)}</span>
          <span aria-hidden="true"> · </span>
          <time dateTime={new Date(meta.savedAt).toISOString()}>{formatSaved(meta.savedAt, uiLang)}</time>
          {meta.readingMinutes > 0 && (
            <>
              <span aria-hidden="true"> · </span>
              <span>{readingTime(meta.readingMinutes, t, (value) => formatNumber(value, uiLang))}</span>
            </>
          )}
          <span class="bs-visually-hidden">, {meta.read ? t('libraryRead') : t('libraryUnread')}</span>
          {matchedHighlight && (
            <>
              <span aria-hidden="true"> · </span>
              <span class="bs-item-hit" data-testid="library-item-highlight-hit">
                {t('libraryMatchedHighlight')}
              </span>
            </>
          )}
        </div>
        {/* Tags lead the last line, so a narrow row (the popup) cuts the excerpt, never a tag. */}
        {meta.tags.length > 0 ? (
          <div class="bs-item-excerpt">
            <TagChips tags={meta.tags} />
            {meta.excerpt && (
              <span lang={lang} dir="auto">
                {meta.excerpt}
              </span>
            )}
          </div>
        ) : (
          meta.excerpt && (
            <div class="bs-item-excerpt" lang={lang} dir="auto">
              {meta.excerpt}
            </div>
          )
        )}
      </div>
    </div>
  );
}
