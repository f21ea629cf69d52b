import { pageDigest } from '../lib/rebuild/unchanged-pages';
import { decidePage } from './unchanged-pages';
import { site, siteLogoWidth } from './site';
import { STYLESHEET } from './stylesheet';

/**
 * What every page shows besides its own inputs and the code: the settings as the
 * environment completes them (the site's address), the logo's size, the stylesheet.
 */
const SITE_WIDE = { site, siteLogoWidth, stylesheet: STYLESHEET.hash, base: import.meta.env.BASE_URL };

/**
 * Whether `astro build` must render the page at `pathname`, or may keep the previous
 * build's file: only when it was rendered from the same code and the same `inputs`,
 * everything the page shows. A page that shows the build clock puts it in its inputs.
 */
export function rendersPage(pathname: string, inputs: () => unknown): boolean {
  return decidePage(pathname, () => pageDigest([SITE_WIDE, inputs()]));
}
