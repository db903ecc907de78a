/**
 * The protocol's listener: it answers only well-formed messages from this extension, and a
 * handler that throws answers with a failure value instead of leaving the caller hanging.
 */
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { fromThisExtension, listen } from '../client';
import { ok, type ToBackground } from '../protocol';

type Lookup = Pick<ToBackground, 'library:lookup'>;

/** Fires onMessage as the browser would and collects what the listener answered. */
async function fire(message: unknown, sender: { id?: string }) {
  const sendResponse = vi.fn();
  const returned = await fakeBrowser.runtime.onMessage.trigger(message, sender, sendResponse);
  return { returned, sendResponse };
}

describe('listen', () => {
  it('answers a message of its protocol from this extension through sendResponse', async () => {
    const handler = vi.fn(async () => ok(null));
    listen<Lookup>({ 'library:lookup': handler }, fromThisExtension);
    const { returned, sendResponse } = await fire(
      { type: 'library:lookup', data: { canonicalUrl: 'https://a.example/' } },
      { id: fakeBrowser.runtime.id },
    );
    expect(returned).toEqual([true]);
    await vi.waitFor(() => expect(sendResponse).toHaveBeenCalledWith({ ok: true, value: null }));
    expect(handler).toHaveBeenCalledWith({ canonicalUrl: 'https://a.example/' }, { id: fakeBrowser.runtime.id });
  });

  it.each([
    ['another extension', { type: 'library:lookup', data: {} }, { id: 'other' }],
    ['an unknown type', { type: 'library:drop-all', data: {} }, { id: 'test-extension-id' }],
    ['a message without data', { type: 'library:lookup' }, { id: 'test-extension-id' }],
    ['a string', 'library:lookup', { id: 'test-extension-id' }],
    ['null', null, { id: 'test-extension-id' }],
  ])('ignores %s', async (_label, message, sender) => {
    const handler = vi.fn(async () => ok(null));
    listen<Lookup>({ 'library:lookup': handler }, fromThisExtension);
    const { returned } = await fire(message, sender);
    expect(returned).toEqual([undefined]);
    expect(handler).not.toHaveBeenCalled();
  });

  it('turns a throwing handler into a failure value', async () => {
    listen<Lookup>(
      {
        'library:lookup': async () => {
          throw new Error('disk on fire');
        },
      },
      fromThisExtension,
    );
    const { sendResponse } = await fire({ type: 'library:lookup', data: { canonicalUrl: 'x' } }, { id: fakeBrowser.runtime.id });
    await vi.waitFor(() => expect(sendResponse).toHaveBeenCalledWith({ ok: false, error: 'failed', message: 'disk on fire' }));
  });

  it('stops listening when asked', async () => {
    const handler = vi.fn(async () => ok(null));
    const stop = listen<Lookup>({ 'library:lookup': handler }, fromThisExtension);
    stop();
    expect(fakeBrowser.runtime.onMessage.hasListeners()).toBe(false);
  });
});
