/**
 * The reader settings' shape, defaults and validation: pure, so components and tests use them
 * without storage. `settings.ts` persists them.
 */

/** Colour theme; 'auto' follows the OS (prefers-color-scheme). */
export type Theme = 'auto' | 'light' | 'sepia' | 'dark';
/** Font family choice; each maps to a stack that covers Latin, Devanagari, Arabic, Hebrew and CJK. */
export type FontChoice = 'serif' | 'sans';
/** Line width (measure). */
export type LineWidth = 'narrow' | 'medium' | 'wide';

export interface ReaderSettings {
  theme: Theme;
  font: FontChoice;
  /** Index into FONT_SIZES_PX. */
  fontSizeStep: number;
  width: LineWidth;
  /** Unitless line height. */
  lineHeight: number;
  /** Whether opening the popup on a web page opens the reader there at once. */
  openOnPopup: boolean;
}

/** Text sizes in px, small to large: 10 steps, 19 px by default. */
export const FONT_SIZES_PX = [14, 15, 16, 17, 19, 21, 23, 26, 29, 33] as const;
/** Line heights offered, tight to loose. */
export const LINE_HEIGHTS = [1.4, 1.5, 1.6, 1.75, 1.9] as const;

export const DEFAULT_SETTINGS: ReaderSettings = {
  theme: 'auto',
  font: 'serif',
  fontSizeStep: 4,
  width: 'medium',
  lineHeight: 1.6,
  openOnPopup: true,
};

/** Coerces anything read from storage into valid settings. */
export function normalizeSettings(value: Partial<ReaderSettings> | null | undefined): ReaderSettings {
  const v = value ?? {};
  const pick = <T>(candidate: unknown, allowed: readonly T[], fallback: T): T =>
    allowed.includes(candidate as T) ? (candidate as T) : fallback;
  const step = Number.isInteger(v.fontSizeStep) ? (v.fontSizeStep as number) : DEFAULT_SETTINGS.fontSizeStep;
  return {
    theme: pick(v.theme, ['auto', 'light', 'sepia', 'dark'] as const, DEFAULT_SETTINGS.theme),
    font: pick(v.font, ['serif', 'sans'] as const, DEFAULT_SETTINGS.font),
    fontSizeStep: Math.min(FONT_SIZES_PX.length - 1, Math.max(0, step)),
    width: pick(v.width, ['narrow', 'medium', 'wide'] as const, DEFAULT_SETTINGS.width),
    lineHeight: pick(v.lineHeight, LINE_HEIGHTS, DEFAULT_SETTINGS.lineHeight),
    openOnPopup: typeof v.openOnPopup === 'boolean' ? v.openOnPopup : DEFAULT_SETTINGS.openOnPopup,
  };
}

