/**
 * The reader's toolbar row: close, the text-and-theme panel toggle, the read-aloud toggle, and Save.
 * Every control is a real button in the Tab order; Left/Right arrows also move between them, as
 * screen-reader users expect of role="toolbar".
 */
import type { ComponentChildren, TargetedKeyboardEvent } from 'preact';
import { useI18n } from './i18n';

/** Where the article stands in the library, as the Save button shows it. */
export type SaveState = { kind: 'unsaved' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'error'; message: string };

export interface ReaderToolbarProps {
  /** Which panel is open under the toolbar, if any. */
  panel: 'settings' | 'listen' | null;
  /** Ids of the panels, for aria-controls. */
  settingsId: string;
  listenId: string;
  /** Opens or closes a panel (null closes whichever is open). */
  onPanel: (panel: 'settings' | 'listen' | null) => void;
  /** Whether the read-aloud toggle is shown. */
  canListen: boolean;
  /** Save state; omit to hide the Save button. */
  saveState?: SaveState;
  onSave?: () => void;
  /** Omit to hide the close button. */
  onClose?: () => void;
  /** Shows or hides what the cleanup removed ("Not right?"); omit when there is no record (a saved article). */
  onNotRight?: () => void;
  /** Whether the removed blocks are showing (the button then reads "Hide removed"). */
  removedShown?: boolean;
}

export function ReaderToolbar(props: ReaderToolbarProps) {
  const { panel, settingsId, listenId, onPanel, canListen, saveState, onSave, onClose, onNotRight, removedShown } = props;
  const { t } = useI18n();
  const onKeyDown = (event: TargetedKeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
    const buttons = [...event.currentTarget.querySelectorAll<HTMLButtonElement>('button:not([disabled])')];
    const at = buttons.indexOf(event.target as HTMLButtonElement);
    if (at < 0) return;
    const rtl = getComputedStyle(event.currentTarget).direction === 'rtl';
    const delta = (event.key === 'ArrowRight') !== rtl ? 1 : -1;
    buttons[(at + delta + buttons.length) % buttons.length]?.focus();
    event.preventDefault();
  };
  return (
    <div class="bs-toolbar" role="toolbar" aria-label={t('readerToolbar')} onKeyDown={onKeyDown}>
      {onClose && (
        <button
          type="button"
          class="bs-button bs-icon-button"
          data-testid="reader-close"
          onClick={onClose}
          aria-label={t('readerClose')}
          title={t('withShortcut', t('readerClose'), 'Esc')}
        >
          <span aria-hidden="true">✕</span>
        </button>
      )}
      <Toggle
        open={panel === 'settings'}
        controls={settingsId}
        onClick={() => onPanel(panel === 'settings' ? null : 'settings')}
        label={t('settingsToggle')}
        testid="reader-settings-toggle"
      >
        <span class="bs-aa" aria-hidden="true">
          Aa
        </span>
      </Toggle>
      {canListen && (
        <Toggle
          open={panel === 'listen'}
          controls={listenId}
          onClick={() => onPanel(panel === 'listen' ? null : 'listen')}
          testid="reader-listen-toggle"
        >
          <svg class="bs-svg" viewBox="0 0 24 24" aria-hidden="true">
            <path d="M3 9v6h4l5 4V5L7 9H3zm13.5 3a4.5 4.5 0 0 0-2.5-4v8a4.5 4.5 0 0 0 2.5-4zM14 3.2v2.1a7 7 0 0 1 0 13.4v2.1a9 9 0 0 0 0-17.6z" />
          </svg>
          {t('readAloudToggle')}
        </Toggle>
      )}
      <span class="bs-spacer" />
      {onNotRight && (
        <button type="button" class="bs-button" data-testid="reader-not-right" onClick={onNotRight}>
          {removedShown ? t('notRightHide') : t('notRightToggle')}
        </button>
      )}
      {saveState && onSave && <SaveButton state={saveState} onSave={onSave} />}
    </div>
  );
}

interface ToggleProps {
  open: boolean;
  controls: string;
  onClick: () => void;
  /** Accessible name and tooltip when the visible content is only a glyph. */
  label?: string;
  testid: string;
  children: ComponentChildren;
}

function Toggle({ open, controls, onClick, label, testid, children }: ToggleProps) {
  return (
    <button
      type="button"
      class="bs-button"
      aria-expanded={open}
      aria-controls={controls}
      aria-label={label}
      title={label}
      onClick={onClick}
      data-testid={testid}
    >
      {children}
    </button>
  );
}

function SaveButton({ state, onSave }: { state: SaveState; onSave: () => void }) {
  const { t } = useI18n();
  const label = state.kind === 'saved' ? t('readerSaved') : state.kind === 'saving' ? t('readerSaving') : t('readerSave');
  return (
    <>
      {state.kind === 'error' && (
        <span class="bs-save-error" role="alert">
          {t('readerSaveFailed', state.message)}
        </span>
      )}
      <button
        type="button"
        class="bs-button bs-save"
        data-testid="reader-save"
        aria-pressed={state.kind === 'saved'}
        aria-disabled={state.kind === 'saving'}
        onClick={() => state.kind !== 'saving' && onSave()}
      >
        {label}
      </button>
    </>
  );
}
