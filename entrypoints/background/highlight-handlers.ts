/**
 * The background's highlight messages: the only writer of the library's highlights store. What a
 * content script sends is checked with `validateHighlight` before it is stored (it crossed a
 * context boundary); failures come back as values.
 */
import { HIGHLIGHT_COLOURS, type HighlightColour } from '../../utils/annotations/types';
import { MAX_NOTE, validateHighlight } from '../../utils/annotations/validate-highlight';
import { announceLibraryChange } from '../../utils/library/changes';
import { getLibrary } from '../../utils/library/connection';
import { describeError, isQuotaError } from '../../utils/library/errors';
import {
  addHighlight,
  deleteHighlights,
  listHighlights,
  undoDeleteHighlights,
  updateHighlight,
  type HighlightChange,
} from '../../utils/library/highlights';
import type { Handlers } from '../../utils/messaging/client';
import type { ToBackground } from '../../utils/messaging/protocol';
import { fail, ok } from '../../utils/result';
import { writing } from './library-handlers';

/** The highlight messages, for `listen<Pick<ToBackground, HighlightMessage>>`. */
export type HighlightMessage = 'highlights:list' | 'highlights:add' | 'highlights:update' | 'highlights:delete' | 'highlights:undo-delete';

const storageFailure = (error: unknown) =>
  isQuotaError(error) ? fail('quota', describeError(error)) : fail('failed', describeError(error));

const highlightIds = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((id): id is string => typeof id === 'string' && id.length > 0 && id.length <= 200) : [];

/** A colour/note change as sent, checked; null when a field is malformed. */
function changeOf(data: { colour?: unknown; note?: unknown }): HighlightChange | null {
  const change: HighlightChange = {};
  if (data.colour !== undefined) {
    if (!(HIGHLIGHT_COLOURS as readonly unknown[]).includes(data.colour)) return null;
    change.colour = data.colour as HighlightColour;
  }
  if (data.note !== undefined) {
    if (typeof data.note !== 'string' || data.note.length > MAX_NOTE) return null;
    change.note = data.note;
  }
  return change;
}

/** The handlers, for the background's `listen` call. `now` is for tests. */
export function highlightHandlers(now: () => number = Date.now): Handlers<Pick<ToBackground, HighlightMessage>> {
  return {
    'highlights:list': async ({ articleId }) => {
      if (!Number.isInteger(articleId) || articleId < 1) return ok([]);
      try {
        return ok(await listHighlights(await getLibrary(), articleId));
      } catch (error) {
        return fail('failed', describeError(error));
      }
    },
    'highlights:add': async ({ highlight }) => {
      const checked = validateHighlight(highlight);
      if (!checked.ok) return fail('invalid', checked.error);
      try {
        const refused = await addHighlight(await getLibrary(), checked.value);
        if (refused) return fail(refused, 'The article is not in the library');
        announceLibraryChange();
        return ok(checked.value);
      } catch (error) {
        return storageFailure(error);
      }
    },
    'highlights:update': async (data) => {
      const change = changeOf(data);
      if (!change || typeof data.id !== 'string') return fail('invalid', 'colour must be a highlight colour and note a string');
      try {
        const result = await updateHighlight(await getLibrary(), data.id, change, now());
        if (typeof result === 'string') return fail(result, 'The highlight is not in the library');
        announceLibraryChange();
        return ok(result);
      } catch (error) {
        return storageFailure(error);
      }
    },
    'highlights:delete': async (data) => writing(async () => deleteHighlights(await getLibrary(), highlightIds(data.ids), now())),
    'highlights:undo-delete': async (data) => writing(async () => undoDeleteHighlights(await getLibrary(), highlightIds(data.ids))),
  };
}
