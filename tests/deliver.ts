/**
 * Delivers a protocol message to the listeners registered on fakeBrowser.runtime.onMessage with
 * a realistic sender (fakeBrowser's own sendMessage passes an empty sender, which our listeners
 * rightly refuse), and resolves with the response sent through `sendResponse`.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Browser } from 'wxt/browser';
import type { RequestOf, ResponseOf, ToBackground } from '@/utils/messaging/protocol';

/** Sends `type` to the background as this extension would (a popup, or a content script in `tab`). */
export async function deliver<K extends keyof ToBackground>(
  type: K,
  data: RequestOf<ToBackground, K>,
  sender: Partial<Browser.runtime.MessageSender> = {},
): Promise<ResponseOf<ToBackground, K>> {
  let respond!: (value: unknown) => void;
  const response = new Promise<unknown>((resolve) => (respond = resolve));
  const returned = await fakeBrowser.runtime.onMessage.trigger({ type, data }, { id: fakeBrowser.runtime.id, ...sender }, respond);
  if (!returned.some((value: unknown) => value === true)) throw new Error(`No listener answered ${String(type)}`);
  return (await response) as ResponseOf<ToBackground, K>;
}
