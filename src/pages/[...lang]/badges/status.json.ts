import type { APIRoute } from 'astro';
import { jsonResponse } from '../../../data/responses';
import { getStatusModel } from '../../../data/status-model';
import { overallBadge, shieldsEndpoint } from '../../../lib/outputs/badges';
import { languagePaths } from '../../../data/languages';

export const getStaticPaths = languagePaths;

export const GET: APIRoute = async ({ locals }) => jsonResponse(shieldsEndpoint(overallBadge((await getStatusModel()).overall, locals.language.words)));
