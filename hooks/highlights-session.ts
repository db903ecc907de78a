/**
 * One open article's highlights, kept in step with the library through the background (its only
 * writer), for the overlay's controller and the reader page alike. The list changes here first and
 * is put right when the background answers otherwise, so painting never waits for a round trip.
 * A highlight on an article that is not saved yet saves it first (`ensureSaved`).
 */
import type { Highlight, HighlightColour, HighlightTarget, ReaderHighlights } from '../utils/annotations/types';
import { sendToBackground } from '../utils/messaging/client';

/** A version 4 UUID. `crypto.randomUUID` exists only in secure contexts, and the overlay runs on plain-http pages too. */
export function newHighlightId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** What the reader is given. */
export type HighlightsView = ReaderHighlights;

export class HighlightsSession {
  private list: Highlight[] = [];
  private articleId: number | null = null;
  private lastDeleted: string[] | null = null;
  private error: string | null = null;

  /**
   * `onChange` is called after every change of what the reader shows; `ensureSaved` saves the
   * article when it is not in the library yet and answers its id (null when saving failed).
   */
  constructor(
    private readonly onChange: () => void,
    private readonly ensureSaved: () => Promise<number | null>,
    private readonly now: () => number = Date.now,
  ) {}

  /** Reads the highlights of saved article `articleId` (the article is open and was found in the library). */
  async load(articleId: number): Promise<void> {
    this.articleId = articleId;
    const result = await sendToBackground('highlights:list', { articleId }).catch(() => null);
    if (this.articleId !== articleId || !result?.ok) return;
    // Anything made meanwhile (before the answer) stays.
    const known = new Set(result.value.map((h) => h.id));
    this.list = [...result.value, ...this.list.filter((h) => !known.has(h.id) && h.articleId === articleId)];
    this.onChange();
  }

  private failed(message: string): void {
    this.error = message;
    this.onChange();
  }

  private readonly add = async (target: HighlightTarget, colour: HighlightColour, note: string): Promise<string | null> => {
    const articleId = this.articleId ?? (await this.ensureSaved());
    if (articleId === null) return null;
    this.articleId = articleId;
    const time = this.now();
    const highlight: Highlight = { id: newHighlightId(), articleId, target, colour, note, createdAt: time, updatedAt: time };
    this.list = [...this.list, highlight];
    this.lastDeleted = null;
    this.error = null;
    this.onChange();
    const result = await sendToBackground('highlights:add', { highlight }).catch((error: unknown) => ({
      ok: false as const,
      error: 'failed' as const,
      message: String(error),
    }));
    if (!result.ok) {
      this.list = this.list.filter((h) => h.id !== highlight.id);
      this.failed(result.message);
      return null;
    }
    return highlight.id;
  };

  private readonly update = (id: string, change: { colour?: HighlightColour; note?: string }): void => {
    const before = this.list;
    this.list = this.list.map((h) => (h.id === id ? { ...h, ...change, updatedAt: this.now() } : h));
    this.error = null;
    this.onChange();
    void sendToBackground('highlights:update', { id, ...change })
      .catch((error: unknown) => ({ ok: false as const, message: String(error) }))
      .then((result) => {
        if (result.ok) return;
        this.list = before;
        this.failed(result.message);
      });
  };

  private readonly remove = (id: string): void => {
    const before = this.list;
    this.list = this.list.filter((h) => h.id !== id);
    this.lastDeleted = [id];
    this.error = null;
    this.onChange();
    void sendToBackground('highlights:delete', { ids: [id] })
      .catch((error: unknown) => ({ ok: false as const, message: String(error) }))
      .then((result) => {
        if (result.ok) return;
        this.list = before;
        this.lastDeleted = null;
        this.failed(result.message);
      });
  };

  private readonly undo = (): void => {
    const ids = this.lastDeleted;
    if (!ids) return;
    this.lastDeleted = null;
    this.onChange();
    void sendToBackground('highlights:undo-delete', { ids })
      .catch((error: unknown) => ({ ok: false as const, message: String(error) }))
      .then((result) => {
        if (!result.ok) return this.failed(result.message);
        const known = new Set(this.list.map((h) => h.id));
        this.list = [...this.list, ...result.value.filter((h) => !known.has(h.id))];
        this.onChange();
      });
  };

  /** The reader's view of the session now. */
  get view(): HighlightsView {
    return {
      list: this.list,
      onAdd: this.add,
      onUpdate: this.update,
      onDelete: this.remove,
      onUndo: this.undo,
      undoable: this.lastDeleted !== null,
      error: this.error,
    };
  }
}
