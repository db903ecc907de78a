/**
 * An article's tags as small chips on its row (popup and library page). Not interactive: a row is
 * a listbox option, which may hold no controls; the library page filters by tag from its own
 * control. Screen readers hear the tags once, as a phrase, rather than chip by chip.
 */
import { useI18n } from './i18n';

export interface TagChipsProps {
  tags: readonly string[];
  /** At most this many chips; the rest are counted ("+3"). */
  max?: number;
}

export function TagChips({ tags, max = 3 }: TagChipsProps) {
  const { t } = useI18n();
  if (tags.length === 0) return null;
  const shown = tags.slice(0, max);
  const more = tags.length - shown.length;
  return (
    <span class="bs-tags" data-testid="library-item-tags">
      <span class="bs-visually-hidden">{t('libraryTagsLabel', tags.join(', '))}</span>
      {shown.map((tag) => (
        <span key={tag} class="bs-tag" dir="auto" aria-hidden="true" data-testid="library-item-tag">
          {tag}
        </span>
      ))}
      {more > 0 && (
        <span class="bs-tag bs-tag-more" aria-hidden="true">
          +{more}
        </span>
      )}
    </span>
  );
}
