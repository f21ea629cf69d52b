/**
 * The writer's text of an incident or maintenance in one language: the writer's
 * translation where there is one, else the original, marked with the language it is in
 * so a page can set `lang` on its element (screen readers then switch voice). Nothing
 * is left blank for want of a translation.
 */
import type { EntryTranslations } from '../content/types.ts';
import type { Language } from './languages.ts';
import type { Locale } from './dictionary.ts';

/** Text (or HTML) to show, and the language to mark it with; undefined when it is the page's. */
export interface Shown {
  text: string;
  lang: Locale | undefined;
}

/** What an entry of the model must have to be shown in another language. */
export interface Translatable {
  title: string;
  translations?: EntryTranslations | undefined;
}

export interface TranslatedEntry {
  title: Shown;
  /** Any update of the entry (a timeline entry, the latest update), found by its time. */
  message(update: { at: Date; message: string }): Shown;
  /** The body's HTML: the translation's, or `originalBody` as given. */
  body: Shown;
}

/** What choosing text needs of a page's language: its locale, and the one originals are in. */
export type TextLanguage = Pick<Language, 'locale' | 'defaultLocale'>;

/**
 * How a page in `language` shows one text: its translation unmarked where there is one,
 * else the original, marked with the default language on a page in another.
 */
export function showsIn({ locale, defaultLocale }: TextLanguage): (translated: string | undefined, text: string) => Shown {
  const original = locale === defaultLocale ? undefined : defaultLocale;
  return (translated, text) => (translated === undefined || original === undefined ? { text, lang: original } : { text: translated, lang: undefined });
}

/**
 * `entry`'s writer text for a page in `language`; `originalBody` is the HTML of the
 * entry's own body, for the pages that show it.
 */
export function translatedEntry(entry: Translatable, language: TextLanguage, originalBody = ''): TranslatedEntry {
  const translation = language.locale === language.defaultLocale ? undefined : entry.translations?.[language.locale];
  const shown = showsIn(language);
  const messages = new Map((translation?.updates ?? []).map((update) => [update.at.getTime(), update.message]));
  return {
    title: shown(translation?.title, entry.title),
    message: (update) => shown(messages.get(update.at.getTime()), update.message),
    body: shown(translation?.body, originalBody),
  };
}
