/**
 * The reader's current text selection as a live Range in its own tree. In the overlay the article
 * is in a closed shadow root, where `document.getSelection()` reports the shadow host, not the
 * text: `getComposedRanges({ shadowRoots })` (Chromium 137+, Firefox 142+) gives the real
 * boundaries; Chromium's older `ShadowRoot.getSelection()` and a plain `getRangeAt` are the fallbacks.
 */

/** A selection whose `getComposedRanges` may be missing (older browsers). */
type ComposedSelection = Omit<Selection, 'getComposedRanges'> & { getComposedRanges?: Selection['getComposedRanges'] };

/** The selection's range inside `root`'s tree (a document or a shadow root), or null when nothing is selected there. */
export function selectionIn(root: Node): Range | null {
  const doc = root.ownerDocument ?? (root as Document);
  const shadow = root instanceof ShadowRoot ? root : null;
  const own = shadow ? (shadow as unknown as { getSelection?: () => Selection | null }).getSelection?.() : null;
  const selection = (own ?? doc.getSelection()) as ComposedSelection | null;
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) {
    // In Firefox a selection in a shadow tree may read as collapsed on the host: the composed ranges still tell.
    if (!selection?.getComposedRanges || !shadow) return null;
  }
  let range: Range | null = null;
  if (shadow && selection.getComposedRanges) {
    const [composed] = selection.getComposedRanges({ shadowRoots: [shadow] });
    if (composed && !composed.collapsed) {
      range = doc.createRange();
      range.setStart(composed.startContainer, composed.startOffset);
      range.setEnd(composed.endContainer, composed.endOffset);
    }
  } else if (selection.rangeCount > 0) {
    range = selection.getRangeAt(0);
  }
  if (!range || range.collapsed) return null;
  return range.startContainer.getRootNode() === root || range.endContainer.getRootNode() === root ? range : null;
}

/** Empties the selection (after it became a highlight). */
export function clearSelection(root: Node): void {
  const doc = root.ownerDocument ?? (root as Document);
  const shadow = root instanceof ShadowRoot ? (root as unknown as { getSelection?: () => Selection | null }) : null;
  (shadow?.getSelection?.() ?? doc.getSelection())?.removeAllRanges();
}
