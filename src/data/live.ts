/**
 * Whether `astro dev` runs the site's modules, as a live preview: the writer saves files
 * while it runs (`src/integrations/live-preview.ts` sets it; src/data/live-preview.ts
 * says what changes).
 */
export const LIVE: boolean = import.meta.env.STATUSWIRE_LIVE_PREVIEW === true;
