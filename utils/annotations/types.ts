/**
 * What a highlight is, as the library stores it and as an export file carries it: a W3C Web
 * Annotation target (a quote with its context, and a position over the article's text), so it can
 * be found again after the stored article's markup changes, and so other annotation tools can read
 * it. Pure types, shared by anchoring, validation and export.
 */

/**
 * The highlighted text and what surrounds it (W3C Web Annotation `TextQuoteSelector`). The context
 * is what tells one occurrence of a repeated phrase from another.
 */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  /** The highlighted text, exactly as it stands in the root's text. */
  exact: string;
  /** Up to 32 characters of text just before `exact` (fewer at the start of the text). */
  prefix: string;
  /** Up to 32 characters of text just after `exact` (fewer at the end of the text). */
  suffix: string;
}

/**
 * Where the highlight was (W3C Web Annotation `TextPositionSelector`): offsets into the root's text,
 * the concatenation of its text nodes. Offsets count UTF-16 code units, as the DOM and Hypothesis
 * do (the specification words it as characters); a hint only, checked against the quote.
 */
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  /** Offset of the first highlighted code unit. */
  start: number;
  /** Offset just past the last highlighted code unit (`start` for an empty range). */
  end: number;
}

/** The two selectors of one highlight: the quote is the truth, the position the first guess. */
export interface HighlightTarget {
  quote: TextQuoteSelector;
  position: TextPositionSelector;
}

/** The colours a highlight may have, in the order the colour picker offers them. */
export const HIGHLIGHT_COLOURS = ['yellow', 'green', 'blue', 'pink'] as const;

/** One of the four named highlight colours (names, not CSS values: the theme decides the shade). */
export type HighlightColour = (typeof HIGHLIGHT_COLOURS)[number];

/** One highlight on a saved article, with the reader's note. */
export interface Highlight {
  /** Stable id (a UUID when made here; any short string when imported). */
  id: string;
  /** The library id of the article it belongs to (a positive integer). */
  articleId: number;
  /** Where it is in the article's text. */
  target: HighlightTarget;
  colour: HighlightColour;
  /** The reader's note, '' when there is none. Plain text, not Markdown. */
  note: string;
  /** Epoch milliseconds when it was made. */
  createdAt: number;
  /** Epoch milliseconds of its last change (colour or note). */
  updatedAt: number;
}

/** How many characters of context a quote keeps on each side (Hypothesis keeps the same). */
export const QUOTE_CONTEXT_LENGTH = 32;

/** What the reader needs to show and change highlights; the overlay and the reader page each provide it
 * (hooks/highlights-session.ts), the reader's highlight layer takes it. */
export interface ReaderHighlights {
  /** The article's highlights (any order). */
  list: readonly Highlight[];
  /** Makes a highlight; resolves with its id once stored (after saving the article if it was not), or null. */
  onAdd: (target: HighlightTarget, colour: HighlightColour, note: string) => Promise<string | null>;
  /** Changes a highlight's colour or note. */
  onUpdate: (id: string, change: { colour?: HighlightColour; note?: string }) => void;
  /** Deletes a highlight (undoable: see `undoable`). */
  onDelete: (id: string) => void;
  /** Brings back the last deleted highlight. */
  onUndo: () => void;
  /** A delete can be undone now. */
  undoable: boolean;
  /** Why the last change failed, shown until the next one; null when it worked. */
  error: string | null;
}
