/**
 * The library page's import, in two steps: a chosen file is read and parsed here (pure code, in
 * the page: the file is already here, and the body gate needs a DOM, which Chromium's background
 * service worker lacks) into a preview, and nothing is written; on confirm the entries go to the
 * background, the library's only writer, a chunk at a time (import-chunks.ts), each body through
 * the DOMPurify gate first (sanitize-body.ts). A full disk stops it with what was written kept.
 */
import { useCallback, useState } from 'preact/hooks';
import { getLibrary } from '../utils/library/connection';
import { importInChunks } from '../utils/library/import-chunks';
import { planImport, planItems, planUrls, type ImportPlan, type PlanError } from '../utils/library/import/plan';
import { importedBody } from '../utils/library/import/sanitize-body';
import { countSaved } from '../utils/library/read';
import type { ImportReport } from '../utils/library/types';
import { sendToBackground } from '../utils/messaging/client';
import { fail } from '../utils/result';

/** Where an import is. */
export type ImportState =
  | { kind: 'idle' }
  | { kind: 'reading'; fileName: string }
  /** The preview is shown; nothing is written until `confirm`. */
  | { kind: 'preview'; fileName: string; plan: ImportPlan; alreadySaved: number | null }
  | { kind: 'progress'; done: number; total: number }
  | { kind: 'done'; report: ImportReport }
  /** Stopped part-way: `done` of `total` were sent and stay imported; `error` says why it stopped. */
  | { kind: 'stopped'; report: ImportReport; done: number; total: number; error: 'quota' | 'failed'; message: string }
  /** The file could not be read at all. */
  | { kind: 'error'; error: PlanError | 'unreadable'; message: string };

export interface ImportFlow {
  state: ImportState;
  /** Reads and parses a file into the preview. */
  choose: (file: File) => Promise<void>;
  /** Imports the previewed file. */
  confirm: () => Promise<void>;
  /** Drops the preview (or a finished report). */
  dismiss: () => void;
}

/** `onImported` hears when an import has written something (the page re-reads its list). */
export function useImport(onImported: () => void): ImportFlow {
  const [state, setState] = useState<ImportState>({ kind: 'idle' });

  const choose = useCallback(async (file: File) => {
    setState({ kind: 'reading', fileName: file.name });
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await file.arrayBuffer());
    } catch (error) {
      setState({ kind: 'error', error: 'unreadable', message: String(error) });
      return;
    }
    // Let "Reading…" paint before a large file is parsed.
    await new Promise((resolve) => setTimeout(resolve, 0));
    const planned = planImport(bytes);
    if (!planned.ok) {
      setState({ kind: 'error', error: planned.error, message: planned.message });
      return;
    }
    const plan = planned.value;
    setState({ kind: 'preview', fileName: file.name, plan, alreadySaved: null });
    const alreadySaved = await getLibrary()
      .then((db) => countSaved(db, planUrls(plan)))
      .catch(() => null);
    setState((current) => (current.kind === 'preview' && current.plan === plan ? { ...current, alreadySaved } : current));
  }, []);

  const confirm = useCallback(async () => {
    if (state.kind !== 'preview') return;
    const items = planItems(state.plan, (candidate) => importedBody(candidate, window), Date.now());
    setState({ kind: 'progress', done: 0, total: items.length });
    const outcome = await importInChunks(
      items,
      (chunk, offset) =>
        sendToBackground('library:import', { items: chunk, offset }).catch((error: unknown) => fail('failed' as const, String(error))),
      (done, total) => setState({ kind: 'progress', done, total }),
    );
    setState(outcome.kind === 'done' ? outcome : { ...outcome, total: items.length });
    onImported();
  }, [state, onImported]);

  const dismiss = useCallback(() => setState({ kind: 'idle' }), []);
  return { state, choose, confirm, dismiss };
}
