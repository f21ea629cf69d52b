import { createRequire } from 'node:module';
import { LIVE } from './data/live';

/**
 * Astro runs this file in a Vite server of its own, which transforms and runs every
 * module it imports again, though the build's content gate has just loaded the same
 * modules with Node: 1,000 incidents spent about a second of each build there. A build
 * therefore asks Node for the collections' module, and gets those very modules back;
 * its imports name their files in full, `.ts` included, as Node requires. Under
 * `astro dev` it goes through Vite, which reloads it when a file of it changes.
 */
type Collections = typeof import('./data/collections.ts');
const { contentCollections }: Collections = LIVE ? await import('./data/collections.ts') : createRequire(import.meta.url)('./data/collections.ts');

export const collections = contentCollections(LIVE);
