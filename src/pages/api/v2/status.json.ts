import type { APIRoute } from 'astro';
import { apiDocumentResponse } from '../../../data/statuspage-api';

export const GET: APIRoute = () => apiDocumentResponse('status');
