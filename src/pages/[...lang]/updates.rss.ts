import type { APIRoute } from 'astro';
import { textResponse } from '../../data/responses';
import { getStatusModel } from '../../data/status-model';
import { siteUpdatesFeed } from '../../lib/outputs/feeds';
import { FEED_TYPES } from '../../lib/outputs/urls';
import { site } from '../../data/site';
import { languagePaths } from '../../data/languages';

export const getStaticPaths = languagePaths;

export const GET: APIRoute = async ({ locals }) => textResponse(siteUpdatesFeed(await getStatusModel(), site, locals.language).rss2(), FEED_TYPES.rss);
