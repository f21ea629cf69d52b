import type { APIRoute } from 'astro';
import { textResponse } from '../../data/responses';
import { getStatusModel } from '../../data/status-model';
import { badgeSvg, overallBadge } from '../../lib/outputs/badges';
import { dictionary } from '../../lib/i18n/dictionary';

const words = dictionary();

export const GET: APIRoute = async () => textResponse(badgeSvg(overallBadge((await getStatusModel()).overall, words)), 'image/svg+xml');
