// Astro's own module for defineCollection: `astro:content`, which re-exports it, exists
// only inside Vite, and through it syncing content loaded Astro's whole page-rendering runtime.
import { defineCollection } from 'astro/content/config';
import { readComponentsFile, readSiteConfig } from './content-files.ts';
import { mdxEntries } from './mdx-loader.ts';
import { buildClock } from '../lib/status/clock.ts';
import { componentIds, incidentSchema, maintenanceSchema, type SchemaContext } from '../lib/content/schemas.ts';

/**
 * The incidents and maintenance collections (src/content.config.ts says how Astro gets
 * them). `live` is true under `astro dev`: a build judges every entry at one clock,
 * while a live preview judges a saved entry when it is read, so an update written a
 * moment ago is not "in the future".
 */
export function contentCollections(live: boolean) {
  const contextNow = (): SchemaContext => ({ componentIds: componentIds(readComponentsFile()), now: buildClock(), languages: readSiteConfig().languages });
  const context = contextNow();
  const incidents = live ? () => incidentSchema(contextNow()) : () => incidentSchema(context);
  const maintenance = live ? () => maintenanceSchema(contextNow()) : () => maintenanceSchema(context);
  return {
    incidents: defineCollection({ loader: mdxEntries('content/incidents', incidents), schema: live ? incidents : incidents() }),
    maintenance: defineCollection({ loader: mdxEntries('content/maintenance', maintenance), schema: live ? maintenance : maintenance() }),
  };
}
