import type { APIRoute } from 'astro';
import { textResponse } from '../data/responses';
import { getStatusModel } from '../data/status-model';
import { siteCalendar } from '../lib/outputs/calendar';
import { site } from '../data/site';
import { dictionary } from '../lib/i18n/dictionary';

const words = dictionary();

export const GET: APIRoute = async () => textResponse(siteCalendar(await getStatusModel(), site, words), 'text/calendar');
