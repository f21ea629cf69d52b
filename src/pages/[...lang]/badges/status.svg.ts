import type { APIRoute } from 'astro';
import { textResponse } from '../../../data/responses';
import { getStatusModel } from '../../../data/status-model';
import { badgeSvg, overallBadge } from '../../../lib/outputs/badges';
import { languagePaths } from '../../../data/languages';

export const getStaticPaths = languagePaths;

export const GET: APIRoute = async () => textResponse(badgeSvg(overallBadge((await getStatusModel()).overall)), 'image/svg+xml');
