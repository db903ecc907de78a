/**
 * Runs one cleanup step under watch: a MutationObserver sees every node the step takes out and every
 * text it cuts, whatever the step's code, so steps written later are recorded and bounded the same
 * way without knowing about it. When the step would take out more than its bound of the text it was
 * given, every change it made is undone from the same records (in reverse), and it removed nothing.
 */
import type { PipelineStep, StepContext } from './steps/step';
import { textLength } from './text';
import type { StepReport } from './types';

/** Where a removed node sat when it was taken out: enough to find its place again later. */
export interface Place {
  parent: Node;
  next: Node | null;
}

/** A node one step took out (or a text it cut), not yet placed or sanitized. */
export interface RawRemoval {
  step: PipelineStep;
  node: Node;
  place: Place;
  chars: number;
  /** For a cut text: the text node that lost it, and what was cut. */
  cut?: { from: Text; text: string };
}

/** The outcome of one watched step. */
export interface WatchedStep {
  report: StepReport;
  removals: RawRemoval[];
}

const OPTIONS: MutationObserverInit = {
  childList: true,
  subtree: true,
  characterData: true,
  characterDataOldValue: true,
  attributes: true,
  attributeOldValue: true,
};

/** Reverts `records` (made on one tree, in order) newest first, leaving the tree as it was. */
function undo(records: MutationRecord[]): void {
  for (let i = records.length - 1; i >= 0; i--) {
    const r = records[i]!;
    if (r.type === 'characterData') r.target.nodeValue = r.oldValue;
    else if (r.type === 'attributes') {
      const el = r.target as Element;
      if (r.oldValue === null) el.removeAttributeNS(r.attributeNamespace, r.attributeName!);
      else el.setAttributeNS(r.attributeNamespace, r.attributeName!, r.oldValue);
    } else {
      for (let j = r.addedNodes.length - 1; j >= 0; j--) {
        const n = r.addedNodes[j]!;
        if (n.parentNode === r.target) r.target.removeChild(n);
      }
      const before =
        r.nextSibling && r.nextSibling.parentNode === r.target
          ? r.nextSibling
          : r.previousSibling && r.previousSibling.parentNode === r.target
            ? r.previousSibling.nextSibling
            : null;
      for (const n of Array.from(r.removedNodes)) r.target.insertBefore(n, before);
    }
  }
}

/** Removed nodes with their last place, and texts cut: each counted once, the outermost only. */
function removalsOf(step: PipelineStep, root: Element, records: MutationRecord[], places: Map<Node, Place>): RawRemoval[] {
  const gone = new Map<Node, Place>();
  const cuts = new Map<Text, string>();
  for (const r of records) {
    if (r.type === 'childList') {
      for (const n of Array.from(r.removedNodes)) {
        const place = { parent: r.target, next: r.nextSibling };
        gone.set(n, place);
        places.set(n, place);
      }
    } else if (r.type === 'characterData' && !cuts.has(r.target as Text)) cuts.set(r.target as Text, r.oldValue ?? '');
  }
  const out: RawRemoval[] = [];
  for (const [node, place] of gone) {
    if (node === root || root.contains(node)) continue;
    // Inside another removal of this step: counted with it.
    let outer = false;
    for (let p = node.parentNode; p && !outer; p = p.parentNode) if (gone.has(p) && !root.contains(p)) outer = true;
    if (outer) continue;
    const chars = textLength(node);
    const media = node.nodeType === 1 && (node as Element).querySelector('img, picture, video, iframe, table') !== null;
    if (chars || media) out.push({ step, node, place, chars });
  }
  for (const [text, old] of cuts) {
    if (!root.contains(text)) continue;
    const now = text.nodeValue ?? '';
    const cut = old.startsWith(now) ? old.slice(now.length) : old.endsWith(now) ? old.slice(0, old.length - now.length) : old;
    const chars = Math.max(0, textLength(text.ownerDocument.createTextNode(old)) - textLength(text));
    if (chars)
      out.push({ step, node: text, place: { parent: text.parentNode ?? root, next: text }, chars, cut: { from: text, text: cut } });
  }
  return out;
}

/**
 * Removals this small (characters) are never bounded, and losses this small never trip the floor:
 * on a short block a date line and a repeated headline are a large share of the text, and shares
 * of a few lines say nothing about whether the story was cut.
 */
export const GUARD_SLACK_CHARS = 200;

/**
 * Runs `step` on `root`, watched. When it would remove more than `bound` (a share of `root`'s text),
 * it is undone and reported `bounded`; `given` is `root`'s text length when the caller has it.
 * `places` collects where every removed node sat (including
 * nodes inside other removals), so later placement can follow a chain of removals.
 */
export function watchStep(
  step: PipelineStep,
  root: Element,
  ctx: StepContext,
  win: Window,
  bound: number,
  places: Map<Node, Place>,
  given?: number,
): WatchedStep {
  // `given`: the text of `root` already measured (one walk of a whole page serves all its pre-steps).
  const before = given ?? textLength(root);
  const observer = new (win as Window & typeof globalThis).MutationObserver(() => undefined);
  observer.observe(root, OPTIONS);
  let error: string | undefined;
  try {
    step.run(root, ctx);
  } catch (e) {
    error = e instanceof Error ? e.message : String(e);
  }
  const records = observer.takeRecords();
  observer.disconnect();
  if (error !== undefined) {
    // A step that breaks on this page leaves it as it found it; the others still run.
    undo(records);
    return { report: { step: step.name, chars: 0, share: 0, bounded: false, error }, removals: [] };
  }
  const localPlaces = new Map<Node, Place>();
  const removals = removalsOf(step, root, records, localPlaces);
  const chars = removals.reduce((n, r) => n + r.chars, 0);
  const share = before ? chars / before : 0;
  const bounded = share > bound && chars > GUARD_SLACK_CHARS;
  if (bounded) {
    undo(records);
    return { report: { step: step.name, chars, share, bounded }, removals: [] };
  }
  for (const [n, p] of localPlaces) places.set(n, p);
  return { report: { step: step.name, chars, share, bounded }, removals };
}
