/**
 * The reader's highlights: finds each stored highlight in the article body again and paints it
 * (highlight-paint.ts), turns a selection in the body into a new one (the bar by the selection, or
 * "H" for the default colour), opens the bar on a click on a highlight, and lists the highlights
 * that no longer anchor (kept, with their quotes, never dropped). Props in, callbacks out: the
 * caller stores highlights (through the background) and hands the list back.
 *
 * Bounded work: a selection is described once, when it is made (describeRange cuts it to the
 * body, so a drag from the toolbar into the text keeps only the text); each highlight is anchored
 * once per change of the list or the body.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { anchorSelectors, describeRange } from '../utils/annotations/anchor';
import type { Highlight, HighlightColour, HighlightTarget, ReaderHighlights } from '../utils/annotations/types';
import { HighlightBar } from './HighlightBar';
import { clearPaint, highlightAt, paint, type PaintedRange } from './highlight-paint';
import { useI18n } from './i18n';
import { isTyping } from './reader-shortcuts';
import { clearSelection, selectionIn } from './selection-range';
import { uiDirection } from './ui-direction';

/** The colour "H" and a plain Enter give. */
export const DEFAULT_COLOUR: HighlightColour = 'yellow';

export type { ReaderHighlights };

export interface HighlightLayerProps extends ReaderHighlights {
  /** The rendered article body (ArticleBody's element), or null before it is rendered. */
  getBody: () => Element | null;
  /** The body's markup: a new body is anchored again. */
  html: string;
  /** The article's language, for the quotes of highlights not found. */
  lang: string | undefined;
}

type Box = { top: number; bottom: number; left: number };
type BarState = { kind: 'new'; target: HighlightTarget; anchor: Box } | { kind: 'edit'; id: string; anchor: Box } | null;

/** Where the bar stands for a range: below its last line, from that line's start (a range over two lines ends there). */
const boxOf = (range: Range): Box => {
  // DOM libraries without layout (tests) have no range boxes: the nearest element's box stands in.
  const host = range.startContainer instanceof Element ? range.startContainer : range.startContainer.parentElement;
  const rects = typeof range.getClientRects === 'function' ? [...range.getClientRects()] : [];
  const last = rects[rects.length - 1] ?? host!.getBoundingClientRect();
  return { top: (rects[0] ?? last).top, bottom: last.bottom, left: last.left };
};

export function HighlightLayer(props: HighlightLayerProps) {
  const { list, onAdd, onUpdate, onDelete, onUndo, undoable, error, getBody, html, lang } = props;
  const { t, uiLang } = useI18n();
  const painted = useRef<PaintedRange[]>([]);
  const [orphans, setOrphans] = useState<Highlight[]>([]);
  const [bar, setBar] = useState<BarState>(null);
  const barRef = useRef<HTMLDivElement>(null);
  /** Makes a highlight from a described selection (set by the effect that owns the selection's root). */
  const addRef = useRef<((target: HighlightTarget, anchor: Box, colour: HighlightColour, note: string) => void) | null>(null);
  // The handlers below are attached once; they read the latest props and state through this.
  const latest = useRef({ onAdd, bar, list });
  latest.current = { onAdd, bar, list };

  // Anchor and paint after the body is in place (ArticleBody's layout effect runs before this sibling's).
  useLayoutEffect(() => {
    const body = getBody();
    if (!body) return;
    const found: PaintedRange[] = [];
    const lost: Highlight[] = [];
    for (const highlight of list) {
      const range = anchorSelectors(body, highlight.target);
      if (range) found.push({ id: highlight.id, colour: highlight.colour, range });
      else lost.push(highlight);
    }
    painted.current = found;
    paint(body.ownerDocument.defaultView, found);
    setOrphans(lost);
  }, [list, html]);

  useEffect(() => {
    const body = getBody();
    return () => clearPaint(body?.ownerDocument.defaultView ?? null);
  }, []);

  useEffect(() => {
    const body = getBody();
    const reader = body?.closest('.bs-reader');
    if (!body || !reader) return;
    const root = body.getRootNode();

    /** The selection in the body as a highlight target, or null (nothing, or only whitespace, selected there). */
    const selected = (): { target: HighlightTarget; anchor: Box } | null => {
      const range = selectionIn(root);
      if (!range || !range.intersectsNode(body)) return null;
      const { quote, position } = describeRange(body, range);
      if (quote.exact.trim() === '') return null;
      return { target: { quote, position }, anchor: boxOf(range) };
    };

    const add = (target: HighlightTarget, anchor: Box, colour: HighlightColour, note: string) => {
      clearSelection(root);
      setBar(null);
      void latest.current.onAdd(target, colour, note).then((id) => {
        // Open on the new highlight, so a note can follow the colour.
        if (id) setBar({ kind: 'edit', id, anchor });
      });
    };
    addRef.current = add;

    const inBar = (target: EventTarget | null) => !!barRef.current && target instanceof Node && barRef.current.contains(target);

    const onPointerUp = (event: PointerEvent) => {
      if (inBar(event.target) || event.button !== 0) return;
      // After the browser has updated the selection for this click.
      setTimeout(() => {
        const selection = selected();
        if (selection) return setBar({ kind: 'new', ...selection });
        const id = body.contains(event.target as Node) ? highlightAt(body, painted.current, event.clientX, event.clientY) : null;
        const range = id ? painted.current.find((entry) => entry.id === id)?.range : null;
        setBar(id && range ? { kind: 'edit', id, anchor: boxOf(range) } : null);
      }, 0);
    };

    // Esc closes an open bar first (wherever focus is), before the reader's own Esc (panels, then the reader) sees it.
    const onEscape = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || !latest.current.bar) return;
      event.preventDefault();
      setBar(null);
    };

    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
      // "H" by its letter, or by its position when the layout types another script (Hindi InScript).
      const isH = event.key.toLowerCase() === 'h' || (!/^[a-z]$/i.test(event.key) && event.code === 'KeyH');
      if (!isH) return;
      const selection = selected();
      if (!selection) return;
      event.preventDefault();
      add(selection.target, selection.anchor, DEFAULT_COLOUR, '');
    };

    // A selection made with the keyboard (Shift + arrows) gets the bar too, once the keys are up.
    const onKeyUp = (event: KeyboardEvent) => {
      if (!event.shiftKey || isTyping(event.target) || inBar(event.target)) return;
      const selection = selected();
      if (selection) setBar({ kind: 'new', ...selection });
    };

    // The bar stands by text that moves when the article scrolls: it closes rather than float away.
    const onScroll = () => {
      if (latest.current.bar) setBar(null);
    };

    reader.addEventListener('pointerup', onPointerUp as EventListener);
    reader.addEventListener('keydown', onEscape as EventListener, true);
    reader.addEventListener('keydown', onKeyDown as EventListener);
    reader.addEventListener('keyup', onKeyUp as EventListener);
    const scroller = reader.querySelector('.bs-scroll');
    const win = body.ownerDocument.defaultView;
    scroller?.addEventListener('scroll', onScroll, { passive: true });
    win?.addEventListener('scroll', onScroll, { passive: true });
    // In the overlay the layer arrives with the late panels, asked for by the selection's release: take that selection up.
    const initial = selected();
    if (initial) setBar({ kind: 'new', ...initial });
    return () => {
      reader.removeEventListener('pointerup', onPointerUp as EventListener);
      reader.removeEventListener('keydown', onEscape as EventListener, true);
      reader.removeEventListener('keydown', onKeyDown as EventListener);
      reader.removeEventListener('keyup', onKeyUp as EventListener);
      scroller?.removeEventListener('scroll', onScroll);
      win?.removeEventListener('scroll', onScroll);
    };
  }, []);

  const editing = bar?.kind === 'edit' ? list.find((highlight) => highlight.id === bar.id) : undefined;
  // The highlight being edited was deleted (here or elsewhere): the bar goes with it.
  const shownBar = bar?.kind === 'edit' && !editing ? null : bar;

  return (
    <>
      {shownBar && (
        <div ref={barRef} lang={uiLang} dir={uiDirection(uiLang)}>
          <HighlightBar
            anchor={shownBar.anchor}
            current={editing ? { colour: editing.colour, note: editing.note } : null}
            onColour={(colour, note) => {
              if (shownBar.kind === 'new') addRef.current?.(shownBar.target, shownBar.anchor, colour, note);
              else onUpdate(shownBar.id, { colour });
            }}
            onNote={(note) => editing && onUpdate(editing.id, { note })}
            onDelete={() => {
              if (editing) onDelete(editing.id);
              setBar(null);
            }}
            onDismiss={() => setBar(null)}
          />
        </div>
      )}
      {(undoable || error) && (
        <div class="bs-hl-status" lang={uiLang} dir={uiDirection(uiLang)} role="status" data-testid="highlight-status" data-no-speech>
          {error ? (
            <span class="bs-save-error">{t('highlightFailed', error)}</span>
          ) : (
            <>
              <span>{t('highlightDeleted')}</span>
              <button type="button" class="bs-button" data-testid="highlight-undo" onClick={onUndo}>
                {t('libraryUndo')}
              </button>
            </>
          )}
        </div>
      )}
      {orphans.length > 0 && (
        <section class="bs-hl-orphans" data-testid="highlight-orphans" data-no-speech>
          <h2 class="bs-hl-orphans-title" lang={uiLang} dir={uiDirection(uiLang)}>
            {t('highlightsNotFound')}
          </h2>
          <ul>
            {orphans.map((highlight) => (
              <li key={highlight.id} class={`bs-hl-orphan bs-hl-orphan-${highlight.colour}`} data-testid="highlight-orphan">
                <blockquote lang={lang} dir="auto">
                  {highlight.target.quote.exact.length > 400
                    ? `${highlight.target.quote.exact.slice(0, 400)}…`
                    : highlight.target.quote.exact}
                </blockquote>
                {highlight.note && <p dir="auto">{highlight.note}</p>}
                <button type="button" class="bs-button" lang={uiLang} dir={uiDirection(uiLang)} onClick={() => onDelete(highlight.id)}>
                  {t('highlightDelete')}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
