/**
 * The UI strings' types, typed from the English catalogue (the reference every other locale must
 * match). Types only: the JSON is not bundled. Shared by utils/i18n.ts, which asks the browser,
 * and components/i18n.ts, which hands the function to components.
 */
import type enMessages from '../public/_locales/en/messages.json';

/** Every message key, from the English catalogue. */
export type MessageKey = keyof typeof enMessages;

/** Returns the UI string for `key`, with `$1`… replaced by `substitutions`. */
export type Translate = (key: MessageKey, ...substitutions: string[]) => string;
