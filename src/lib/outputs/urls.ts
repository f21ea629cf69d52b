/**
 * Every path of the site: its pages, feeds, calendars, badges, API files and the files
 * under public/. Pages, layouts, components and the other outputs take their paths from
 * here and write none themselves (tests/unit/outputs/site-paths.test.ts holds them to it), so
 * they cannot drift apart, and every path starts at `sitePath`.
 */

export type FeedFormat = 'rss' | 'atom';

/**
 * Where the site's root is: `/`, or the path of a site URL such as
 * https://owner.github.io/statuswire/, which astro.config.mjs makes Astro's `base`.
 * A script run by plain Node (the S3 upload) has no `import.meta.env`: it works on the
 * files of dist/, which sit at its root whatever the base.
 */
const BASE = (import.meta.env?.BASE_URL ?? '/').replace(/\/?$/, '/');

/** The one place that knows where the site's root is. */
function sitePath(fromRoot: string): string {
  return `${BASE}${fromRoot}`;
}

/** Which language's pages a path is in: the folder its pages live in, '' for the default language. */
export interface PathLanguage {
  folder: string;
}

/** The default language's pages, at the site root: the API, notifications and hosting files link here. */
export const DEFAULT_LANGUAGE_PATHS: PathLanguage = { folder: '' };

/** A path of one language's pages: the default language's at the root, another's under its folder. */
function languagePath(language: PathLanguage, fromRoot: string): string {
  return sitePath(`${language.folder}${fromRoot}`);
}

/**
 * The language of the page at `pathname` (a path with the base, as a request has it): the
 * one whose folder is the path's first segment, else the default language (the first).
 */
export function languageOfPath<L extends PathLanguage>(pathname: string, languages: readonly [L, ...L[]]): L {
  const fromRoot = pathname.startsWith(BASE) ? pathname.slice(BASE.length) : pathname.replace(/^\//, '');
  const first = fromRoot.split('/')[0];
  return languages.find((language) => language.folder !== '' && language.folder === `${first}/`) ?? languages[0];
}

/** The same page in another language: `/id/incidents/x/` for `/incidents/x/`, and back. */
export function languageVersionPath(pathname: string, from: PathLanguage, to: PathLanguage): string {
  const fromRoot = pathname.slice(BASE.length + from.folder.length);
  return languagePath(to, fromRoot);
}

/** The Statuspage v2 documents, by the name `statuspageApi()` gives each. */
export const API_PATHS = {
  summary: sitePath('api/v2/summary.json'),
  status: sitePath('api/v2/status.json'),
  components: sitePath('api/v2/components.json'),
  incidents: sitePath('api/v2/incidents.json'),
  unresolvedIncidents: sitePath('api/v2/incidents/unresolved.json'),
  scheduledMaintenances: sitePath('api/v2/scheduled-maintenances.json'),
  upcomingMaintenances: sitePath('api/v2/scheduled-maintenances/upcoming.json'),
  activeMaintenances: sitePath('api/v2/scheduled-maintenances/active.json'),
};

export type ApiDocumentName = keyof typeof API_PATHS;

export const FEED_TYPES: Record<FeedFormat, string> = {
  rss: 'application/rss+xml',
  atom: 'application/atom+xml',
};

export function homePath(language: PathLanguage): string {
  return languagePath(language, '');
}

export function subscribePath(language: PathLanguage): string {
  return languagePath(language, 'subscribe/');
}

export const SITEMAP_PATH = sitePath('sitemap-index.xml');
export const ROBOTS_PATH = sitePath('robots.txt');
export const FAVICON_PATH = sitePath('favicon.svg');

/** A file under public/, given from the site root as site.yaml writes it (`/logo.svg`). */
export function publicFilePath(fromRoot: string): string {
  return sitePath(fromRoot.replace(/^\//, ''));
}

/** Page `page` of the incident history: the first at /history/, later ones under it. */
export function historyPath(language: PathLanguage, page = 1): string {
  return page === 1 ? languagePath(language, 'history/') : languagePath(language, `history/${page}/`);
}

/** The same history Statuspage serves at these paths, so existing readers find it. */
export function feedPath(language: PathLanguage, format: FeedFormat): string {
  return languagePath(language, `history.${format}`);
}

export function componentFeedPath(language: PathLanguage, componentId: string, format: FeedFormat): string {
  return languagePath(language, `components/${componentId}/history.${format}`);
}

/** One entry per posted update and maintenance step, for apps that announce only new entries. */
export function updatesFeedPath(language: PathLanguage, format: FeedFormat): string {
  return languagePath(language, `updates.${format}`);
}

export function componentUpdatesFeedPath(language: PathLanguage, componentId: string, format: FeedFormat): string {
  return languagePath(language, `components/${componentId}/updates.${format}`);
}

export function calendarPath(language: PathLanguage): string {
  return languagePath(language, 'maintenance.ics');
}

export function componentCalendarPath(language: PathLanguage, componentId: string): string {
  return languagePath(language, `components/${componentId}/maintenance.ics`);
}

/** Component badges sit one folder down so no component id can clash with the overall badge. */
export function badgePath(language: PathLanguage, format: 'svg' | 'json'): string {
  return languagePath(language, `badges/status.${format}`);
}

export function componentBadgePath(language: PathLanguage, componentId: string, format: 'svg' | 'json'): string {
  return languagePath(language, `badges/components/${componentId}.${format}`);
}

export function incidentPath(language: PathLanguage, slug: string): string {
  return languagePath(language, `incidents/${slug}/`);
}

export function maintenancePath(language: PathLanguage, slug: string): string {
  return languagePath(language, `maintenance/${slug}/`);
}

/** A component's page, or one of its sections (the headings with these ids). */
export function componentPath(language: PathLanguage, componentId: string, section?: 'uptime' | 'metrics' | 'days'): string {
  return languagePath(language, `components/${componentId}/${section ? `#${section}` : ''}`);
}

/** The id of a day in a component page's day list: `day-2026-01-12`, from the day's key. */
export function uptimeDayAnchor(dayKey: string): string {
  return `day-${dayKey}`;
}

/** A day in a component page's day list, where its date, uptime and incidents are written out. */
export function componentDayPath(language: PathLanguage, componentId: string, dayKey: string): string {
  return languagePath(language, `components/${componentId}/#${uptimeDayAnchor(dayKey)}`);
}

/** Page `page` of a component's incidents: its own page first, then /components/<id>/page/<n>/. */
export function componentHistoryPath(language: PathLanguage, componentId: string, page: number): string {
  return page === 1 ? componentPath(language, componentId) : languagePath(language, `components/${componentId}/page/${page}/`);
}

/** Absolute URL of a site path (which holds the base), from the configured public site URL. */
export function absoluteUrl(path: string, siteUrl: string): string {
  return new URL(path, siteUrl).href;
}

/**
 * Absolute URL of a site path for a script run by plain Node (`npm run notify`), where the
 * base is `/`: the path is resolved under the site URL's own path, so a site served under
 * /statuswire/ links within it. Inside Astro, where the base is that path, it equals
 * `absoluteUrl`.
 */
export function siteUrlOf(path: string, siteUrl: string): string {
  return new URL(path.slice(BASE.length), siteUrl.replace(/\/?$/, '/')).href;
}

/** Astro's hashed build files: a new build gives new names, so hosts may keep them for good. */
export const ASSETS_FOLDER = sitePath('_astro/');

/**
 * Where everything else a build writes lives, as `_headers` patterns (Cloudflare Pages,
 * Netlify): one per page kind, feed, calendar and folder of the default language, one per
 * other language's folder, none overlapping another or ASSETS_FOLDER, because hosts join
 * the values of every rule that matches a path.
 */
export function builtFilePatterns(languages: readonly PathLanguage[]): string[] {
  return [
    homePath(DEFAULT_LANGUAGE_PATHS),
    sitePath('index.html'),
    sitePath('404.html'),
    sitePath('subscribe/*'),
    sitePath('history/*'),
    sitePath('incidents/*'),
    sitePath('maintenance/*'),
    sitePath('components/*'),
    sitePath('api/*'),
    sitePath('badges/*'),
    feedPath(DEFAULT_LANGUAGE_PATHS, 'rss'),
    feedPath(DEFAULT_LANGUAGE_PATHS, 'atom'),
    updatesFeedPath(DEFAULT_LANGUAGE_PATHS, 'rss'),
    updatesFeedPath(DEFAULT_LANGUAGE_PATHS, 'atom'),
    calendarPath(DEFAULT_LANGUAGE_PATHS),
    ROBOTS_PATH,
    SITEMAP_PATH,
    // @astrojs/sitemap's one page of URLs; past 45,000 pages a second would take host defaults.
    sitePath('sitemap-0.xml'),
    ...languages.filter((language) => language.folder !== '').map((language) => languagePath(language, '*')),
  ];
}
