/**
 * The state behind a saved-articles list (popup and library page), read straight from IndexedDB:
 * the first rows are read and shown before anything else, then the list's ids (keys only), then
 * each row's metadata as it scrolls into view. Search runs on every change of the query; an
 * answer to an older query is dropped. Every write the background announces (BroadcastChannel)
 * refreshes it once, this context's own writes included (see `changedHere`).
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { onLibraryChange } from '../utils/library/changes';
import { getLibrary } from '../utils/library/connection';
import { searchHighlightArticles } from '../utils/library/highlights';
import { firstPage, getMetas, listIds, listTags } from '../utils/library/read';
import type { LibraryDB } from '../utils/library/schema';
import { inListOrder, searchIds } from '../utils/library/search';
import type { ArticleMeta, LibraryFilter } from '../utils/library/types';

/** Rows read for the first paint: a popup's worth. */
const FIRST_ROWS = 12;
/** A burst of announcements (an import announces every chunk) is read once it is over. */
const SETTLE_MS = 250;
/** How long a change made here waits for the background's announcement of it. */
const ECHO_MS = 2_000;

/** Phase marks for `npm run bench:library` (e2e builds only: production pages set none). */
function mark(name: string): void {
  if (import.meta.env.MODE === 'e2e') performance.mark(`broadsheet:${name}`);
}

let preloaded: Promise<[LibraryDB, ArticleMeta[]]> | null = null;

/**
 * Starts opening the library and reading the first rows of the "all" list before the UI renders
 * (call it when the page's script loads), so the first paint does not wait for them.
 */
export function preloadLibrary(): void {
  // The marks let benchmarks split the first paint into opening, reading and rendering.
  mark('library-preload');
  preloaded ??= getLibrary().then(async (db) => {
    mark('library-open');
    const rows = await firstPage(db, 'all', FIRST_ROWS);
    mark('library-first-rows');
    return [db, rows];
  });
}

/** Why a list shows nothing, for LibraryEmpty; null while it has rows or is still loading. */
export type EmptyReason = 'empty-library' | 'no-matches' | 'all-read' | null;

export interface LibraryView {
  /** 'loading' until the first rows are known; 'error' if the database cannot be opened. */
  status: 'loading' | 'ready' | 'error';
  filter: LibraryFilter;
  setFilter: (filter: LibraryFilter) => void;
  /** The tag the list is narrowed to (the library page's tag filter), or null. */
  tag: string | null;
  setTag: (tag: string | null) => void;
  /** Every tag in the library with its article count (read with the list). */
  tags: readonly { tag: string; count: number }[];
  query: string;
  setQuery: (query: string) => void;
  /** The ids shown, in order (search results when there is a query). */
  ids: number[];
  /** The query `ids` answer (lags `query` while a search runs). */
  shownQuery: string;
  /** The shown ids found (also) through one of their highlights or notes: the row says so. */
  highlightHits: ReadonlySet<number>;
  /** Metadata read so far. */
  rows: ReadonlyMap<number, ArticleMeta>;
  /** How many articles the filter holds, regardless of the query; null until the list's ids are read. */
  total: number | null;
  /** Reads the metadata of rows [start, end) of `ids`. */
  loadRange: (start: number, end: number) => void;
  /**
   * Re-reads now, after this context changed the library and the background confirmed it. The
   * background's announcement of that change then refreshes nothing more.
   */
  changedHere: () => void;
  /** Why the list is empty, or null. */
  empty: EmptyReason;
  /** Drops ids from what is shown at once (before the background confirms a delete). */
  hide: (ids: readonly number[]) => void;
}

export function useLibraryView(): LibraryView {
  const [status, setStatus] = useState<LibraryView['status']>('loading');
  const [filter, setFilter] = useState<LibraryFilter>('all');
  const [tag, setTag] = useState<string | null>(null);
  const [tags, setTags] = useState<readonly { tag: string; count: number }[]>([]);
  const [query, setQuery] = useState('');
  const [base, setBase] = useState<number[]>([]);
  const [baseReady, setBaseReady] = useState(false);
  const [ids, setIds] = useState<number[]>([]);
  const [shownQuery, setShownQuery] = useState('');
  const [highlightHits, setHighlightHits] = useState<ReadonlySet<number>>(new Set());
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
        const early = preloaded && filter === 'all' && tag === null && generation === 0 ? await preloaded.catch(() => null) : null;
        const library = (db.current ??= early?.[0] ?? (await getLibrary()));
        // Under a tag the first rows are the tag's: its ids first (one index read), then their rows.
        const page =
          tag === null
            ? (early?.[1] ?? (await firstPage(library, filter, FIRST_ROWS)))
            : (await getMetas(library, (await listIds(library, filter, tag)).slice(0, FIRST_ROWS))).filter((m) => m !== undefined);
        if (!live) return;
        setRows(new Map(page.map((meta) => [meta.id, meta])));
        if (!query.trim()) {
          setIds(page.map((meta) => meta.id));
          setShownQuery('');
        }
        setStatus('ready');
        const [all, tagList] = await Promise.all([listIds(library, filter, tag), listTags(library)]);
        if (!live) return;
        setBase(all);
        setBaseReady(true);
        setTags(tagList);
      } catch {
        if (live) setStatus('error');
      }
    })();
    return () => {
      live = false;
    };
    // `query` is read once here, for the first paint; the search effect below follows it.
  }, [filter, tag, generation]);

  // The shown ids: the whole list, or the search results in list order.
  useEffect(() => {
    let live = true;
    const library = db.current;
    if (!library || !baseReady) return;
    if (!query.trim()) {
      setIds(base);
      setShownQuery(query);
      setHighlightHits(new Set());
      return;
    }
    // Articles match by their own words (the segment index) or by a highlight's quote and note (its store's word index).
    const byHighlight = searchHighlightArticles(library, query).catch(() => null);
    void Promise.all([searchIds(library, query), byHighlight]).then(([matches, highlighted]) => {
      if (!live) return;
      const both = matches && highlighted?.length ? Uint32Array.from(new Set([...matches, ...highlighted])).sort() : matches;
      setIds(both ? inListOrder(base, both) : base);
      setHighlightHits(new Set(highlighted ?? []));
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

  // Announcements of this context's own changes, each read already (see changedHere).
  const echoes = useRef(0);
  const settling = useRef<ReturnType<typeof setTimeout> | null>(null);

  const changedHere = useCallback(() => {
    if (settling.current) {
      // Its announcement came first and is waiting: this read replaces it.
      clearTimeout(settling.current);
      settling.current = null;
    } else {
      echoes.current += 1;
      setTimeout(() => (echoes.current = Math.max(0, echoes.current - 1)), ECHO_MS);
    }
    refresh();
  }, [refresh]);

  const hide = useCallback((gone: readonly number[]) => {
    const set = new Set(gone);
    setBase((list) => list.filter((id) => !set.has(id)));
    setIds((list) => list.filter((id) => !set.has(id)));
  }, []);

  // The library changed: re-read once the burst is over, unless this context read it already.
  useEffect(() => {
    const stop = onLibraryChange(() => {
      if (echoes.current > 0) {
        echoes.current -= 1;
        return;
      }
      if (settling.current) clearTimeout(settling.current);
      settling.current = setTimeout(() => {
        settling.current = null;
        refresh();
      }, SETTLE_MS);
    });
    return () => {
      stop();
      if (settling.current) clearTimeout(settling.current);
    };
  }, [refresh]);

  const total = baseReady ? base.length : null;
  return {
    status,
    filter,
    setFilter,
    tag,
    setTag,
    tags,
    query,
    setQuery,
    ids,
    shownQuery,
    rows,
    highlightHits,
    total,
    loadRange,
    changedHere,
    hide,
    empty: emptyReason(status, ids, total, filter, query, shownQuery),
  };
}

/**
 * Why the list is empty: nothing saved (or nothing unread) when the filter holds nothing and no
 * search runs; no matches once the search for the current query has answered.
 */
export function emptyReason(
  status: LibraryView['status'],
  ids: readonly number[],
  total: number | null,
  filter: LibraryFilter,
  query: string,
  shownQuery: string,
): EmptyReason {
  if (status !== 'ready' || ids.length > 0) return null;
  if (query.trim() !== '') return shownQuery === query ? 'no-matches' : null;
  if ((total ?? 0) > 0) return null;
  return filter === 'unread' ? 'all-read' : 'empty-library';
}
