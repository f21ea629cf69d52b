import type { APIRoute } from 'astro';
import { jsonResponse } from '../../data/responses';
import { getStatusModel } from '../../data/status-model';
import { overallBadge, shieldsEndpoint } from '../../lib/outputs/badges';
import { dictionary } from '../../lib/i18n/dictionary';

const words = dictionary();

export const GET: APIRoute = async () => jsonResponse(shieldsEndpoint(overallBadge((await getStatusModel()).overall, words)));
