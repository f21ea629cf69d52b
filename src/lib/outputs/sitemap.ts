/**
 * The sitemap's alternates of a page: its URL in every language, in the shape
 * `@astrojs/sitemap`'s `serialize` option takes. Worked out from the URL alone: the
 * integration's own `i18n` option compares every URL with every other, which took
 * seconds at 20,000 pages.
 */
export interface SitemapLink {
  url: string;
  lang: string;
}

/**
 * `url` is a page's absolute URL under `siteUrl` (the site's address, its path included);
 * `languages` are the site's, the first at the root and each other under its folder.
 */
export function sitemapAlternates(url: string, siteUrl: string, languages: readonly string[]): SitemapLink[] {
  const root = siteUrl.replace(/\/?$/, '/');
  if (!url.startsWith(root) || languages.length < 2) return [];
  const fromRoot = url.slice(root.length);
  const first = fromRoot.split('/')[0] ?? '';
  const path = languages.slice(1).includes(first) ? fromRoot.slice(first.length + 1) : fromRoot;
  return languages.map((code, index) => ({ url: `${root}${index === 0 ? '' : `${code}/`}${path}`, lang: code }));
}
