import { siteLanguages, type Language } from '../lib/i18n/languages';
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
 * `Astro.locals.language`, which the middleware sets from the path. `renders` leaves
 * out the paths a build keeps from the previous one (`page-keeping.ts`).
 */
export function inEveryLanguage<P extends Record<string, string | undefined>, T>(
  paths: readonly { params: P; props: T }[],
  renders: (props: T, language: Language) => boolean = () => true,
): { params: P & { lang: string | undefined }; props: T }[] {
  return languages.flatMap((language) =>
    paths.filter(({ props }) => renders(props, language)).map(({ params, props }) => ({ params: { ...params, lang: languageParam(language) }, props })),
  );
}

/** The paths of a page that exists once per language and takes no other parameter. */
export function languagePaths(): { params: { lang: string | undefined } }[] {
  return languages.map((language) => ({ params: { lang: languageParam(language) } }));
}

