/**
 * The one message protocol between Broadsheet's contexts, grouped by direction. Every request has
 * a typed response; failures come back as values (`Result`), never as errors thrown across
 * contexts, so a popup or content script can always tell the user what happened.
 */
import type { Highlight, HighlightColour } from '../annotations/types';
import type { Article } from '../extract/types';
import type { ImportReport, SavedRef } from '../library/types';
import type { Result } from '../result';

export { fail, ok, type Failure, type Result } from '../result';
export type { SavedRef } from '../library/types';

/** Why the reader could not open in a tab. */
export type ReaderError =
  /** The page is an extension page, a browser page, a store or a built-in viewer. */
  | 'restricted'
  /** The page does not look like an article. */
  | 'not-article'
  /** There is no tab to act on (the popup was opened in an odd window). */
  | 'no-tab'
  /** Anything unexpected (the tab closed, the script failed to load). */
  | 'failed';

/** What the reader in a tab is doing now. */
export type ReaderState = 'open' | 'closed';

/** How a trigger should act on the reader. */
export type ReaderAction = 'open' | 'toggle' | 'close';

/** Why saving failed. */
export type SaveError = 'quota' | 'invalid' | 'failed';

/** Why a highlight write failed: a malformed highlight, its article or itself gone, or storage. */
export type HighlightError = 'invalid' | 'no-article' | 'no-highlight' | 'quota' | 'failed';

/** Messages a popup, options or reader page sends to the background. */
export type ToBackground = {
  /** Open (or toggle) the reader in a tab; the active tab of the current window when tabId is omitted. */
  'reader:set': { request: { tabId?: number; action: ReaderAction }; response: Result<ReaderState, ReaderError> };
  /**
   * Whether the reader can open in a tab (the active tab when tabId is omitted), judged without
   * injecting anything: the popup asks when it does not open the reader at once.
   */
  'reader:can-open': { request: { tabId?: number }; response: Result<true, ReaderError> };
  /**
   * From the overlay: inject the reader's panels (entrypoints/overlay-panels) into the sender's
   * frame, on the first press of the reader's Aa or Listen button.
   */
  'overlay:load-panels': { request: Record<string, never>; response: Result<true, ReaderError> };
  /** Save an article (from the overlay or the popup); saving the same canonical URL again updates it. */
  'library:save': { request: { article: Article }; response: Result<SavedRef, SaveError> };
  /** Extract and save the article in a tab, without opening the reader (popup "Save" button, context menu). */
  'library:save-tab': { request: { tabId?: number }; response: Result<SavedRef, ReaderError | SaveError> };
  /** Whether an article with this canonical URL is saved. */
  'library:lookup': { request: { canonicalUrl: string }; response: Result<SavedRef | null, 'failed'> };
  /** Delete articles (undoable until the next delete). Answers the ids that were deleted. */
  'library:delete': { request: { ids: number[] }; response: Result<number[], 'failed'> };
  /** Bring back articles from the last delete. Answers the ids restored. */
  'library:undo-delete': { request: { ids: number[] }; response: Result<number[], 'failed'> };
  /** Mark articles read or unread. Answers the ids that changed. */
  'library:set-read': { request: { ids: number[]; read: boolean }; response: Result<number[], 'failed'> };
  /** Add tags to and remove tags from articles (the library page's selection). Answers the ids that changed. */
  'library:edit-tags': { request: { ids: number[]; add: string[]; remove: string[] }; response: Result<number[], 'failed'> };
  /** Remember the reading position (0..1) of a saved article. */
  'library:set-progress': { request: { id: number; progress: number }; response: Result<boolean, 'failed'> };
  /**
   * Import one chunk of library items (raw, validated here): a Broadsheet file's `articles`, or another
   * tool's entries the library page built (bodies already through the DOMPurify gate there). Each
   * merges with an article saved under its canonical URL (utils/library/save.ts `mergeInto`).
   * `offset` is the chunk's position in the file, so rejected items are reported by their index in the whole file.
   */
  'library:import': { request: { items: unknown[]; offset: number }; response: Result<ImportReport, 'quota' | 'failed'> };
  /**
   * The highlights of a saved article, in text order (the overlay cannot read the library's
   * database, which belongs to the extension's origin; extension pages ask too, for one code path).
   */
  'highlights:list': { request: { articleId: number }; response: Result<Highlight[], 'failed'> };
  /** Store a new highlight on a saved article (validated here: it comes from a content script). Answers it as stored. */
  'highlights:add': { request: { highlight: Highlight }; response: Result<Highlight, HighlightError> };
  /** Change a highlight's colour or note (either may be left out). Answers it as stored. */
  'highlights:update': {
    request: { id: string; colour?: HighlightColour; note?: string };
    response: Result<Highlight, HighlightError>;
  };
  /** Delete highlights (undoable until the next highlight delete). Answers the ids deleted. */
  'highlights:delete': { request: { ids: string[] }; response: Result<string[], 'failed'> };
  /** Bring back highlights from the last delete. Answers the highlights restored. */
  'highlights:undo-delete': { request: { ids: string[] }; response: Result<Highlight[], 'failed'> };
};

/** Messages the background sends to the overlay content script in a tab. */
export type ToContent = {
  /** Open, toggle or close the reader. */
  'overlay:set': { request: { action: ReaderAction }; response: Result<ReaderState, ReaderError> };
  /** Extract the article without showing the reader (for saving from the popup or context menu). */
  'overlay:extract': { request: Record<string, never>; response: Result<Article, ReaderError> };
};

/** Any protocol (a direction): message type → request and response. */
export type Protocol = Record<string, { request: unknown; response: unknown }>;

/** A message on the wire: its type and its request payload. */
export type Envelope<P extends Protocol, K extends keyof P = keyof P> = K extends keyof P ? { type: K; data: P[K]['request'] } : never;

/** The request payload for message K. */
export type RequestOf<P extends Protocol, K extends keyof P> = P[K]['request'];
/** The response for message K. */
export type ResponseOf<P extends Protocol, K extends keyof P> = P[K]['response'];

/** True when `value` has the shape of an envelope of this protocol (type is one of `types`). */
export function isEnvelope<P extends Protocol>(value: unknown, types: readonly (keyof P)[]): value is Envelope<P> {
  return (
    typeof value === 'object' &&
    value !== null &&
    'type' in value &&
    types.includes((value as { type: keyof P }).type) &&
    'data' in value &&
    typeof (value as { data: unknown }).data === 'object'
  );
}
