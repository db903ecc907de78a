/**
 * The translation function components use. Components never call browser APIs, so the entrypoint
 * that mounts them provides `translate` (from utils/i18n.ts) through this context; tests provide
 * one built from the catalogue files.
 */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Translate } from '../utils/message-keys';

export type { MessageKey, Translate } from '../utils/message-keys';

/** UI strings and the UI language, provided once per mounted tree. */
export interface I18n {
  t: Translate;
  /** BCP 47 tag of the UI language, for Intl formatting of UI numbers and dates. */
  uiLang: string;
}

export const I18nContext = createContext<I18n>({ t: (key) => key, uiLang: 'en' });

/** The translation function and UI language of the surrounding tree. */
export function useI18n(): I18n {
  return useContext(I18nContext);
}
