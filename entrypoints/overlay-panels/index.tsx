/**
 * The reader's settings and read-aloud panels and its highlight layer, for the overlay: injected into
 * the page only when the reader's Aa or Listen button is first pressed, text is first selected in the
 * body or the article has highlights (the background runs it on the overlay's
 * request, in the same content-script world), so the first open injects about 3.5 kB gzip less.
 *
 * It brings no Preact of its own: wxt.config.ts builds it against the overlay's (`sharedPreact`),
 * which the overlay lends on the content-script global before asking for this script; two Preact
 * copies would not share hooks. The panels get their own i18n context here, since the overlay's
 * context object lives in the other bundle.
 */
import type { ComponentType } from 'preact';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { I18nContext } from '../../components/i18n';
import { HighlightLayer } from '../../components/HighlightLayer';
import { ReadAloudBar } from '../../components/ReadAloudBar';
import css from '../../components/reader-panels.css?inline';
import { LATE_PANELS, type LatePanels } from '../../components/reader-panels';
import { ReaderSettingsPanel } from '../../components/ReaderSettingsPanel';
import { RemovedBlocks } from '../../components/RemovedBlocks';
import { translate, uiLanguage } from '../../utils/i18n';

export default defineUnlistedScript(() => {
  const i18n = { t: translate, uiLang: uiLanguage() };
  const translated =
    <P extends object>(Panel: ComponentType<P>) =>
    (props: P) => (
      <I18nContext.Provider value={i18n}>
        <Panel {...props} />
      </I18nContext.Provider>
    );
  const late: LatePanels = {
    panels: {
      SettingsPanel: translated(ReaderSettingsPanel),
      ReadAloudBar: translated(ReadAloudBar),
      RemovedBlocks: translated(RemovedBlocks),
      HighlightLayer: translated(HighlightLayer),
    },
    css,
  };
  (globalThis as { [LATE_PANELS]?: LatePanels })[LATE_PANELS] = late;
});
