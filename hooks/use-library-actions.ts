/**
 * What the user can do to saved articles from a list, shared by the popup and the library page:
 * delete (hidden at once, undoable), undo, mark read or unread, tag and untag. Every change is asked of the
 * background, the library's only writer; the list is then read again once.
 */
import { useCallback, useState } from 'preact/hooks';
import { sendToBackground } from '../utils/messaging/client';
import type { LibraryView } from './use-library-view';

export interface LibraryActions {
  /** The ids the last delete removed, while its undo is offered; null when there is none. */
  undo: number[] | null;
  /** Deletes articles: gone from the list at once, then undoable. */
  remove: (ids: number[]) => Promise<void>;
  /** Brings back the last delete. */
  undoDelete: () => Promise<void>;
  /** Stops offering the undo. */
  dismissUndo: () => void;
  /** Marks articles read or unread. */
  setRead: (ids: number[], read: boolean) => Promise<void>;
  /** Adds tags to and removes tags from articles. */
  editTags: (ids: number[], add: string[], remove: string[]) => Promise<void>;
}

export function useLibraryActions(view: Pick<LibraryView, 'hide' | 'changedHere'>): LibraryActions {
  const [undo, setUndo] = useState<number[] | null>(null);
  const { hide, changedHere } = view;

  const remove = useCallback(
    async (ids: number[]) => {
      if (ids.length === 0) return;
      hide(ids);
      const result = await sendToBackground('library:delete', { ids }).catch(() => null);
      if (result?.ok && result.value.length > 0) setUndo(result.value);
      changedHere();
    },
    [hide, changedHere],
  );

  const undoDelete = useCallback(async () => {
    const ids = undo ?? [];
    setUndo(null);
    await sendToBackground('library:undo-delete', { ids }).catch(() => null);
    changedHere();
  }, [undo, changedHere]);

  const setRead = useCallback(
    async (ids: number[], read: boolean) => {
      await sendToBackground('library:set-read', { ids, read }).catch(() => null);
      changedHere();
    },
    [changedHere],
  );

  const editTags = useCallback(
    async (ids: number[], add: string[], remove: string[]) => {
      if (ids.length === 0) return;
      await sendToBackground('library:edit-tags', { ids, add, remove }).catch(() => null);
      changedHere();
    },
    [changedHere],
  );

  const dismissUndo = useCallback(() => setUndo(null), []);
  return { undo, remove, undoDelete, dismissUndo, setRead, editTags };
}
