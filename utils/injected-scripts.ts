/**
 * The scripts the background injects into a page on request, by their built paths. A module of
 * its own so the benchmarks can name them without loading the background.
 */

/** The built overlay script (entrypoints/overlay, a WXT unlisted script). */
export const OVERLAY_SCRIPT = '/overlay.js';
/** The reader's settings and read-aloud panels, injected when the overlay first needs them. */
export const PANELS_SCRIPT = '/overlay-panels.js';
/** E2E builds only: the bench's bare reader (entrypoints/bare-reader), injected by an e2e-only message. */
export const BARE_READER_SCRIPT = '/bare-reader.js';
