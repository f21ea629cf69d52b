import type { APIRoute } from 'astro';
import { textResponse } from '../../data/responses';
import { getStatusModel } from '../../data/status-model';
import { siteFeed } from '../../lib/outputs/feeds';
import { FEED_TYPES } from '../../lib/outputs/urls';
import { site } from '../../data/site';
import { languagePaths } from '../../data/languages';

export const getStaticPaths = languagePaths;

export const GET: APIRoute = async ({ locals }) => textResponse(siteFeed(await getStatusModel(), site, locals.language).atom1(), FEED_TYPES.atom);
