/**
 * The popup's saved list: search, the all/unread filter, the virtualized list, undo after a
 * delete, "Save this page", and a link to the full library page. It reads the library directly
 * (hooks/use-library-view.ts) and asks the background for every change (hooks/use-library-actions.ts).
 */
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ArticleList } from '../../components/ArticleList';
import { formatNumber } from '../../components/article-meta';
import { FilterToggle } from '../../components/FilterToggle';
import { useI18n } from '../../components/i18n';
import { LibraryEmpty } from '../../components/LibraryEmpty';
import { SearchBox } from '../../components/SearchBox';
import { UndoBar } from '../../components/UndoBar';
import { listProps, openTarget } from '../../hooks/list-props';
import { useLibraryActions } from '../../hooks/use-library-actions';
import { preloadLibrary, useLibraryView } from '../../hooks/use-library-view';
import { sendToBackground } from '../../utils/messaging/client';
import '../../components/library.css';

// Start reading the library while the popup renders its first frame.
preloadLibrary();

/** List viewport height: the popup's 600 px limit minus the status, search and footer rows. */
const LIST_HEIGHT = 380;

export interface LibraryPanelProps {
  /** The current tab, for "Save this page"; undefined when the popup has none. */
  tabId: number | undefined;
  /** Whether the current tab can be saved (a web page, not a browser page). */
  canSave: boolean;
}

/** Opens a saved article in the reader page (a link imported without text: on its site) and closes the popup. */
async function openSaved(target: ReturnType<typeof openTarget>): Promise<void> {
  await browser.tabs.create({ url: 'site' in target ? target.site : browser.runtime.getURL(target.readerPath) });
  window.close();
}

export function LibraryPanel({ tabId, canSave }: LibraryPanelProps) {
  const { t, uiLang } = useI18n();
  const view = useLibraryView();
  const actions = useLibraryActions(view);
  const [saveState, setSaveState] = useState<'idle' | 'saving' | 'saved' | 'error' | 'quota'>('idle');
  const listRef = useRef<HTMLDivElement>(null);
  const painted = useRef(false);

  // Benchmarks read this mark: the frame after the first rows are committed to the DOM.
  useLayoutEffect(() => {
    if (painted.current || view.status !== 'ready') return;
    painted.current = true;
    if (import.meta.env.MODE === 'e2e') requestAnimationFrame(() => performance.mark('broadsheet:list-painted'));
  }, [view.status]);

  const onSaveTab = async () => {
    setSaveState('saving');
    const result = await sendToBackground('library:save-tab', { tabId }).catch(() => null);
    setSaveState(result?.ok ? 'saved' : result?.error === 'quota' ? 'quota' : 'error');
    if (result?.ok) view.changedHere();
  };

  const searching = view.query.trim() !== '';
  const { empty } = view;

  return (
    <section class="bs-library" aria-label={t('libraryTitle')} data-testid="popup-library">
      <div class="bs-library-bar">
        <SearchBox
          value={view.query}
          onChange={view.setQuery}
          onEnterList={() => listRef.current?.querySelector<HTMLElement>('.bs-list')?.focus()}
        />
        <FilterToggle value={view.filter} onChange={view.setFilter} />
      </div>
      <div class="bs-library-bar">
        <span class="bs-library-count" data-testid="library-count">
          {view.total === null
            ? ''
            : searching
              ? t('libraryMatches', formatNumber(view.ids.length, uiLang))
              : t('libraryCount', formatNumber(view.total, uiLang))}
        </span>
        <span class="bs-spacer" style={{ flex: 1 }} />
        {canSave && (
          <button
            type="button"
            class="bs-button"
            data-testid="popup-save"
            disabled={saveState === 'saving'}
            aria-pressed={saveState === 'saved'}
            onClick={() => void onSaveTab()}
          >
            {saveState === 'saved' ? t('readerSaved') : saveState === 'saving' ? t('readerSaving') : t('popupSaveThisPage')}
          </button>
        )}
      </div>
      {(saveState === 'error' || saveState === 'quota') && (
        <p class="bs-library-error" role="alert" data-testid="popup-save-error">
          {saveState === 'quota' ? t('libraryStorageFull') : t('librarySaveFailed')}
        </p>
      )}
      {view.status === 'loading' && <p class="bs-library-count">{t('libraryLoading')}</p>}
      <div ref={listRef}>
        {empty ? (
          <LibraryEmpty reason={empty} query={view.query} />
        ) : (
          view.status === 'ready' && (
            <ArticleList
              {...listProps(view, actions)}
              label={t('libraryListLabel')}
              height={Math.min(LIST_HEIGHT, Math.max(1, view.ids.length) * 76)}
              onOpen={(id) => void openSaved(openTarget(view.rows.get(id), id))}
            />
          )
        )}
      </div>
      {actions.undo && <UndoBar count={actions.undo.length} onUndo={() => void actions.undoDelete()} onDismiss={actions.dismissUndo} />}
      <div class="bs-library-foot">
        <span>{t('libraryKeyboardHint')}</span>
        <a href={browser.runtime.getURL('/library.html')} target="_blank" rel="noopener" data-testid="popup-open-library">
          {t('libraryOpenFull')}
        </a>
      </div>
    </section>
  );
}
