import type { APIRoute } from 'astro';
import { textResponse } from '../../data/responses';
import { getStatusModel } from '../../data/status-model';
import { siteCalendar } from '../../lib/outputs/calendar';
import { site } from '../../data/site';
import { languagePaths } from '../../data/languages';

export const getStaticPaths = languagePaths;

export const GET: APIRoute = async ({ locals }) => textResponse(siteCalendar(await getStatusModel(), site, locals.language), 'text/calendar');
