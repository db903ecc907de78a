/**
 * The reader's keyboard shortcuts for text size and theme, as a pure mapping from a key press to a
 * settings change, so the toolbar's tooltips, the README and the handler cannot drift apart.
 */
import { DEFAULT_SETTINGS, FONT_SIZES_PX, THEMES, stepIn, type ReaderSettings } from '../utils/settings-model';

/** The keys shown in tooltips (the handler also accepts "=" and "_", their unshifted twins). */
export const SHORTCUT_KEYS = { larger: '+', smaller: '-', resetSize: '0', theme: 'T' } as const;

/** The part of a KeyboardEvent the mapping needs. */
export interface KeyLike {
  key: string;
  code?: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
}

/** The settings change a key press asks for, or null when the key is not a reader shortcut. */
export function shortcutChange(event: KeyLike, settings: ReaderSettings): Partial<ReaderSettings> | null {
  // Ctrl/Cmd/Alt combinations belong to the browser (Ctrl + "+" is page zoom).
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  const sizes = FONT_SIZES_PX.map((_, i) => i);
  switch (event.key) {
    case '+':
    case '=':
      return { fontSizeStep: stepIn(sizes, settings.fontSizeStep, 1) };
    case '-':
    case '_':
      return { fontSizeStep: stepIn(sizes, settings.fontSizeStep, -1) };
    case '0':
      return { fontSizeStep: DEFAULT_SETTINGS.fontSizeStep };
  }
  // "T" by its letter, or by its position when the layout types another script (Hindi InScript: "त").
  const isT = event.key.toLowerCase() === 't' || (!/^[a-z]$/i.test(event.key) && event.code === 'KeyT');
  return isT ? { theme: stepIn(THEMES, settings.theme, 1, true) } : null;
}

/** Whether a key press happened in a form field, where keys type text rather than act as shortcuts. */
export function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (/^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName ?? '') || el.isContentEditable === true);
}
