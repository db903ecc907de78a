/**
 * Every highlight in the library with its article, newest first, for the library page's Highlights
 * view: read straight from IndexedDB (pages read, the background writes) and read again whenever the
 * background announces a change. Highlights of articles that are deleted (still undoable) are left out.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Highlight } from '../utils/annotations/types';
import { onLibraryChange } from '../utils/library/changes';
import { getLibrary } from '../utils/library/connection';
import { allHighlights } from '../utils/library/highlights';
import { getMetas } from '../utils/library/read';
import type { ArticleMeta } from '../utils/library/types';

/** One highlight and the article it is on. */
export interface HighlightEntry {
  highlight: Highlight;
  article: ArticleMeta;
}

/** The entries, or null while they are first read. */
export function useHighlightsView(): HighlightEntry[] | null {
  const [entries, setEntries] = useState<HighlightEntry[] | null>(null);
  useEffect(() => {
    let live = true;
    const read = async () => {
      const db = await getLibrary();
      const highlights = await allHighlights(db);
      const ids = [...new Set(highlights.map((h) => h.articleId))];
      const metas = await getMetas(db, ids);
      const byId = new Map(ids.map((id, i) => [id, metas[i]]));
      const next: HighlightEntry[] = [];
      for (const highlight of highlights) {
        const article = byId.get(highlight.articleId);
        if (article) next.push({ highlight, article });
      }
      if (live) setEntries(next);
    };
    void read().catch(() => live && setEntries([]));
    const stop = onLibraryChange(() => void read().catch(() => {}));
    return () => {
      live = false;
      stop();
    };
  }, []);
  return entries;
}
