/**
 * The overlay controller's state changes on a page: open, close and toggle; the reader put back on
 * top when the page opens its own dialog after it; nothing the page dispatches closes it; and on
 * close the page exactly as it was (its `<html>` style attribute character for character, focus).
 *
 * jsdom has no top layer (no showModal(), no showPopover()), so this file gives it the smallest
 * model of one: an ordered list that showing appends to and closing removes from. The real thing,
 * with painting and hit testing, is checked in e2e/reader-top-layer.e2e.test.ts.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { OverlayController } from '@/entrypoints/overlay/controller';

/** The top layer, bottom first. */
const topLayer: Element[] = [];
const shown = () => topLayer.filter((el) => el.isConnected);

beforeEach(() => {
  topLayer.length = 0;
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    if (this.hasAttribute('open')) return;
    this.setAttribute('open', '');
    topLayer.push(this);
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    if (!this.hasAttribute('open')) return;
    this.removeAttribute('open');
    topLayer.splice(topLayer.indexOf(this), 1);
    queueMicrotask(() => this.dispatchEvent(new Event('close')));
  };
  HTMLElement.prototype.showPopover = function showPopover(this: HTMLElement) {
    topLayer.push(this);
  };
  HTMLElement.prototype.hidePopover = function hidePopover(this: HTMLElement) {
    topLayer.splice(topLayer.indexOf(this), 1);
  };
  // Hit testing, as far as this model goes: the middle of the viewport is the reader's host.
  document.elementFromPoint = () => document.querySelector('html > broadsheet-reader');
  document.documentElement.setAttribute('style', 'color:red');
  document.body.innerHTML = `<button id="before">page button</button><article><h1>Harbour bridge closure splits the town</h1>${'<p>The council closed the old harbour bridge for repairs, and the north shore now faces a long detour through the industrial estate to reach the station, the school and the supermarket.</p>'.repeat(8)}</article>`;
  document.getElementById('before')?.focus();
});

/** Every controller a test made, closed after it (a reader left open keeps watching the page). */
const made: OverlayController[] = [];
const newController = () => {
  const controller = new OverlayController();
  made.push(controller);
  return controller;
};

afterEach(() => {
  made.splice(0).forEach((controller) => controller.close());
  document.querySelectorAll('broadsheet-reader, broadsheet-notice').forEach((el) => el.remove());
  document.documentElement.removeAttribute('style');
});

/** Opens the reader and waits until the first frame's follow-up (scroll lock, focus) has run. */
async function openReader(controller: OverlayController): Promise<HTMLElement> {
  expect(await controller.set('open')).toEqual({ ok: true, value: 'open' });
  await vi.waitFor(() => expect(document.documentElement.getAttribute('style')).toContain('overflow: hidden !important'));
  const host = document.querySelector<HTMLElement>('html > broadsheet-reader');
  expect(host).not.toBeNull();
  return host!;
}

describe('OverlayController', () => {
  it('opens the reader as the topmost element of the top layer, in a closed shadow root', async () => {
    const controller = newController();
    const host = await openReader(controller);
    expect(controller.isOpen).toBe(true);
    expect(host.shadowRoot).toBeNull(); // closed: a page walking the DOM finds an empty element
    expect(host.childNodes).toHaveLength(0);
    expect(shown()).toHaveLength(1);
    expect(shown()[0]?.localName).toBe('dialog');
    expect(document.activeElement).toBe(host); // focus is inside the reader
    controller.close();
  });

  it('closes and puts the page back exactly: the <html> style attribute as written, focus on the same element', async () => {
    const controller = newController();
    await openReader(controller);
    controller.close();
    expect(controller.isOpen).toBe(false);
    expect(document.querySelectorAll('broadsheet-reader')).toHaveLength(0);
    expect(shown()).toEqual([]);
    expect(document.documentElement.getAttribute('style')).toBe('color:red');
    expect(document.activeElement?.id).toBe('before');
  });

  it('with no style attribute before, leaves none after (not an empty style="")', async () => {
    document.documentElement.removeAttribute('style');
    const controller = newController();
    await openReader(controller);
    controller.close();
    expect(document.documentElement.hasAttribute('style')).toBe(false);
  });

  it('keeps a root style the page changed while the reader was open, and takes only its own lock off', async () => {
    const controller = newController();
    await openReader(controller);
    document.documentElement.style.setProperty('--page-vh', '8px');
    controller.close();
    expect(document.documentElement.style.getPropertyValue('--page-vh')).toBe('8px');
    expect(document.documentElement.style.getPropertyValue('overflow')).toBe('');
  });

  it('toggles: open, then closed, then open again', async () => {
    const controller = newController();
    expect(await controller.set('toggle')).toEqual({ ok: true, value: 'open' });
    expect(controller.isOpen).toBe(true);
    expect(await controller.set('toggle')).toEqual({ ok: true, value: 'closed' });
    expect(controller.isOpen).toBe(false);
    expect(document.querySelectorAll('broadsheet-reader')).toHaveLength(0);
    expect(await controller.set('toggle')).toEqual({ ok: true, value: 'open' });
    expect(document.querySelectorAll('broadsheet-reader')).toHaveLength(1);
    controller.close();
  });

  it('raises itself above a dialog the page opens with showModal() after it', async () => {
    const controller = newController();
    await openReader(controller);
    const consent = document.createElement('dialog');
    document.body.append(consent);
    consent.showModal();
    expect(shown().at(-1)).toBe(consent);
    await vi.waitFor(() => expect(shown().at(-1)).not.toBe(consent));
    expect(shown().at(-1)?.localName).toBe('dialog');
    expect(shown()).toHaveLength(2);
    expect(controller.isOpen).toBe(true);
    controller.close();
  });

  it('raises itself when the middle of the viewport no longer hits it (a page dialog it cannot see)', async () => {
    const controller = newController();
    const host = await openReader(controller);
    const hidden = document.createElement('div');
    document.body.append(hidden);
    topLayer.push(hidden); // modal inside the page's own closed shadow root: no event, no attribute we can see
    document.elementFromPoint = () => (shown().at(-1) === hidden ? hidden : host);
    await vi.waitFor(() => expect(shown().at(-1)?.localName).toBe('dialog'), { timeout: 2_000 });
    expect(controller.isOpen).toBe(true);
    controller.close();
  });

  it('puts its host back when the page moves it out of <html>', async () => {
    const controller = newController();
    const host = await openReader(controller);
    const box = document.createElement('div');
    document.body.append(box);
    box.append(host);
    await vi.waitFor(() => expect(host.parentNode).toBe(document.documentElement));
    expect(controller.isOpen).toBe(true);
    controller.close();
  });

  it('ignores what the page dispatches: its old start-up event and a postMessage do not close it', async () => {
    const controller = newController();
    await openReader(controller);
    document.dispatchEvent(new CustomEvent('broadsheet:overlay-started', { detail: 'page' }));
    window.postMessage({ type: 'overlay:set', data: { action: 'close' } }, '*');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(controller.isOpen).toBe(true);
    expect(document.querySelectorAll('broadsheet-reader')).toHaveLength(1);
    controller.close();
  });

  it('shows the "not an article" notice as a popover when the page is not an article', async () => {
    document.body.innerHTML = '';
    const controller = newController();
    expect(await controller.set('open')).toMatchObject({ ok: false, error: 'not-article' });
    const notice = document.querySelector('html > broadsheet-notice');
    expect(notice?.getAttribute('popover')).toBe('manual');
    expect(shown()).toEqual([notice]);
    controller.close();
    expect(document.querySelectorAll('broadsheet-notice')).toHaveLength(0);
  });
});
