/**
 * "Deleted: 3 — Undo". Shown after a delete until the user undoes it, dismisses it, or it times
 * out; the deleted articles can be brought back until the next delete.
 */
import { useEffect } from 'preact/hooks';
import { formatNumber } from './article-meta';
import { useI18n } from './i18n';

export interface UndoBarProps {
  /** How many articles were deleted. */
  count: number;
  /** Brings them back. */
  onUndo: () => void;
  /** Hides the bar. */
  onDismiss: () => void;
  /** Milliseconds before it hides itself. */
  timeoutMs?: number;
}

export function UndoBar({ count, onUndo, onDismiss, timeoutMs = 10_000 }: UndoBarProps) {
  const { t, uiLang } = useI18n();
  useEffect(() => {
    const timer = setTimeout(onDismiss, timeoutMs);
    return () => clearTimeout(timer);
  }, [count, onDismiss, timeoutMs]);
  return (
    <div class="bs-undo" role="status" data-testid="library-undo-bar">
      <span>{t('libraryDeleted', formatNumber(count, uiLang))}</span>
      <button type="button" class="bs-button" data-testid="library-undo" onClick={onUndo}>
        {t('libraryUndo')}
      </button>
    </div>
  );
}
