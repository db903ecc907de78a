/**
 * The small bar by a selection (or by a highlight that was clicked): four colour buttons, a note
 * field, and for an existing highlight a Delete button. Props in, callbacks out; where it stands is
 * the caller's (viewport coordinates of the text it belongs to).
 *
 * Keyboard: Tab moves through the bar; Enter in the note saves it; Esc closes the bar (and only the
 * bar: the reader stays open). The colour buttons are toggle buttons, named for their colour.
 */
import type { TargetedKeyboardEvent } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { HIGHLIGHT_COLOURS, type HighlightColour } from '../utils/annotations/types';
import { useI18n, type MessageKey } from './i18n';

/** The accessible name of each colour button. */
const COLOUR_NAMES: Record<HighlightColour, MessageKey> = {
  yellow: 'highlightYellow',
  green: 'highlightGreen',
  blue: 'highlightBlue',
  pink: 'highlightPink',
};

/** The bar's width in px (the stylesheet's), to keep it inside the viewport. */
const BAR_WIDTH = 300;

export interface HighlightBarProps {
  /** The viewport box of the text the bar is for: it sits just below it (above, near the bottom of the window). */
  anchor: { top: number; bottom: number; left: number };
  /** The highlight being edited, or null for a fresh selection. */
  current: { colour: HighlightColour; note: string } | null;
  /** A colour was picked: makes the highlight (with the note typed so far) or recolours it. */
  onColour: (colour: HighlightColour, note: string) => void;
  /** Stores the note of an existing highlight. */
  onNote: (note: string) => void;
  /** Deletes the existing highlight (the caller offers undo). */
  onDelete: () => void;
  /** Closes the bar. */
  onDismiss: () => void;
  /** The window's size, for placing the bar (defaults to the bar's window). */
  viewport?: { width: number; height: number };
}

export function HighlightBar({ anchor, current, onColour, onNote, onDelete, onDismiss, viewport }: HighlightBarProps) {
  const { t } = useI18n();
  const [note, setNote] = useState(current?.note ?? '');
  // A different highlight (or its stored note) is shown: the field follows it.
  useEffect(() => setNote(current?.note ?? ''), [current?.note]);

  const view = viewport ?? (typeof window === 'undefined' ? { width: 1024, height: 768 } : { width: innerWidth, height: innerHeight });
  const below = anchor.bottom + 8;
  const top = below + 120 > view.height ? Math.max(8, anchor.top - 128) : below;
  const left = Math.min(Math.max(8, anchor.left), Math.max(8, view.width - BAR_WIDTH - 8));

  const onKeyDown = (event: TargetedKeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onDismiss();
    }
  };

  return (
    <div
      class="bs-hl-bar"
      role="toolbar"
      aria-label={t('highlightBarLabel')}
      data-testid="highlight-bar"
      data-no-speech
      style={{ top: `${top}px`, left: `${left}px` }}
      onKeyDown={onKeyDown}
    >
      <div class="bs-hl-colours">
        {HIGHLIGHT_COLOURS.map((colour) => (
          <button
            key={colour}
            type="button"
            class={`bs-hl-swatch bs-hl-swatch-${colour}`}
            aria-label={t(COLOUR_NAMES[colour])}
            title={t(COLOUR_NAMES[colour])}
            aria-pressed={current ? current.colour === colour : undefined}
            data-testid={`highlight-colour-${colour}`}
            onClick={() => onColour(colour, note)}
          />
        ))}
        {current && (
          <button type="button" class="bs-button bs-hl-delete" data-testid="highlight-delete" onClick={onDelete}>
            {t('highlightDelete')}
          </button>
        )}
      </div>
      <form
        class="bs-hl-note"
        onSubmit={(event) => {
          event.preventDefault();
          if (current) onNote(note);
        }}
      >
        <input
          type="text"
          class="bs-hl-note-input"
          aria-label={t('highlightNote')}
          placeholder={t('highlightNotePlaceholder')}
          value={note}
          dir="auto"
          maxLength={100_000}
          data-testid="highlight-note"
          onInput={(event) => setNote(event.currentTarget.value)}
        />
        {current && (
          <button type="submit" class="bs-button" data-testid="highlight-save-note" disabled={note === current.note}>
            {t('highlightSaveNote')}
          </button>
        )}
      </form>
    </div>
  );
}
