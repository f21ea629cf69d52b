// Astro's own module for defineCollection, which astro:content re-exports: through the
// virtual module, syncing content also loaded Astro's whole page-rendering runtime into
// Vite's module runner (60 modules, 1 MB of code): 0.6-0.9 s of every build here.
import { defineCollection } from 'astro/content/config';
import { readComponentsFile, readSiteConfig } from './data/content-files';
import { LIVE } from './data/live-preview';
import { mdxEntries } from './data/mdx-loader';
import { buildClock } from './lib/status/clock';
import { componentIds, incidentSchema, maintenanceSchema, type SchemaContext } from './lib/content/schemas';

const contextNow = (): SchemaContext => ({ componentIds: componentIds(readComponentsFile()), now: buildClock(), languages: readSiteConfig().languages });
const context = contextNow();

// A build judges every entry at one clock. Under `astro dev` a saved entry is judged
// when it is read, so an update written a moment ago is not "in the future".
const incidents = LIVE ? () => incidentSchema(contextNow()) : () => incidentSchema(context);
const maintenance = LIVE ? () => maintenanceSchema(contextNow()) : () => maintenanceSchema(context);

export const collections = {
  incidents: defineCollection({ loader: mdxEntries('content/incidents', incidents), schema: LIVE ? incidents : incidents() }),
  maintenance: defineCollection({ loader: mdxEntries('content/maintenance', maintenance), schema: LIVE ? maintenance : maintenance() }),
};
