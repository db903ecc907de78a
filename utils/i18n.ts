/**
 * UI strings through `browser.i18n`, so the browser's language picks English or Hindi (and any
 * locale added under public/_locales). Keys are typed from the English catalogue, which is the
 * reference every other locale must match (a test checks it).
 */
import { browser } from 'wxt/browser';
import type { Translate } from './message-keys';

export type { MessageKey } from './message-keys';

/** Looks a key up in the browser's catalogue for the UI language; the key itself if missing. */
export const translate: Translate = (key, ...substitutions) =>
  browser.i18n.getMessage(key, substitutions.length ? substitutions : undefined) || key;

/**
 * The language of the UI strings ("en", "hi"), for formatting dates and numbers to match them.
 * Asked of the catalogue the browser picked (its `uiLocale` message), because the browser's own
 * UI language can differ: Chromium without its Hindi resources reports "en-US" from
 * getUILanguage() while serving the Hindi catalogue for `--lang=hi`.
 */
export function uiLanguage(): string {
  try {
    return browser.i18n.getMessage('uiLocale') || browser.i18n.getUILanguage() || 'en';
  } catch {
    return 'en';
  }
}
