import type { APIRoute, GetStaticPaths } from 'astro';
import { languages } from '../data/languages';
import { publicEntries } from '../data/public-files';
import { textResponse } from '../data/responses';
import { headersFile } from '../lib/outputs/hosting';
import { STYLESHEET } from '../data/stylesheet';

// Astro routes no file whose name starts with `_`, so the name comes in as a parameter.
export const getStaticPaths = (() => [{ params: { headers: '_headers' } }]) satisfies GetStaticPaths;

export const GET: APIRoute = async () => textResponse(headersFile(await publicEntries(), languages, STYLESHEET.hash), 'text/plain');
