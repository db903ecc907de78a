/**
 * The popup: opening it on a web page opens the reader there at once (a `default_popup` stops
 * `action.onClicked`, and one click is what users expect), then shows what happened. Whether the
 * page can take the reader is the background's call: the popup names the tab and shows the answer.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ReaderStatus, type TabReaderStatus } from '../../components/ReaderStatus';
import { sendToBackground } from '../../utils/messaging/client';
import type { ReaderAction } from '../../utils/messaging/protocol';
import { loadSettings } from '../../utils/settings-store';
import { LibraryPanel } from './LibraryPanel';

export function App() {
  const [status, setStatus] = useState<TabReaderStatus>('opening');
  const [tabId, setTabId] = useState<number | undefined>(undefined);

  const apply = useCallback(async (id: number | undefined, action: ReaderAction) => {
    if (action !== 'close') setStatus('opening');
    const result = await sendToBackground('reader:set', { tabId: id, action }).catch(() => null);
    if (!result) setStatus('failed');
    else if (result.ok) setStatus(result.value);
    else setStatus(result.error === 'no-tab' ? 'failed' : result.error);
  }, []);

  useEffect(() => {
    void (async () => {
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      setTabId(tab?.id);
      if (tab?.id === undefined) {
        setStatus('restricted');
        return;
      }
      const settings = await loadSettings();
      if (settings.openOnPopup) {
        await apply(tab.id, 'open');
        return;
      }
      const allowed = await sendToBackground('reader:can-open', { tabId: tab.id }).catch(() => null);
      setStatus(allowed === null || allowed.ok ? 'closed' : allowed.error === 'restricted' ? 'restricted' : 'closed');
    })();
  }, [apply]);

  return (
    <div class="bs-popup">
      <ReaderStatus status={status} onOpen={() => void apply(tabId, 'open')} onClose={() => void apply(tabId, 'close')} />
      <LibraryPanel tabId={tabId} canSave={tabId !== undefined && status !== 'restricted' && status !== 'not-article'} />
    </div>
  );
}
