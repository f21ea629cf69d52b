import { readSiteConfig } from './content-files';

/** The operator's settings for every page and file of this build (content/site.yaml, SITE_URL). */
export const site = readSiteConfig();
