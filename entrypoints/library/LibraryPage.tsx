/**
 * The full library page: the same list with checkboxes, so many articles can be deleted or
 * marked at once; export of the whole library (JSON) and of one article (Markdown, HTML); and
 * import, which validates the file here and sends the background its articles a chunk at a time.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ArticleList } from '@/components/ArticleList';
import { formatNumber } from '@/components/article-meta';
import { FilterToggle } from '@/components/FilterToggle';
import { useI18n } from '@/components/i18n';
import { LibraryEmpty } from '@/components/LibraryEmpty';
import { SearchBox } from '@/components/SearchBox';
import { UndoBar } from '@/components/UndoBar';
import { sanitizeHtml } from '@/utils/extract/sanitize';
import { getLibrary } from '@/utils/library/connection';
import { articleToHtml, articleToMarkdown } from '@/utils/library/export-article';
import { parseExportFile } from '@/utils/library/export-format';
import { exportLibrary } from '@/utils/library/export-library';
import { getArticle } from '@/utils/library/read';
import type { ImportReport } from '@/utils/library/types';
import { useLibraryView } from '@/utils/library/use-library-view';
import { sendToBackground } from '@/utils/messaging/client';
import { downloadFile, fileNameOf } from './download';

/** Import chunks: at most this many articles or characters per message to the background. */
const CHUNK_ITEMS = 200;
const CHUNK_CHARS = 8_000_000;

type Report =
  | { kind: 'progress'; done: number; total: number }
  | { kind: 'done'; report: ImportReport }
  | { kind: 'stopped'; report: ImportReport; done: number; reason: string }
  | { kind: 'error'; message: string };

/** The size of an entry, roughly, for chunking. */
function sizeOf(raw: unknown): number {
  if (typeof raw !== 'object' || raw === null) return 16;
  const { html, text } = raw as { html?: unknown; text?: unknown };
  return (typeof html === 'string' ? html.length : 0) + (typeof text === 'string' ? text.length : 0) + 1000;
}

export function LibraryPage() {
  const { t, uiLang } = useI18n();
  const view = useLibraryView();
  const [selection, setSelection] = useState<ReadonlySet<number>>(new Set());
  const [undo, setUndo] = useState<number[] | null>(null);
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
    if (ids.length === 0) return;
    view.hide(ids);
    const result = await sendToBackground('library:delete', { ids }).catch(() => null);
    if (result?.ok && result.value.length > 0) setUndo(result.value);
    setSelection(new Set());
    view.refresh();
  };

  const onUndo = async () => {
    const ids = undo ?? [];
    setUndo(null);
    await sendToBackground('library:undo-delete', { ids }).catch(() => null);
    view.refresh();
  };

  const markRead = async (ids: number[], read: boolean) => {
    await sendToBackground('library:set-read', { ids, read }).catch(() => null);
    view.refresh();
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
        const key = parsed.error === 'foreign' ? 'libraryImportForeign' : parsed.error === 'newer-version' ? 'libraryImportNewer' : 'libraryImportCorrupt';
        setReport({ kind: 'error', message: t(key) });
        return;
      }
      const total = parsed.items.length;
      const summary: ImportReport = { added: 0, updated: 0, rejected: [] };
      let offset = 0;
      while (offset < total) {
        let end = offset;
        let chars = 0;
        while (end < total && end - offset < CHUNK_ITEMS && (chars === 0 || chars + sizeOf(parsed.items[end]) <= CHUNK_CHARS)) {
          chars += sizeOf(parsed.items[end]);
          end++;
        }
        setReport({ kind: 'progress', done: offset, total });
        const result = await sendToBackground('library:import', { items: parsed.items.slice(offset, end), offset }).catch((error: unknown) => ({
          ok: false as const,
          error: 'failed' as const,
          message: String(error),
        }));
        if (!result.ok) {
          const reason = result.error === 'quota' ? t('libraryStorageFull') : result.message;
          setReport({ kind: 'stopped', report: summary, done: offset, reason });
          return;
        }
        summary.added += result.value.added;
        summary.updated += result.value.updated;
        summary.rejected.push(...result.value.rejected);
        offset = end;
      }
      setReport({ kind: 'done', report: summary });
    } finally {
      setBusy(false);
      view.refresh();
    }
  };

  const selected = [...selection];
  const searching = view.query.trim() !== '';
  const empty =
    view.status === 'ready' && view.ids.length === 0
      ? searching
        ? 'no-matches'
        : view.filter === 'unread' && (view.total ?? 0) === 0
          ? 'all-read'
          : 'empty-library'
      : null;

  return (
    <main class="bs-library-page" data-testid="library-page">
      <h1>{t('libraryTitle')}</h1>
      <div class="bs-library-bar">
        <SearchBox value={view.query} onChange={view.setQuery} onEnterList={() => document.querySelector<HTMLElement>('.bs-list')?.focus()} autoFocus />
        <FilterToggle value={view.filter} onChange={view.setFilter} />
      </div>
      <div class="bs-toolbar-row">
        <button type="button" class="bs-button" data-testid="library-select-all" onClick={() => setSelection(new Set(view.ids))} disabled={view.ids.length === 0}>
          {t('librarySelectAll')}
        </button>
        <span data-testid="library-selected-count">{t('librarySelected', formatNumber(selected.length, uiLang))}</span>
        <button type="button" class="bs-button" data-testid="library-delete-selected" disabled={selected.length === 0} onClick={() => void remove(selected)}>
          {t('libraryDeleteSelected')}
        </button>
        <button type="button" class="bs-button" disabled={selected.length === 0} onClick={() => void markRead(selected, true)}>
          {t('libraryMarkSelectedRead')}
        </button>
        <button type="button" class="bs-button" disabled={selected.length === 0} onClick={() => void markRead(selected, false)}>
          {t('libraryMarkSelectedUnread')}
        </button>
        <button type="button" class="bs-button" data-testid="library-export-md" disabled={selected.length !== 1} onClick={() => void exportOne('md')}>
          {t('libraryExportMarkdown')}
        </button>
        <button type="button" class="bs-button" data-testid="library-export-html" disabled={selected.length !== 1} onClick={() => void exportOne('html')}>
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
      {undo && <UndoBar count={undo.length} onUndo={() => void onUndo()} onDismiss={() => setUndo(null)} />}
      {empty ? (
        <LibraryEmpty reason={empty} query={view.query} />
      ) : (
        view.status === 'ready' && (
          <ArticleList
            ids={view.ids}
            rows={view.rows}
            onRange={view.loadRange}
            label={t('libraryListLabel')}
            height={height}
            onOpen={(id) => void browser.tabs.create({ url: browser.runtime.getURL(`/reader.html?id=${id}`) })}
            onDelete={(ids) => void remove(ids)}
            onSetRead={(id, read) => void markRead([id], read)}
            selection={selection}
            onToggleSelect={toggle}
            query={view.shownQuery}
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
    <div class="bs-report" role={report.kind === 'stopped' ? 'alert' : 'status'} data-kind={report.kind} data-testid="library-import-report">
      <p>{report.kind === 'stopped' ? t('libraryImportStopped', n(report.done), report.reason) : t('libraryImportDone', n(added), n(updated))}</p>
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
