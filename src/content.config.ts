import { defineCollection } from 'astro:content';
import { readComponentsFile } from './data/content-files';
import { mdxEntries } from './data/mdx-loader';
import { buildClock } from './lib/status/clock';
import { componentIds, incidentSchema, maintenanceSchema, type SchemaContext } from './lib/content/schemas';

const context: SchemaContext = { componentIds: componentIds(readComponentsFile()), now: buildClock() };

export const collections = {
  incidents: defineCollection({ loader: mdxEntries('content/incidents'), schema: incidentSchema(context) }),
  maintenance: defineCollection({ loader: mdxEntries('content/maintenance'), schema: maintenanceSchema(context) }),
};
