/**
 * The writer's text of an incident or maintenance in one language: the writer's
 * translation where there is one, else the original, marked with the language it is in
 * so a page can set `lang` on its element (screen readers then switch voice). Nothing
 * is left blank for want of a translation.
 */
import type { EntryTranslations } from '../content/types.ts';
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

export interface Language {
  /** The language of the page being made. */
  locale: Locale;
  /** The site's default language, the one the originals are written in. */
  defaultLocale: Locale;
}

/** `entry`'s writer text for a page in `locale`; `originalBody` is the HTML of the entry's own body. */
export function translatedEntry(entry: Translatable, { locale, defaultLocale }: Language, originalBody: string): TranslatedEntry {
  const translation = locale === defaultLocale ? undefined : entry.translations?.[locale];
  const original = locale === defaultLocale ? undefined : defaultLocale;
  const shown = (translated: string | undefined, text: string): Shown =>
    translated === undefined ? { text, lang: original } : { text: translated, lang: undefined };
  const messages = new Map((translation?.updates ?? []).map((update) => [update.at.getTime(), update.message]));
  return {
    title: shown(translation?.title, entry.title),
    message: (update) => shown(messages.get(update.at.getTime()), update.message),
    body: shown(translation?.body, originalBody),
  };
}
