/** The panels bundled, for extension pages (the reader page) and tests; see reader-panels.ts. */
import { HighlightLayer } from './HighlightLayer';
import { ReadAloudBar } from './ReadAloudBar';
import type { ReaderPanels } from './reader-panels';
import { ReaderSettingsPanel } from './ReaderSettingsPanel';
import { RemovedBlocks } from './RemovedBlocks';

export const BUNDLED_PANELS: ReaderPanels = { SettingsPanel: ReaderSettingsPanel, ReadAloudBar, RemovedBlocks, HighlightLayer };
