/**
 * Tagging by hand on the library page: a tag typed once, added to or removed from the selected
 * articles. Enter adds. Props in, callbacks out: the page sends the change to the background.
 */
import { useState } from 'preact/hooks';
import { useI18n } from './i18n';

export interface TagEditorProps {
  /** Whether any article is selected (the buttons act on the selection). */
  enabled: boolean;
  onAdd: (tag: string) => void;
  onRemove: (tag: string) => void;
}

export function TagEditor({ enabled, onAdd, onRemove }: TagEditorProps) {
  const { t } = useI18n();
  const [tag, setTag] = useState('');
  const ready = enabled && tag.trim() !== '';
  const act = (action: (tag: string) => void) => {
    if (!ready) return;
    action(tag.trim());
    setTag('');
  };
  return (
    <span class="bs-tag-editor">
      <input
        type="text"
        class="bs-tag-input"
        value={tag}
        maxLength={200}
        aria-label={t('libraryTagInputLabel')}
        placeholder={t('libraryTagInputLabel')}
        data-testid="library-tag-input"
        onInput={(event) => setTag(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            act(onAdd);
          }
        }}
      />
      <button type="button" class="bs-button" disabled={!ready} data-testid="library-tag-add" onClick={() => act(onAdd)}>
        {t('libraryAddTag')}
      </button>
      <button type="button" class="bs-button" disabled={!ready} data-testid="library-tag-remove" onClick={() => act(onRemove)}>
        {t('libraryRemoveTag')}
      </button>
    </span>
  );
}
