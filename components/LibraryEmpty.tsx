/**
 * What an empty list says: how to save the first article, that nothing matches the search, or
 * that everything has been read — never just a blank box.
 */
import { useI18n } from './i18n';

export interface LibraryEmptyProps {
  /** Why the list is empty. */
  reason: 'empty-library' | 'no-matches' | 'all-read';
  /** The search text, for 'no-matches'. */
  query?: string;
}

export function LibraryEmpty({ reason, query = '' }: LibraryEmptyProps) {
  const { t } = useI18n();
  return (
    <div class="bs-empty" role="status" data-testid="library-empty" data-reason={reason}>
      {reason === 'empty-library' ? (
        <>
          <p class="bs-empty-title">{t('libraryEmpty')}</p>
          <p class="bs-empty-hint">{t('libraryEmptyHint')}</p>
        </>
      ) : reason === 'no-matches' ? (
        <p class="bs-empty-title">{t('libraryNoMatches', query.trim())}</p>
      ) : (
        <p class="bs-empty-title">{t('libraryAllRead')}</p>
      )}
    </div>
  );
}
