import type { APIRoute } from 'astro';
import { textResponse } from '../data/responses';
import { getStatusModel } from '../data/status-model';
import { siteCalendar } from '../lib/outputs/calendar';
import { site } from '../data/site';

export const GET: APIRoute = async () => textResponse(siteCalendar(await getStatusModel(), site), 'text/calendar');
