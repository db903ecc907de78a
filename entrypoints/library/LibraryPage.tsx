/**
 * The full library page: the same list with checkboxes, so many articles can be deleted or
 * marked at once; export of the whole library (JSON) and of one article (Markdown, HTML); and
 * import, which checks the file's frame here and sends the background its articles a chunk at a
 * time (utils/library/import-chunks.ts).
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ArticleList } from '../../components/ArticleList';
import { formatNumber } from '../../components/article-meta';
import { FilterToggle } from '../../components/FilterToggle';
import { useI18n } from '../../components/i18n';
import { LibraryEmpty } from '../../components/LibraryEmpty';
import { SearchBox } from '../../components/SearchBox';
import { UndoBar } from '../../components/UndoBar';
import { listProps } from '../../hooks/list-props';
import { useLibraryActions } from '../../hooks/use-library-actions';
import { useLibraryView } from '../../hooks/use-library-view';
import { sanitizeHtml } from '../../utils/extract/sanitize';
import { getLibrary } from '../../utils/library/connection';
import { articleToHtml, articleToMarkdown } from '../../utils/library/export-article';
import { parseExportFile } from '../../utils/library/export-format';
import { exportLibrary } from '../../utils/library/export-library';
import { importInChunks } from '../../utils/library/import-chunks';
import { getArticle } from '../../utils/library/read';
import type { ImportReport } from '../../utils/library/types';
import { sendToBackground } from '../../utils/messaging/client';
import { fail } from '../../utils/result';
import { downloadFile, fileNameOf } from './download';

type Report =
  | { kind: 'progress'; done: number; total: number }
  | { kind: 'done'; report: ImportReport }
  | { kind: 'stopped'; report: ImportReport; done: number; reason: string }
  | { kind: 'error'; message: string };

export function LibraryPage() {
  const { t, uiLang } = useI18n();
  const view = useLibraryView();
  const actions = useLibraryActions(view);
  const [selection, setSelection] = useState<ReadonlySet<number>>(new Set());
  const [report, setReport] = useState<Report | null>(null);
  const [busy, setBusy] = useState(false);
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

  const exportAll = async () => {
    setBusy(true);
    try {
      const parts = await exportLibrary(await getLibrary());
      downloadFile(parts, `broadsheet-library-${new Date().toISOString().slice(0, 10)}.json`, 'application/json');
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

  const importFile = async (file: File) => {
    setBusy(true);
    try {
      const parsed = parseExportFile(await file.text());
      if (!parsed.ok) {
        const key =
          parsed.error === 'foreign'
            ? 'libraryImportForeign'
            : parsed.error === 'newer-version'
              ? 'libraryImportNewer'
              : 'libraryImportCorrupt';
        setReport({ kind: 'error', message: t(key) });
        return;
      }
      const outcome = await importInChunks(
        parsed.value,
        (items, offset) =>
          sendToBackground('library:import', { items, offset }).catch((error: unknown) => fail('failed' as const, String(error))),
        (done, total) => setReport({ kind: 'progress', done, total }),
      );
      if (outcome.kind === 'done') setReport(outcome);
      else
        setReport({
          kind: 'stopped',
          report: outcome.report,
          done: outcome.done,
          reason: outcome.error === 'quota' ? t('libraryStorageFull') : outcome.message,
        });
    } finally {
      setBusy(false);
    }
  };

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
      </div>
      <div class="bs-toolbar-row">
        <button type="button" class="bs-button" data-testid="library-export" disabled={busy} onClick={() => void exportAll()}>
          {busy ? t('libraryExporting') : t('libraryExport')}
        </button>
        <label class="bs-button">
          {t('libraryImport')}
          <input
            type="file"
            accept=".json,application/json"
            class="bs-visually-hidden"
            data-testid="library-import-file"
            disabled={busy}
            onChange={(event) => {
              const file = event.currentTarget.files?.[0];
              event.currentTarget.value = '';
              if (file) void importFile(file);
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
      {report && <ImportReportView report={report} />}
      {actions.undo && <UndoBar count={actions.undo.length} onUndo={() => void actions.undoDelete()} onDismiss={actions.dismissUndo} />}
      {empty ? (
        <LibraryEmpty reason={empty} query={view.query} />
      ) : (
        view.status === 'ready' && (
          <ArticleList
            {...listProps(view, { ...actions, remove })}
            label={t('libraryListLabel')}
            height={height}
            onOpen={(id) => void browser.tabs.create({ url: browser.runtime.getURL(`/reader.html?id=${id}`) })}
            selection={selection}
            onToggleSelect={toggle}
          />
        )
      )}
    </main>
  );
}

function ImportReportView({ report }: { report: Report }) {
  const { t, uiLang } = useI18n();
  const n = (value: number) => formatNumber(value, uiLang);
  if (report.kind === 'error') {
    return (
      <div class="bs-report" role="alert" data-kind="error" data-testid="library-import-report">
        {report.message}
      </div>
    );
  }
  if (report.kind === 'progress') {
    return (
      <div class="bs-report" role="status" data-testid="library-import-progress">
        {t('libraryImporting', n(report.done), n(report.total))}
      </div>
    );
  }
  const { added, updated, rejected } = report.report;
  return (
    <div
      class="bs-report"
      role={report.kind === 'stopped' ? 'alert' : 'status'}
      data-kind={report.kind}
      data-testid="library-import-report"
    >
      <p>
        {report.kind === 'stopped'
          ? t('libraryImportStopped', n(report.done), report.reason)
          : t('libraryImportDone', n(added), n(updated))}
      </p>
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
    </div>
  );
}
