/**
 * The full library page: the same list with checkboxes, so many articles can be deleted or
 * marked at once; a tag filter; export of the library, or of the selection when there is one, as
 * our own JSON, a bookmarks file or a ZIP of Markdown notes, and of one article (Markdown, HTML);
 * and Import…, which reads a Broadsheet library or another tool's reading list here, shows
 * what it holds, and on confirm sends the background its articles a chunk at a time (hooks/use-import.ts).
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ArticleList } from '../../components/ArticleList';
import { formatNumber } from '../../components/article-meta';
import { FilterToggle } from '../../components/FilterToggle';
import { useI18n, type MessageKey } from '../../components/i18n';
import { ImportPreviewDialog } from '../../components/ImportPreviewDialog';
import { LibraryEmpty } from '../../components/LibraryEmpty';
import { SearchBox } from '../../components/SearchBox';
import { TagEditor } from '../../components/TagEditor';
import { TagFilter } from '../../components/TagFilter';
import { UndoBar } from '../../components/UndoBar';
import { listProps, openTarget } from '../../hooks/list-props';
import { useImport, type ImportState } from '../../hooks/use-import';
import { useLibraryActions } from '../../hooks/use-library-actions';
import { useLibraryView } from '../../hooks/use-library-view';
import { sanitizeHtml } from '../../utils/extract/sanitize';
import { getLibrary } from '../../utils/library/connection';
import { articleToHtml, articleToMarkdown } from '../../utils/library/export-article';
import { exportBookmarks } from '../../utils/library/export-bookmarks';
import { exportLibrary, exportMetas } from '../../utils/library/export-library';
import { exportMarkdownZip } from '../../utils/library/export-markdown';
import { getArticle } from '../../utils/library/read';
import { downloadFile, fileNameOf } from './download';
import { HighlightsSection } from './HighlightsSection';

/** The formats the library exports to, as the format list offers them. */
type ExportFormat = 'json' | 'bookmarks' | 'markdown';
const EXPORT_FORMATS: Record<ExportFormat, MessageKey> = {
  json: 'libraryExportJson',
  bookmarks: 'libraryExportBookmarks',
  markdown: 'libraryExportMarkdownZip',
};

/**
 * Builds and offers the export file: of `ids` (the selection) when given, else of the whole
 * library; every format holds the same articles in the same order (exportMetas).
 */
async function exportAs(format: ExportFormat, ids: number[] | undefined): Promise<void> {
  const db = await getLibrary();
  const date = new Date().toISOString().slice(0, 10);
  if (format === 'json') {
    downloadFile(await exportLibrary(db, ids), `broadsheet-library-${date}.json`, 'application/json');
  } else if (format === 'bookmarks') {
    downloadFile([exportBookmarks(await exportMetas(db, ids))], `broadsheet-bookmarks-${date}.html`, 'text/html');
  } else {
    const folder = `broadsheet-notes-${date}`;
    // Bodies are sanitized here, where the DOM the gate needs is; an article with no text becomes a link note.
    const parts = await exportMarkdownZip(
      await exportMetas(db, ids),
      async (meta) => {
        const saved = await getArticle(db, meta.id);
        return saved && saved.text.trim() !== '' ? sanitizeHtml(saved.html, window) : null;
      },
      { folder },
    );
    downloadFile(parts, `${folder}.zip`, 'application/zip');
  }
}

export function LibraryPage() {
  const { t, uiLang } = useI18n();
  const view = useLibraryView();
  const actions = useLibraryActions(view);
  const [selection, setSelection] = useState<ReadonlySet<number>>(new Set());
  const imports = useImport(view.changedHere);
  const [busy, setBusy] = useState(false);
  const [exportFormat, setExportFormat] = useState<ExportFormat>('json');
  const [height, setHeight] = useState(() => Math.max(240, window.innerHeight - 260));

  useEffect(() => {
    const onResize = () => setHeight(Math.max(240, window.innerHeight - 260));
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);

  // Selection follows what exists: deleted articles leave it.
  useEffect(() => {
    setSelection((current) => {
      if (current.size === 0) return current;
      const shown = new Set(view.ids);
      const kept = [...current].filter((id) => shown.has(id));
      return kept.length === current.size ? current : new Set(kept);
    });
  }, [view.ids]);

  const toggle = useCallback((id: number) => {
    setSelection((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  }, []);

  const remove = async (ids: number[]) => {
    setSelection(new Set());
    await actions.remove(ids);
  };

  const exportNow = async (ids: number[] | undefined) => {
    setBusy(true);
    try {
      await exportAs(exportFormat, ids);
    } finally {
      setBusy(false);
    }
  };

  const exportOne = async (format: 'md' | 'html') => {
    const [id] = [...selection];
    if (id === undefined) return;
    const saved = await getArticle(await getLibrary(), id);
    if (!saved) return;
    const html = sanitizeHtml(saved.html, window);
    if (format === 'md') downloadFile([articleToMarkdown(saved, html)], fileNameOf(saved.title, 'md'), 'text/markdown');
    else downloadFile([articleToHtml(saved, html)], fileNameOf(saved.title, 'html'), 'text/html');
  };

  // A tag whose last article went away (deleted, or merged) leaves the filter.
  useEffect(() => {
    if (view.tag !== null && view.total !== null && !view.tags.some((entry) => entry.tag === view.tag)) view.setTag(null);
  }, [view.tags, view.tag, view.total]);

  const importing = imports.state.kind === 'reading' || imports.state.kind === 'preview' || imports.state.kind === 'progress';
  const selected = [...selection];
  const searching = view.query.trim() !== '';
  const { empty } = view;

  return (
    <main class="bs-library-page" data-testid="library-page">
      <h1>{t('libraryTitle')}</h1>
      <div class="bs-library-bar">
        <SearchBox
          value={view.query}
          onChange={view.setQuery}
          onEnterList={() => document.querySelector<HTMLElement>('.bs-list')?.focus()}
          autoFocus
        />
        <FilterToggle value={view.filter} onChange={view.setFilter} />
        <TagFilter tags={view.tags} value={view.tag} onChange={view.setTag} />
      </div>
      <div class="bs-toolbar-row">
        <button
          type="button"
          class="bs-button"
          data-testid="library-select-all"
          onClick={() => setSelection(new Set(view.ids))}
          disabled={view.ids.length === 0}
        >
          {t('librarySelectAll')}
        </button>
        <span data-testid="library-selected-count">{t('librarySelected', formatNumber(selected.length, uiLang))}</span>
        <button
          type="button"
          class="bs-button"
          data-testid="library-delete-selected"
          disabled={selected.length === 0}
          onClick={() => void remove(selected)}
        >
          {t('libraryDeleteSelected')}
        </button>
        <button type="button" class="bs-button" disabled={selected.length === 0} onClick={() => void actions.setRead(selected, true)}>
          {t('libraryMarkSelectedRead')}
        </button>
        <button type="button" class="bs-button" disabled={selected.length === 0} onClick={() => void actions.setRead(selected, false)}>
          {t('libraryMarkSelectedUnread')}
        </button>
        <button
          type="button"
          class="bs-button"
          data-testid="library-export-md"
          disabled={selected.length !== 1}
          onClick={() => void exportOne('md')}
        >
          {t('libraryExportMarkdown')}
        </button>
        <button
          type="button"
          class="bs-button"
          data-testid="library-export-html"
          disabled={selected.length !== 1}
          onClick={() => void exportOne('html')}
        >
          {t('libraryExportHtml')}
        </button>
        <TagEditor
          enabled={selected.length > 0}
          onAdd={(tag) => void actions.editTags(selected, [tag], [])}
          onRemove={(tag) => void actions.editTags(selected, [], [tag])}
        />
      </div>
      <div class="bs-toolbar-row">
        <select
          class="bs-button"
          data-testid="library-export-format"
          aria-label={t('libraryExportFormat')}
          value={exportFormat}
          disabled={busy}
          onChange={(event) => setExportFormat(event.currentTarget.value as ExportFormat)}
        >
          {(Object.keys(EXPORT_FORMATS) as ExportFormat[]).map((format) => (
            <option key={format} value={format}>
              {t(EXPORT_FORMATS[format])}
            </option>
          ))}
        </select>
        <button
          type="button"
          class="bs-button"
          data-testid="library-export"
          disabled={busy}
          onClick={() => void exportNow(selected.length > 0 ? selected : undefined)}
        >
          {busy
            ? t('libraryExporting')
            : selected.length > 0
              ? t('libraryExportSelected', formatNumber(selected.length, uiLang))
              : t('libraryExportAll')}
        </button>
        <label class="bs-button">
          {t('libraryImport')}
          {/* No accept filter: the format is told from the content, so a renamed or extension-less export still imports. */}
          <input
            type="file"
            class="bs-visually-hidden"
            data-testid="library-import-file"
            disabled={importing}
            onChange={(event) => {
              const file = event.currentTarget.files?.[0];
              event.currentTarget.value = '';
              if (file) void imports.choose(file);
            }}
          />
        </label>
        <span class="bs-library-count" data-testid="library-count">
          {view.total === null
            ? t('libraryLoading')
            : searching
              ? t('libraryMatches', formatNumber(view.ids.length, uiLang))
              : t('libraryCount', formatNumber(view.total, uiLang))}
        </span>
      </div>
      {imports.state.kind === 'preview' && (
        <ImportPreviewDialog
          fileName={imports.state.fileName}
          preview={imports.state.plan.preview}
          alreadySaved={imports.state.alreadySaved}
          onImport={() => void imports.confirm()}
          onCancel={imports.dismiss}
        />
      )}
      <ImportReportView state={imports.state} />
      {actions.undo && <UndoBar count={actions.undo.length} onUndo={() => void actions.undoDelete()} onDismiss={actions.dismissUndo} />}
      {empty ? (
        <LibraryEmpty reason={empty} query={view.query} />
      ) : (
        view.status === 'ready' && (
          <ArticleList
            {...listProps(view, { ...actions, remove })}
            label={t('libraryListLabel')}
            height={height}
            onOpen={(id) => {
              const target = openTarget(view.rows.get(id), id);
              void browser.tabs.create({ url: 'site' in target ? target.site : browser.runtime.getURL(target.readerPath) });
            }}
            selection={selection}
            onToggleSelect={toggle}
          />
        )
      )}
      <HighlightsSection />
    </main>
  );
}

/** Why a file was refused, as the user reads it. */
const REFUSED: Record<Extract<ImportState, { kind: 'error' }>['error'], MessageKey> = {
  'unknown-format': 'importUnknownFormat',
  'zip-corrupt': 'importDamagedZip',
  'zip-too-large': 'importDamagedZip',
  'zip-unsafe-path': 'importDamagedZip',
  'newer-version': 'importNewerVersion',
  unreadable: 'libraryImportCorrupt',
};

function ImportReportView({ state }: { state: ImportState }) {
  const { t, uiLang } = useI18n();
  const n = (value: number) => formatNumber(value, uiLang);
  if (state.kind === 'idle' || state.kind === 'preview') return null;
  if (state.kind === 'error') {
    return (
      <div class="bs-report" role="alert" data-kind="error" data-testid="library-import-report">
        {t(REFUSED[state.error])}
      </div>
    );
  }
  if (state.kind === 'reading') {
    return (
      <div class="bs-report" role="status" data-testid="library-import-progress">
        {t('importReading', state.fileName)}
      </div>
    );
  }
  if (state.kind === 'progress') {
    return (
      <div class="bs-report" role="status" data-testid="library-import-progress">
        {t('libraryImporting', n(state.done), n(state.total))}
      </div>
    );
  }
  const { added, updated, rejected, highlights, rejectedHighlights } = state.report;
  return (
    <div class="bs-report" role={state.kind === 'stopped' ? 'alert' : 'status'} data-kind={state.kind} data-testid="library-import-report">
      {state.kind === 'stopped' ? (
        <p>
          {t('libraryImportStopped', n(state.done), state.error === 'quota' ? t('importStorageFull') : state.message)}{' '}
          {t('importNotImported', n(state.total - state.done))}
        </p>
      ) : (
        <p>{t('libraryImportDone', n(added), n(updated))}</p>
      )}
      {highlights > 0 && <p>{t('libraryImportHighlights', n(highlights))}</p>}
      {rejected.length > 0 && (
        <>
          <p>{t('libraryImportSkipped', n(rejected.length))}</p>
          <ul data-testid="library-import-rejected">
            {rejected.slice(0, 500).map((item) => (
              <li key={item.index}>{t('libraryImportItem', n(item.index + 1), item.label ?? '—', item.reason)}</li>
            ))}
          </ul>
        </>
      )}
      {rejectedHighlights.length > 0 && (
        <>
          <p>{t('libraryImportHighlightsSkipped', n(rejectedHighlights.length))}</p>
          <ul data-testid="library-import-rejected-highlights">
            {rejectedHighlights.slice(0, 500).map((item) => (
              <li key={`${item.index}:${item.highlight}`}>
                {t('libraryImportHighlightItem', n(item.index + 1), item.label ?? '—', n(item.highlight + 1), item.reason)}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
