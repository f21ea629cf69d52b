/** The site's languages as pages use them: each with its words and the folder its pages live in. */
import { dictionary, type Dictionary, type Locale } from './dictionary.ts';

export interface Language {
  locale: Locale;
  /** '' for the first (default) language, whose pages sit at the site root; `id/` for another. */
  folder: string;
  words: Dictionary;
  /** The site's first language, the one writers' originals are in. */
  defaultLocale: Locale;
}

/** The configured languages in their order: the first is the default, at the root. */
export function siteLanguages(locales: readonly Locale[]): Language[] {
  const [defaultLocale = 'en'] = locales;
  return locales.map((locale, index) => ({ locale, folder: index === 0 ? '' : `${locale}/`, words: dictionary(locale), defaultLocale }));
}
