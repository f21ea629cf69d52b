import type { APIRoute } from 'astro';
import { textResponse } from '../data/responses';
import { getStatusModel } from '../data/status-model';
import { siteFeed } from '../lib/outputs/feeds';
import { FEED_TYPES } from '../lib/outputs/urls';
import { site } from '../data/site';
import { dictionary } from '../lib/i18n/dictionary';

const words = dictionary();

export const GET: APIRoute = async () => textResponse(siteFeed(await getStatusModel(), site, words).rss2(), FEED_TYPES.rss);
