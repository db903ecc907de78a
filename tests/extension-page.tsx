/**
 * For unit tests of the extension's pages (popup, library, reader page) against the real
 * background: the pages' messages reach the background's listener as the browser delivers them,
 * and a page is mounted with the English catalogue, as users see it.
 */
import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { I18nContext, type MessageKey } from '../components/i18n';
import { deliver } from './deliver';
import { catalogueTranslator } from './i18n-catalogue';

/** The English UI strings. */
export const t = catalogueTranslator('en') as (key: MessageKey, ...subs: string[]) => string;

/** Routes `browser.runtime.sendMessage` to the listeners the background registered (call after `background.main()`). */
export function routeMessagesToBackground(): void {
  fakeBrowser.runtime.sendMessage = ((message: { type: never; data: never }) =>
    deliver(message.type, message.data)) as unknown as typeof fakeBrowser.runtime.sendMessage;
}

/** Renders `page` into a fresh container in the document; `unmount` removes it. */
export function mountPage(page: ComponentChild): { container: HTMLElement; unmount: () => void } {
  const container = document.createElement('div');
  document.body.append(container);
  act(() => render(<I18nContext.Provider value={{ t, uiLang: 'en' }}>{page}</I18nContext.Provider>, container));
  return {
    container,
    unmount: () => {
      render(null, container);
      container.remove();
    },
  };
}
