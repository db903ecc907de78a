/**
 * What an import file would bring, before anything is written: a modal dialog with the counts in
 * the UI language ("2,431 articles from Pocket: 1,977 unread, 454 archived, 38 tags"), the entries
 * that could not be read (listed on request, with where and why), what is honestly not imported
 * yet (highlights; the text of link-only entries), and Import / Cancel. Escape cancels. Props in,
 * callbacks out: the page reads the file and does the import.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ImportFormat } from '../utils/library/import/detect';
import type { ImportPreview } from '../utils/library/import/preview';
import { formatNumber } from './article-meta';
import { useI18n, type MessageKey } from './i18n';

export interface ImportPreviewDialogProps {
  /** The chosen file's name, as the heading names it. */
  fileName: string;
  /** What the file holds (utils/library/import/preview.ts). */
  preview: ImportPreview;
  /** How many of its articles are already saved (merged, not duplicated); null while counting. */
  alreadySaved: number | null;
  /** Starts the import. */
  onImport: () => void;
  /** Closes the dialog; nothing has been written. */
  onCancel: () => void;
}

/** Tools' names, as they write them (not translated); bookmarks are the browser's, so that one is. */
const SOURCE: Record<ImportFormat, string | MessageKey> = {
  'pocket-zip': 'Pocket',
  'pocket-html': 'Pocket',
  'omnivore-zip': 'Omnivore',
  'instapaper-csv': 'Instapaper',
  'wallabag-json': 'wallabag',
  'readeck-zip': 'Readeck',
  'broadsheet-json': 'Broadsheet',
  'netscape-html': 'importSourceBookmarks',
};

export function ImportPreviewDialog({ fileName, preview, alreadySaved, onImport, onCancel }: ImportPreviewDialogProps) {
  const { t, uiLang } = useI18n();
  const dialog = useRef<HTMLDialogElement>(null);
  const [showRejected, setShowRejected] = useState(false);
  const n = (value: number) => formatNumber(value, uiLang);
  const rules = new Intl.PluralRules(uiLang);
  const counted = (value: number, one: MessageKey, other: MessageKey) => t(rules.select(value) === 'one' ? one : other, n(value));

  // Modal where the browser has it (focus stays inside, the page behind is inert); jsdom has none.
  useEffect(() => {
    const el = dialog.current;
    if (!el || el.open) return;
    if (typeof el.showModal === 'function') el.showModal();
    else el.setAttribute('open', '');
  }, []);

  const source = SOURCE[preview.format];
  const sourceName = source === 'importSourceBookmarks' ? t(source) : source;
  const { items, unread, archived, tags, withText, highlights, rejected } = preview;
  return (
    <dialog
      ref={dialog}
      class="bs-import-dialog"
      aria-labelledby="bs-import-title"
      data-testid="import-preview"
      data-format={preview.format}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <h2 id="bs-import-title" class="bs-import-title">
        {t('importPreviewTitle', fileName)}
      </h2>
      <p data-testid="import-preview-summary">
        {items === 0
          ? t('importNothing')
          : t(
              'importSummary',
              counted(items, 'importArticlesOne', 'importArticlesOther'),
              sourceName,
              n(unread),
              n(archived),
              counted(tags, 'importTagsOne', 'importTagsOther'),
            )}
      </p>
      {items > 0 && (
        <p class="bs-import-note">
          {withText === items ? t('importAllText') : withText === 0 ? t('importLinksOnly') : t('importWithText', n(withText))}
        </p>
      )}
      {alreadySaved !== null && alreadySaved > 0 && <p class="bs-import-note">{t('importAlreadySaved', n(alreadySaved))}</p>}
      {highlights > 0 && (
        <p class="bs-import-note" data-testid="import-preview-highlights">
          {counted(highlights, 'importHighlightsOne', 'importHighlightsOther')}
        </p>
      )}
      {rejected.length > 0 && (
        <div class="bs-import-rejected">
          <p>
            {counted(rejected.length, 'importRejectedOne', 'importRejectedOther')}{' '}
            <button
              type="button"
              class="bs-link-button"
              aria-expanded={showRejected}
              aria-controls="bs-import-rejected-list"
              data-testid="import-preview-show-rejected"
              onClick={() => setShowRejected(!showRejected)}
            >
              {showRejected ? t('importHideRejected') : t('importShowRejected')}
            </button>
          </p>
          {showRejected && (
            <ul id="bs-import-rejected-list" data-testid="import-preview-rejected">
              {rejected.slice(0, 500).map((r, i) => (
                <li key={i} dir="auto">
                  {t('importRejectedItem', r.where, r.reason)}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      <div class="bs-import-actions">
        <button type="button" class="bs-button" data-testid="import-preview-cancel" onClick={onCancel}>
          {t('importCancel')}
        </button>
        <button
          type="button"
          class="bs-button bs-button-primary"
          data-testid="import-preview-confirm"
          disabled={items === 0 && preview.format !== 'broadsheet-json'}
          autoFocus
          onClick={onImport}
        >
          {t('importConfirm')}
        </button>
      </div>
    </dialog>
  );
}
