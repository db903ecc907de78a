/**
 * The state behind a saved-articles list (popup and library page), read straight from IndexedDB:
 * the first rows are read and shown before anything else, then the list's ids (keys only), then
 * each row's metadata as it scrolls into view. Search runs on every change of the query; an
 * answer to an older query is dropped. Other contexts' writes (BroadcastChannel) refresh it.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { onLibraryChange } from './changes';
import { getLibrary } from './connection';
import { firstPage, getMetas, listIds } from './read';
import type { LibraryDB } from './schema';
import { inListOrder, searchIds } from './search';
import type { ArticleMeta, LibraryFilter } from './types';

/** Rows read for the first paint: a popup's worth. */
const FIRST_ROWS = 12;

let preloaded: Promise<[LibraryDB, ArticleMeta[]]> | null = null;

/**
 * Starts opening the library and reading the first rows of the "all" list before the UI renders
 * (call it when the page's script loads), so the first paint does not wait for them.
 */
export function preloadLibrary(): void {
  // The marks let benchmarks split the first paint into opening, reading and rendering.
  performance.mark('broadsheet:library-preload');
  preloaded ??= getLibrary().then(async (db) => {
    performance.mark('broadsheet:library-open');
    const rows = await firstPage(db, 'all', FIRST_ROWS);
    performance.mark('broadsheet:library-first-rows');
    return [db, rows];
  });
}

export interface LibraryView {
  /** 'loading' until the first rows are known; 'error' if the database cannot be opened. */
  status: 'loading' | 'ready' | 'error';
  filter: LibraryFilter;
  setFilter: (filter: LibraryFilter) => void;
  query: string;
  setQuery: (query: string) => void;
  /** The ids shown, in order (search results when there is a query). */
  ids: number[];
  /** The query `ids` answer (lags `query` while a search runs). */
  shownQuery: string;
  /** Metadata read so far. */
  rows: ReadonlyMap<number, ArticleMeta>;
  /** How many articles the filter holds, regardless of the query; null until the list's ids are read. */
  total: number | null;
  /** Reads the metadata of rows [start, end) of `ids`. */
  loadRange: (start: number, end: number) => void;
  /** Re-reads everything (after this context changed the library). */
  refresh: () => void;
  /** Drops ids from what is shown at once (before the background confirms a delete). */
  hide: (ids: readonly number[]) => void;
}

export function useLibraryView(): LibraryView {
  const [status, setStatus] = useState<LibraryView['status']>('loading');
  const [filter, setFilter] = useState<LibraryFilter>('all');
  const [query, setQuery] = useState('');
  const [base, setBase] = useState<number[]>([]);
  const [baseReady, setBaseReady] = useState(false);
  const [ids, setIds] = useState<number[]>([]);
  const [shownQuery, setShownQuery] = useState('');
  const [rows, setRows] = useState<ReadonlyMap<number, ArticleMeta>>(new Map());
  const [generation, setGeneration] = useState(0);
  const db = useRef<LibraryDB | null>(null);
  const range = useRef<[number, number]>([0, FIRST_ROWS]);
  const idsRef = useRef<number[]>([]);
  idsRef.current = ids;

  // The list for the filter: first rows at once, then all ids.
  useEffect(() => {
    let live = true;
    void (async () => {
      try {
        const early = preloaded && filter === 'all' && generation === 0 ? await preloaded.catch(() => null) : null;
        const library = (db.current ??= early?.[0] ?? (await getLibrary()));
        const page = early?.[1] ?? (await firstPage(library, filter, FIRST_ROWS));
        if (!live) return;
        setRows(new Map(page.map((meta) => [meta.id, meta])));
        if (!query.trim()) {
          setIds(page.map((meta) => meta.id));
          setShownQuery('');
        }
        setStatus('ready');
        const all = await listIds(library, filter);
        if (!live) return;
        setBase(all);
        setBaseReady(true);
      } catch {
        if (live) setStatus('error');
      }
    })();
    return () => {
      live = false;
    };
    // `query` is read once here, for the first paint; the search effect below follows it.
  }, [filter, generation]);

  // The shown ids: the whole list, or the search results in list order.
  useEffect(() => {
    let live = true;
    const library = db.current;
    if (!library || !baseReady) return;
    if (!query.trim()) {
      setIds(base);
      setShownQuery(query);
      return;
    }
    void searchIds(library, query).then((matches) => {
      if (!live) return;
      setIds(matches ? inListOrder(base, matches) : base);
      setShownQuery(query);
    });
    return () => {
      live = false;
    };
  }, [base, baseReady, query]);

  const loadRange = useCallback((start: number, end: number) => {
    range.current = [start, end];
    const library = db.current;
    if (!library) return;
    const wanted = idsRef.current.slice(start, end);
    setRows((current) => {
      const missing = wanted.filter((id) => !current.has(id));
      if (missing.length > 0) {
        void getMetas(library, missing).then((metas) => {
          setRows((latest) => {
            const next = new Map(latest);
            metas.forEach((meta) => meta && next.set(meta.id, meta));
            return next;
          });
        });
      }
      return current;
    });
  }, []);

  const refresh = useCallback(() => {
    setRows(new Map());
    setGeneration((n) => n + 1);
  }, []);

  const hide = useCallback((gone: readonly number[]) => {
    const set = new Set(gone);
    setBase((list) => list.filter((id) => !set.has(id)));
    setIds((list) => list.filter((id) => !set.has(id)));
  }, []);

  // Another context wrote: re-read once the burst is over (an import announces every chunk).
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    const stop = onLibraryChange(() => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(refresh, 250);
    });
    return () => {
      stop();
      if (timer) clearTimeout(timer);
    };
  }, [refresh]);

  return { status, filter, setFilter, query, setQuery, ids, shownQuery, rows, total: baseReady ? base.length : null, loadRange, refresh, hide };
}
