/**
 * The wiring between a library view, its actions and the saved-articles list, the same in the
 * popup and on the library page: which rows, which query to highlight, and what a row's delete
 * and read buttons do. Each screen adds its own height, label, opening and selection.
 */
import type { ArticleMeta } from '../utils/library/types';
import type { LibraryActions } from './use-library-actions';
import type { LibraryView } from './use-library-view';

export function listProps(view: LibraryView, actions: Pick<LibraryActions, 'remove' | 'setRead'>) {
  return {
    ids: view.ids,
    rows: view.rows,
    onRange: view.loadRange,
    query: view.shownQuery,
    highlightHits: view.highlightHits,
    onDelete: (ids: number[]) => void actions.remove(ids),
    onSetRead: (id: number, read: boolean) => void actions.setRead([id], read),
  };
}

/**
 * Where opening a row goes: the reader page for a saved article, or the article's own site for a
 * link imported without its text (a Pocket or Instapaper entry: Broadsheet does not fetch it yet),
 * where an empty reader page would show nothing.
 */
export function openTarget(
  meta: Pick<ArticleMeta, 'url' | 'wordCount'> | undefined,
  id: number,
): { site: string } | { readerPath: `/reader.html?id=${number}` } {
  return meta && meta.wordCount === 0 ? { site: meta.url } : { readerPath: `/reader.html?id=${id}` };
}
