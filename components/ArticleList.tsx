/**
 * The saved-articles list, virtualized: only the rows in view (plus a few either side) are in the
 * DOM, at fixed heights, so 20,000 articles cost as much as 20. Rows whose metadata has not been
 * read yet show as placeholders and the list asks for them with `onRange`.
 *
 * Keyboard (the list is one tab stop, a listbox with an active row): ↑/↓ move, Page Up/Down and
 * Home/End jump, Enter opens, Delete (or Backspace) deletes, M marks read/unread, Space toggles
 * selection where rows can be selected. For the mouse, a small action bar (mark read, delete)
 * sits beside the active row, outside the listbox, so no option contains a control.
 */
import type { TargetedKeyboardEvent } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { ArticleMeta } from '../utils/library/types';
import { useI18n } from './i18n';
import { LibraryItem } from './LibraryItem';

/** Rows rendered beyond each edge of the viewport, so fast scrolling does not show gaps. */
const OVERSCAN = 4;

export interface ArticleListProps {
  /** Article ids in list order. */
  ids: readonly number[];
  /** Metadata read so far, by id. */
  rows: ReadonlyMap<number, ArticleMeta>;
  /** Called with the index range [start, end) now in view, so the caller can read those rows. */
  onRange: (start: number, end: number) => void;
  /** Accessible name of the list. */
  label: string;
  /** Height of the scroll area in px (the popup has a fixed size; the page passes its own). */
  height: number;
  /** Row height in px (rows are fixed-height). */
  rowHeight?: number;
  /** Opens an article. */
  onOpen: (id: number) => void;
  /** Deletes articles (the caller offers undo). */
  onDelete: (ids: number[]) => void;
  /** Marks an article read or unread. */
  onSetRead: (id: number, read: boolean) => void;
  /** Selected ids, for a list with checkboxes (the library page); omit for a plain list. */
  selection?: ReadonlySet<number>;
  /** Toggles one id's selection. */
  onToggleSelect?: (id: number) => void;
  /** Marker for tests and benchmarks: which query these ids answer. */
  query?: string;
  /** Ids a search found through a highlight or note: their rows say so. */
  highlightHits?: ReadonlySet<number>;
}

export function ArticleList(props: ArticleListProps) {
  const {
    ids,
    rows,
    onRange,
    label,
    height,
    rowHeight = 76,
    onOpen,
    onDelete,
    onSetRead,
    selection,
    onToggleSelect,
    query,
    highlightHits,
  } = props;
  const { t } = useI18n();
  const scroller = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [active, setActive] = useState(0);

  const visible = Math.ceil(height / rowHeight);
  const start = Math.max(0, Math.floor(scrollTop / rowHeight) - OVERSCAN);
  const end = Math.min(ids.length, Math.floor(scrollTop / rowHeight) + visible + OVERSCAN);

  // A new list (search, filter) starts at the top.
  const first = ids[0];
  useLayoutEffect(() => {
    setActive(0);
    if (scroller.current) scroller.current.scrollTop = 0;
    setScrollTop(0);
  }, [query, first === undefined]);

  useEffect(() => {
    if (active >= ids.length && ids.length > 0) setActive(ids.length - 1);
  }, [ids.length, active]);

  useEffect(() => {
    if (end > start) onRange(start, end);
  }, [start, end, ids, onRange]);

  /** The list's height as laid out: the popup's CSS may give it less than `height` in a short window. */
  const shown = () => scroller.current?.clientHeight || height;

  /** Moves the active row and scrolls it into view. */
  const moveTo = (index: number) => {
    const next = Math.max(0, Math.min(ids.length - 1, index));
    setActive(next);
    const el = scroller.current;
    if (!el) return;
    const top = next * rowHeight;
    const view = shown();
    if (top < el.scrollTop) el.scrollTop = top;
    else if (top + rowHeight > el.scrollTop + view) el.scrollTop = top + rowHeight - view;
    setScrollTop(el.scrollTop);
  };

  const onKeyDown = (event: TargetedKeyboardEvent<HTMLDivElement>) => {
    if (ids.length === 0) return;
    const id = ids[active];
    const page = Math.max(1, Math.floor(shown() / rowHeight) - 1);
    const keys: Record<string, () => void> = {
      ArrowDown: () => moveTo(active + 1),
      ArrowUp: () => moveTo(active - 1),
      PageDown: () => moveTo(active + page),
      PageUp: () => moveTo(active - page),
      Home: () => moveTo(0),
      End: () => moveTo(ids.length - 1),
      Enter: () => id !== undefined && onOpen(id),
      Delete: () => id !== undefined && onDelete([id]),
      Backspace: () => id !== undefined && onDelete([id]),
      m: () => id !== undefined && rows.get(id) && onSetRead(id, !rows.get(id)!.read),
      ' ': () => id !== undefined && onToggleSelect?.(id),
    };
    const action = keys[event.key];
    if (!action || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    action();
  };

  const items = [];
  for (let i = start; i < end; i++) {
    const id = ids[i]!;
    items.push(
      <LibraryItem
        key={id}
        meta={rows.get(id)}
        domId={`bs-row-${id}`}
        index={i}
        setSize={ids.length}
        top={i * rowHeight}
        height={rowHeight}
        active={i === active}
        selected={selection ? selection.has(id) : undefined}
        matchedHighlight={highlightHits?.has(id)}
        onToggleSelect={onToggleSelect ? () => onToggleSelect(id) : undefined}
        onOpen={() => onOpen(id)}
        onActivate={() => setActive(i)}
      />,
    );
  }

  const activeId = ids[active];
  const activeMeta = activeId === undefined ? undefined : rows.get(activeId);
  const actionsTop = active * rowHeight - scrollTop;
  return (
    <div class="bs-list-wrap">
      <div
        ref={scroller}
        class="bs-list"
        role="listbox"
        tabIndex={0}
        aria-label={label}
        aria-multiselectable={selection ? 'true' : undefined}
        aria-activedescendant={activeId !== undefined && active >= start && active < end ? `bs-row-${activeId}` : undefined}
        data-testid="library-list"
        data-query={query ?? ''}
        data-count={ids.length}
        style={{ height: `${height}px` }}
        onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}
        onKeyDown={onKeyDown}
      >
        <div class="bs-list-inner" style={{ height: `${ids.length * rowHeight}px` }}>
          {items}
        </div>
      </div>
      {activeMeta && actionsTop >= 0 && actionsTop + rowHeight / 2 <= shown() && (
        <div class="bs-row-actions" style={{ top: `${actionsTop + 6}px` }} data-testid="library-row-actions">
          <button
            type="button"
            class="bs-icon-button"
            tabIndex={-1}
            title={activeMeta.read ? t('libraryMarkUnread') : t('libraryMarkRead')}
            aria-label={activeMeta.read ? t('libraryMarkUnread') : t('libraryMarkRead')}
            data-testid="library-item-read"
            onClick={() => onSetRead(activeMeta.id, !activeMeta.read)}
          >
            <span aria-hidden="true">{activeMeta.read ? '○' : '✓'}</span>
          </button>
          <button
            type="button"
            class="bs-icon-button"
            tabIndex={-1}
            title={t('libraryDelete')}
            aria-label={t('libraryDelete')}
            data-testid="library-item-delete"
            onClick={() => onDelete([activeMeta.id])}
          >
            <span aria-hidden="true">🗑</span>
          </button>
        </div>
      )}
    </div>
  );
}
