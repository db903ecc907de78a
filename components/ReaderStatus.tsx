/**
 * The popup's first line: what happened to the reader in the current tab, with the action that
 * makes sense next (open it, or close it).
 */
import { useI18n } from './i18n';

/** The reader's state in the current tab, as the popup learns it. */
export type TabReaderStatus = 'opening' | 'open' | 'closed' | 'not-article' | 'restricted' | 'failed';

export interface ReaderStatusProps {
  status: TabReaderStatus;
  /** Opens the reader in the tab. */
  onOpen: () => void;
  /** Closes the reader in the tab. */
  onClose: () => void;
}

export function ReaderStatus({ status, onOpen, onClose }: ReaderStatusProps) {
  const { t } = useI18n();
  const message =
    status === 'opening'
      ? t('statusOpening')
      : status === 'open'
        ? t('statusOpened')
        : status === 'not-article'
          ? t('statusNotArticle')
          : status === 'restricted'
            ? t('statusRestricted')
            : status === 'failed'
              ? t('statusFailed')
              : null;
  return (
    <section class="bs-status" data-testid="popup-status" data-status={status} aria-live="polite">
      {message && <p class="bs-status-message">{message}</p>}
      {status === 'open' && (
        <button type="button" class="bs-button" onClick={onClose} data-testid="popup-close-reader">
          {t('popupCloseReader')}
        </button>
      )}
      {(status === 'closed' || status === 'failed' || status === 'not-article') && (
        <button type="button" class="bs-button bs-primary" onClick={onOpen} data-testid="popup-read">
          {t('popupReadThisPage')}
        </button>
      )}
    </section>
  );
}
