/** The one way into the words: a language's dictionary, typed by English's keys. */
import { en, type Dictionary } from './en.ts';
import { id } from './id.ts';

export type { Dictionary };

export const DICTIONARIES = { en, id } as const satisfies Record<string, Dictionary>;

export type Locale = keyof typeof DICTIONARIES;

/** The site's language until languages become configuration; its words also fill the API. */
export const DEFAULT_LOCALE: Locale = 'en';

export function dictionary(locale: Locale = DEFAULT_LOCALE): Dictionary {
  return DICTIONARIES[locale];
}
