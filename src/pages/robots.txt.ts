import type { APIRoute } from 'astro';
import { textResponse } from '../data/responses';
import { absoluteUrl, HOME_PATH, SITEMAP_PATH } from '../lib/outputs/urls';
import { site } from '../data/site';

export const GET: APIRoute = () =>
  textResponse(`User-agent: *\nAllow: ${HOME_PATH}\n\nSitemap: ${absoluteUrl(SITEMAP_PATH, site.url)}\n`, 'text/plain');
