import type { APIRoute } from 'astro';
import { textResponse } from '../data/responses';
import { absoluteUrl, homePath, SITEMAP_PATH } from '../lib/outputs/urls';
import { defaultLanguage } from '../data/languages';
import { site } from '../data/site';

export const GET: APIRoute = () =>
  textResponse(`User-agent: *\nAllow: ${homePath(defaultLanguage)}\n\nSitemap: ${absoluteUrl(SITEMAP_PATH, site.url)}\n`, 'text/plain');
