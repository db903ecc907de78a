/**
 * Reads the extension's message catalogues the way browsers do (named placeholders, `$1`
 * substitutions, `$$` for a dollar sign), for tests that need real UI strings without a browser.
 */
import en from '../public/_locales/en/messages.json';
import hi from '../public/_locales/hi/messages.json';

/** A catalogue entry as in messages.json. */
interface Entry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}

export const catalogues: Record<'en' | 'hi', Record<string, Entry>> = { en, hi };

/** Resolves a message like `chrome.i18n.getMessage`: '' for an unknown key. */
export function formatMessage(entry: Entry | undefined, substitutions: string[]): string {
  if (!entry) return '';
  const placeholders = Object.fromEntries(Object.entries(entry.placeholders ?? {}).map(([name, p]) => [name.toLowerCase(), p.content]));
  const withPlaceholders = entry.message.replace(/\$([a-z0-9_@]+)\$/gi, (_, name: string) => placeholders[name.toLowerCase()] ?? '');
  return withPlaceholders.replace(/\$(\$|\d)/g, (_, d: string) => (d === '$' ? '$' : (substitutions[Number(d) - 1] ?? '')));
}

/** A translator over one locale's catalogue (missing keys come back empty, as in browsers). */
export function catalogueTranslator(locale: 'en' | 'hi'): (key: string, ...subs: string[]) => string {
  return (key, ...subs) => formatMessage(catalogues[locale][key], subs);
}
