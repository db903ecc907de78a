/**
 * Sending and receiving protocol messages. Listeners answer through `sendResponse` (and return
 * `true`), which Chrome and Firefox both support; a handler that throws answers with a failure
 * value instead, so no error crosses a context boundary.
 */
import { browser, type Browser } from 'wxt/browser';
import {
  fail,
  isEnvelope,
  type Envelope,
  type Protocol,
  type RequestOf,
  type ResponseOf,
  type ToBackground,
  type ToContent,
} from './protocol';

type Sender = Browser.runtime.MessageSender;

/** Handlers for every message of a protocol direction. */
export type Handlers<P extends Protocol> = {
  [K in keyof P]: (data: RequestOf<P, K>, sender: Sender) => Promise<ResponseOf<P, K>>;
};

/** Sends a message to the background and returns its typed response. */
export async function sendToBackground<K extends keyof ToBackground>(
  type: K,
  data: RequestOf<ToBackground, K>,
): Promise<ResponseOf<ToBackground, K>> {
  return (await browser.runtime.sendMessage({ type, data })) as ResponseOf<ToBackground, K>;
}

/** Sends a message to the content script in a tab; rejects when no content script listens there. */
export async function sendToTab<K extends keyof ToContent>(
  tabId: number,
  type: K,
  data: RequestOf<ToContent, K>,
): Promise<ResponseOf<ToContent, K>> {
  return (await browser.tabs.sendMessage(tabId, { type, data })) as ResponseOf<ToContent, K>;
}

/**
 * Listens for one protocol direction. Messages of other shapes, and senders `accept` refuses, are
 * ignored (left for other listeners). Returns a function that removes the listener.
 */
export function listen<P extends Protocol>(handlers: Handlers<P>, accept: (sender: Sender) => boolean): () => void {
  const types = Object.keys(handlers) as (keyof P)[];
  const listener = (message: unknown, sender: Sender, sendResponse: (response: unknown) => void): true | undefined => {
    if (!isEnvelope<P>(message, types) || !accept(sender)) return undefined;
    const { type, data } = message as Envelope<P>;
    const handler = handlers[type] as (data: unknown, sender: Sender) => Promise<unknown>;
    handler(data, sender).then(sendResponse, (error: unknown) =>
      sendResponse(fail('failed', error instanceof Error ? error.message : String(error))),
    );
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

/** True when a message comes from this extension (its pages, background or content scripts). */
export function fromThisExtension(sender: Sender): boolean {
  return sender.id === browser.runtime.id;
}
