/**
 * The reader's two panels (text settings, read aloud), the "Not right?" view of what the cleanup
 * removed and the highlight layer, as a unit that can arrive late. Extension pages bundle them
 * (`bundled-panels.ts`); the overlay, whose every byte is injected into the page on each first
 * open, loads them into the page only when first needed: the first press of Aa, Listen or Not
 * right?, the first selection in the body, or an article with highlights to show
 * (entrypoints/overlay-panels, injected by the background).
 */
import type { ComponentType } from 'preact';
import type { HighlightLayerProps } from './HighlightLayer';
import type { ReadAloudBarProps } from './ReadAloudBar';
import type { ReaderSettingsPanelProps } from './ReaderSettingsPanel';
import type { RemovedBlocksProps } from './RemovedBlocks';

export interface ReaderPanels {
  SettingsPanel: ComponentType<ReaderSettingsPanelProps>;
  ReadAloudBar: ComponentType<ReadAloudBarProps>;
  /** "Not right?": the removed blocks in place (late too: most readers never press it). */
  RemovedBlocks: ComponentType<RemovedBlocksProps>;
  HighlightLayer: ComponentType<HighlightLayerProps>;
}

/** The panels themselves, or how to load them on first use (rejecting with a reason). */
export type PanelSource = ReaderPanels | (() => Promise<ReaderPanels>);

/**
 * What the late-loaded panel script leaves on the content script's global (shared by every script
 * the extension injects into that page): the panels and their stylesheet.
 */
export interface LatePanels {
  panels: ReaderPanels;
  css: string;
}

/** The global the panel script sets (`LatePanels`). */
export const LATE_PANELS = Symbol.for('broadsheet.overlay-panels');

/**
 * The global through which the overlay lends the panel script its Preact (one instance: hooks and
 * the render queue must be shared); see `sharedPreact` in wxt.config.ts.
 */
export const SHARED_PREACT = 'broadsheet.preact';

/**
 * What the overlay lends, by module: exactly what the panels import. The panel build can import
 * nothing else from Preact (its build fails on a name missing here), and the overlay's lending is
 * type-checked against this list, so the two cannot drift apart.
 */
export const LENT_PREACT = {
  preact: ['createContext', 'render'],
  'preact/hooks': ['useContext', 'useEffect', 'useLayoutEffect', 'useRef', 'useState'],
  'preact/jsx-runtime': ['jsx', 'jsxs', 'jsxDEV', 'Fragment'],
} as const;

/** The shape of the lent modules: each listed name, present. */
export type LentPreact = { [M in keyof typeof LENT_PREACT]: Record<(typeof LENT_PREACT)[M][number], unknown> };
