import { siteLanguages, type Language } from '../lib/i18n/languages';
import { namesIn } from '../lib/i18n/operator-text';
import { translatedEntry, type Shown, type TranslatedEntry, type Translatable } from '../lib/i18n/translated';
import type { StatusModel } from '../lib/status/model';
import { site } from './site';

/** The site's languages (content/site.yaml), the default first. */
export const languages = siteLanguages(site.languages) as [Language, ...Language[]];

/** The language the Statuspage API, notifications and the root pages speak. */
export const defaultLanguage = languages[0];

/** The `lang` route parameter of a language's pages: none for the default language at the root. */
function languageParam(language: Language): string | undefined {
  return language.folder === '' ? undefined : language.locale;
}

/**
 * A page's paths in every language: each path once per language, its `lang`
 * parameter naming the folder (`[...lang]` routes). The page reads its language from
 * `Astro.locals.language`, which the middleware sets from the path.
 */
export function inEveryLanguage<P extends Record<string, string | undefined>, T>(
  paths: readonly { params: P; props: T }[],
): { params: P & { lang: string | undefined }; props: T }[] {
  return languages.flatMap((language) => paths.map(({ params, props }) => ({ params: { ...params, lang: languageParam(language) }, props })));
}

/** The paths of a page that exists once per language and takes no other parameter. */
export function languagePaths(): { params: { lang: string | undefined } }[] {
  return languages.map((language) => ({ params: { lang: languageParam(language) } }));
}

/**
 * The writer's text of an incident or maintenance for a page in `language`: its
 * translation where the writer gave one, else the original, marked with the default
 * language. `originalBody` is the HTML of the entry's own body, for pages that show it.
 */
export function writerText(entry: Translatable, language: Language, originalBody = ''): TranslatedEntry {
  return translatedEntry(entry, language, originalBody);
}

const names = new WeakMap<StatusModel, Map<string, { shown: ReadonlyMap<string, Shown>; text: ReadonlyMap<string, string> }>>();

/**
 * Every group's and component's name in `language`, by id: as shown (to mark a name not
 * translated with its `lang`) and as plain text (for sentences, feeds and calendars).
 * Lists of names appear on thousands of pages, so each model makes them once per language.
 */
export function componentNames(model: StatusModel, language: Language): { shown: ReadonlyMap<string, Shown>; text: ReadonlyMap<string, string> } {
  const byLocale = names.get(model) ?? new Map();
  names.set(model, byLocale);
  let found = byLocale.get(language.locale);
  if (!found) {
    const shown = namesIn([...model.groups, ...model.components], language);
    found = { shown, text: new Map([...shown].map(([id, name]) => [id, name.text])) };
    byLocale.set(language.locale, found);
  }
  return found;
}
