import type { APIRoute } from 'astro';
import { textResponse } from '../../../data/responses';
import { getStatusModel } from '../../../data/status-model';
import { badgeSvg, overallBadge } from '../../../lib/outputs/badges';
import { languagePaths } from '../../../data/languages';

export const getStaticPaths = languagePaths;

export const GET: APIRoute = async ({ locals }) => textResponse(badgeSvg(overallBadge((await getStatusModel()).overall, locals.language.words)), 'image/svg+xml');
