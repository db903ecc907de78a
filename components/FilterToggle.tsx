/** All / Unread: which saved articles the list shows. Two toggle buttons in a labelled group. */
import type { LibraryFilter } from '../utils/library/types';
import { useI18n } from './i18n';

export interface FilterToggleProps {
  value: LibraryFilter;
  onChange: (value: LibraryFilter) => void;
}

export function FilterToggle({ value, onChange }: FilterToggleProps) {
  const { t } = useI18n();
  const option = (filter: LibraryFilter, label: string) => (
    <button
      type="button"
      class="bs-filter-button"
      aria-pressed={value === filter}
      data-testid={`library-filter-${filter}`}
      onClick={() => onChange(filter)}
    >
      {label}
    </button>
  );
  return (
    <div class="bs-filter" role="group" aria-label={t('libraryFilterLabel')}>
      {option('all', t('libraryFilterAll'))}
      {option('unread', t('libraryFilterUnread'))}
    </div>
  );
}
