/**
 * "Not right?": the article as extracted with the blocks the cleanup took out of it shown in place,
 * dimmed and outlined, each labelled with why it went; one click (or Enter) on a block puts it back.
 * Blocks already put back show as part of the story. Rendered only while the user asks for it, so
 * opening the reader costs nothing of this.
 *
 * Page HTML is still rendered only by `ArticleBody`: the article's own, and one more `ArticleBody`
 * per removed block, mounted into a host this component places where the record says the block sat
 * (`insertAtPlaces`, the same placing the restore uses). A removed block's content is `inert` and
 * hidden from assistive technology: its links cannot be followed or focused (they sit under the
 * block's button, which would otherwise nest interactive content), and the button's name carries
 * the label, the action and the start of the block's text instead.
 */
import { render } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { insertAtPlaces, placements, restorableIndexes, type Placement } from '../utils/extract/removal-places';
import { leafBlocks } from '../utils/extract/signals';
import type { Removal, SanitizedHtml } from '../utils/extract/types';
import { ArticleBody } from './ArticleBody';
import { useI18n, type Translate } from './i18n';
import { REMOVAL_LABELS } from './removal-labels';

export interface RemovedBlocksProps {
  /** The article's html as extracted (not as restored since): the removals' places count its blocks. */
  html: SanitizedHtml;
  /** What the cleanup removed, from the extraction's record. */
  removals: readonly Removal[];
  /** Indexes into `removals` already put back: shown as part of the article. */
  restored: ReadonlySet<number>;
  /** Puts the removal at `index` back into the article. */
  onRestore: (index: number) => void;
}

/** Characters of a block's text in its button's accessible name. */
const NAME_TEXT = 80;

export function RemovedBlocks({ html, removals, restored, onRestore }: RemovedBlocksProps) {
  const { t } = useI18n();
  const wrap = useRef<HTMLDivElement>(null);
  const [announce, setAnnounce] = useState<string | null>(null);
  /** The block just put back: focus goes to the next removed block (its button is gone). */
  const lastRestored = useRef<number | null>(null);
  const [shown] = useState(() => restorableIndexes(removals));

  // After ArticleBody's own layout effect (a child's runs first) has inserted the article: place the
  // blocks, before the frame is painted, and take them out again before the next placing.
  useLayoutEffect(() => {
    const body = wrap.current?.querySelector<HTMLElement>('.bs-body');
    if (!body) return;
    const placed = placements(removals, shown, leafBlocks(body).length);
    const hosts: Element[] = [];
    const buttons: { index: number; button: HTMLButtonElement }[] = [];
    insertAtPlaces(body, placed, (p) => {
      const host = hostFor(body.ownerDocument, p, restored.has(p.index));
      hosts.push(host);
      render(<Block placement={p} restored={restored.has(p.index)} t={t} onRestore={restore} />, host);
      const button = host.querySelector('button');
      if (button) buttons.push({ index: p.index, button });
      return host;
    });
    const after = lastRestored.current;
    if (after !== null) {
      lastRestored.current = null;
      const next = buttons.find((b) => b.index > after) ?? buttons.at(-1);
      if (next) next.button.focus();
      else wrap.current?.focus();
    }
    return () => {
      for (const host of hosts) {
        render(null, host);
        host.remove();
      }
    };
    // `restore` and `t` are the same for the life of the view.
  }, [html, removals, restored, shown]);

  const restore = (index: number) => {
    const removal = removals[index];
    if (!removal) return;
    lastRestored.current = index;
    setAnnounce(t('notRightRestored', t(REMOVAL_LABELS[removal.reason])));
    onRestore(index);
  };

  const left = shown.filter((i) => !restored.has(i)).length;
  return (
    <div ref={wrap} class="bs-removed-view" data-testid="removed-view" tabIndex={-1}>
      <p class="bs-removed-hint" role="status" data-no-speech data-testid="removed-hint">
        {announce ? `${announce}. ` : ''}
        {left ? t('notRightHint') : t('notRightNone')}
      </p>
      <ArticleBody html={html} />
    </div>
  );
}

/** The element a block is placed in: a block of its own, or a run of text inside its block (a cut caption credit). */
function hostFor(doc: Document, p: Placement, restored: boolean): Element {
  const host = doc.createElement(p.removal.within ? 'span' : 'div');
  host.className = restored ? 'bs-restored' : p.removal.within ? 'bs-removed bs-removed-within' : 'bs-removed';
  host.setAttribute('data-no-speech', '');
  if (!restored) host.setAttribute('data-testid', 'removed-block');
  return host;
}

interface BlockProps {
  placement: Placement;
  restored: boolean;
  t: Translate;
  onRestore: (index: number) => void;
}

/** One placed block: as part of the story once put back, else dimmed under a labelled button that puts it back. */
function Block({ placement: { index, removal }, restored, t, onRestore }: BlockProps) {
  // Text cut from within a block has no markup of its own (its html is the text escaped): written as text.
  const content = removal.within ? ` ${removal.text}` : <ArticleBody html={removal.html} />;
  if (restored) return <>{content}</>;
  const Content = removal.within ? 'span' : 'div';
  const label = t(REMOVAL_LABELS[removal.reason]);
  const text = removal.text.replace(/\s+/g, ' ').trim();
  const snippet = text.length > NAME_TEXT ? `${text.slice(0, NAME_TEXT - 1)}…` : text;
  return (
    <>
      {/* Named by its content, not aria-label: the visible label and action lead the name, the text follows unseen. */}
      <button type="button" class="bs-removed-button" data-reason={removal.reason} onClick={() => onRestore(index)}>
        <span class="bs-removed-label">{label}</span> <span class="bs-removed-action">{t('notRightRestore')}</span>
        <span class="bs-removed-name">{t('notRightRestoreName', snippet)}</span>
      </button>
      <Content class="bs-removed-content" aria-hidden="true" inert>
        {content}
      </Content>
    </>
  );
}
