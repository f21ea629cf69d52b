import type { APIRoute } from 'astro';
import { textResponse } from '../data/responses';
import { getStatusModel } from '../data/status-model';
import { siteUpdatesFeed } from '../lib/outputs/feeds';
import { FEED_TYPES } from '../lib/outputs/urls';
import { site } from '../data/site';

export const GET: APIRoute = async () => textResponse(siteUpdatesFeed(await getStatusModel(), site).rss2(), FEED_TYPES.rss);
