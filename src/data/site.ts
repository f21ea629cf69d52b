import { imageSize } from 'image-size';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { logoWidth } from '../lib/presentation/logo';
import { readSiteConfig } from './content-files';

/** The operator's settings for every page and file of this build (content/site.yaml, SITE_URL). */
export const site = readSiteConfig();

/** The logo's width in the header; null leaves it to the browser (an image whose size cannot be read). */
export const siteLogoWidth = site.logo ? logoWidth(readLogoSize(site.logo.src)) : null;

function readLogoSize(src: string) {
  try {
    return imageSize(readFileSync(join(process.cwd(), 'public', src)));
  } catch {
    return null;
  }
}
