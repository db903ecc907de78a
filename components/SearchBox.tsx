/**
 * The library's search box. Every keystroke searches (the index answers in milliseconds, so no
 * delay is added); ↓ moves into the list, Esc clears.
 */
import { useI18n } from './i18n';

export interface SearchBoxProps {
  value: string;
  /** Called with the new text on every change. */
  onChange: (value: string) => void;
  /** Called on ↓, to move focus into the results. */
  onEnterList: () => void;
  /** Focus the box on mount (the popup, where typing to search is the first thing people do). */
  autoFocus?: boolean;
}

export function SearchBox({ value, onChange, onEnterList, autoFocus }: SearchBoxProps) {
  const { t } = useI18n();
  return (
    <input
      type="search"
      class="bs-search"
      value={value}
      placeholder={t('librarySearchLabel')}
      aria-label={t('librarySearchLabel')}
      autoFocus={autoFocus}
      autocomplete="off"
      spellcheck={false}
      data-testid="library-search"
      dir="auto"
      onInput={(event) => onChange(event.currentTarget.value)}
      onKeyDown={(event) => {
        if (event.key === 'ArrowDown') {
          event.preventDefault();
          onEnterList();
        } else if (event.key === 'Escape' && value) {
          event.preventDefault();
          onChange('');
        }
      }}
    />
  );
}
