/**
 * The reader settings' shape, defaults, validation and the small steps the toolbar and keyboard
 * shortcuts take: pure, so components and tests use them without storage. `settings-store.ts` persists them.
 */

/** Colour themes, in the order the theme shortcut cycles through them; 'auto' follows the OS. */
export const THEMES = ['auto', 'light', 'sepia', 'dark'] as const;
/** Font families; each maps to a stack that covers Latin, Devanagari, Arabic, Hebrew and CJK. */
export const FONTS = ['serif', 'sans'] as const;
/** Line widths (measure). */
export const WIDTHS = ['narrow', 'medium', 'wide'] as const;

export type Theme = (typeof THEMES)[number];
export type FontChoice = (typeof FONTS)[number];
export type LineWidth = (typeof WIDTHS)[number];

/** Text sizes in px, small to large: 10 steps, 19 px by default. */
export const FONT_SIZES_PX = [14, 15, 16, 17, 19, 21, 23, 26, 29, 33] as const;
/** Line heights offered, tight to loose. */
export const LINE_HEIGHTS = [1.4, 1.5, 1.6, 1.75, 1.9, 2.1] as const;
/** Read-aloud speeds (speechSynthesis `rate`), slow to fast. */
export const SPEECH_RATES = [0.75, 1, 1.25, 1.5, 1.75, 2] as const;

/** The shape's version in storage; bump it and add a migration to settingsMigrations when the shape changes. */
export const SETTINGS_VERSION = 2;

/** Where the settings live in `storage.local` (their version record sits at `readerSettings$`). */
export const SETTINGS_KEY = 'readerSettings';

export interface ReaderSettings {
  theme: Theme;
  font: FontChoice;
  /** Index into FONT_SIZES_PX. */
  fontSizeStep: number;
  width: LineWidth;
  /** Unitless line height, one of LINE_HEIGHTS. */
  lineHeight: number;
  /** Read-aloud speed, one of SPEECH_RATES (added in version 2). */
  speechRate: number;
  /** Whether opening the popup on a web page opens the reader there at once. */
  openOnPopup: boolean;
}

export const DEFAULT_SETTINGS: ReaderSettings = {
  theme: 'auto',
  font: 'serif',
  fontSizeStep: 4,
  width: 'medium',
  lineHeight: 1.6,
  speechRate: 1,
  openOnPopup: true,
};

/** Version 1's shape: everything but the read-aloud speed. */
type ReaderSettingsV1 = Omit<ReaderSettings, 'speechRate'>;

/**
 * Each migration takes the previous version's value to the next; normalize fills anything left.
 * settings-store.ts applies them to whatever older value it reads.
 */
export const settingsMigrations = {
  2: (old: Partial<ReaderSettingsV1> | null): Partial<ReaderSettings> => ({ ...old, speechRate: DEFAULT_SETTINGS.speechRate }),
};

/** The values each listed field may take; anything else falls back to its default. */
const ALLOWED = {
  theme: THEMES,
  font: FONTS,
  width: WIDTHS,
  lineHeight: LINE_HEIGHTS,
  speechRate: SPEECH_RATES,
  openOnPopup: [true, false],
} as const;

/** Coerces anything read from storage into valid settings. */
export function normalizeSettings(value: Partial<ReaderSettings> | null | undefined): ReaderSettings {
  const v: Record<string, unknown> = value ?? {};
  const next: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  for (const [field, allowed] of Object.entries(ALLOWED)) if ((allowed as readonly unknown[]).includes(v[field])) next[field] = v[field];
  // The text size steps through a list by index: an index past either end is the end.
  if (Number.isInteger(v.fontSizeStep)) next.fontSizeStep = Math.min(FONT_SIZES_PX.length - 1, Math.max(0, v.fontSizeStep as number));
  return next as unknown as ReaderSettings;
}

/**
 * The neighbour of `current` in `list`, `delta` places on (clamped at the ends, or wrapping round
 * when `wrap`); a value not in the list steps from the list's start.
 */
export function stepIn<T>(list: readonly T[], current: T, delta: number, wrap = false): T {
  const index = Math.max(0, list.indexOf(current)) + delta;
  const bounded = wrap ? (index + list.length) % list.length : Math.min(list.length - 1, Math.max(0, index));
  return list[bounded] as T;
}
