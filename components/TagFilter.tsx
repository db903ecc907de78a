/** The library page's tag filter: one tag's articles, or all. A labelled native select, so it works with every input method. */
import { formatNumber } from './article-meta';
import { useI18n } from './i18n';

export interface TagFilterProps {
  /** The library's tags with how many articles carry each (shown in the UI language's order). */
  tags: readonly { tag: string; count: number }[];
  /** The chosen tag, or null for all. */
  value: string | null;
  onChange: (tag: string | null) => void;
}

export function TagFilter({ tags, value, onChange }: TagFilterProps) {
  const { t, uiLang } = useI18n();
  if (tags.length === 0 && value === null) return null;
  const collator = new Intl.Collator(uiLang, { sensitivity: 'base', numeric: true });
  const sorted = [...tags].sort((a, b) => collator.compare(a.tag, b.tag));
  return (
    <select
      class="bs-tag-filter"
      aria-label={t('libraryTagFilterLabel')}
      data-testid="library-tag-filter"
      value={value ?? ''}
      onChange={(event) => onChange(event.currentTarget.value === '' ? null : event.currentTarget.value)}
    >
      <option value="">{t('libraryTagFilterAll')}</option>
      {sorted.map(({ tag, count }) => (
        <option key={tag} value={tag}>
          {t('libraryTagOption', tag, formatNumber(count, uiLang))}
        </option>
      ))}
    </select>
  );
}
