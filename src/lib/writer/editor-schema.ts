/**
 * JSON Schemas of the content files, for editors: generated from the same zod schemas
 * the build validates with, with the component ids of content/components.yaml as an
 * enum so editors can complete them. Rules that need the clock, other updates or other
 * files (order, "resolved" last, no future times, the logo existing) stay with
 * `npm run check`.
 */
import { z } from 'astro/zod';
import { componentsFileSchema, incidentSchema, maintenanceSchema, upstreamsFileSchema } from '../content/schemas.ts';
import { siteConfigSchema } from '../content/site-config.ts';
import { notificationsFileSchema } from '../notify/targets.ts';

export const EDITOR_SCHEMA_FILES = {
  incident: 'schemas/incident-frontmatter.json',
  maintenance: 'schemas/maintenance-frontmatter.json',
  components: 'schemas/components.json',
  site: 'schemas/site.json',
  notifications: 'schemas/notifications.json',
  upstreams: 'schemas/upstreams.json',
} as const;

function jsonSchema(schema: z.ZodType, title: string): Record<string, unknown> {
  // What the writer types (the input side): timestamps are strings, not Dates.
  return { title, ...z.toJSONSchema(schema, { io: 'input' }) };
}

/**
 * content/upstreams.yaml's schema, with our component ids offered where a component of
 * ours is named. The check judges those ids with the other files' references, so the
 * zod schema itself does not need them.
 */
function upstreamsJsonSchema(componentIds: readonly string[]): Record<string, unknown> {
  const schema = jsonSchema(upstreamsFileSchema, 'StatusWire upstream pages (content/upstreams.yaml)');
  const components = (schema.properties as Record<string, { items: { properties: Record<string, Record<string, unknown>> } }>).components;
  components.items.properties.id = { ...components.items.properties.id, enum: [...componentIds] };
  return schema;
}

/** Each file's path and its JSON Schema for the given component ids. */
export function editorSchemas(componentIds: readonly string[]): Record<string, Record<string, unknown>> {
  const context = { componentIds, now: new Date(0) };
  return {
    [EDITOR_SCHEMA_FILES.incident]: jsonSchema(incidentSchema(context), 'StatusWire incident frontmatter'),
    [EDITOR_SCHEMA_FILES.maintenance]: jsonSchema(maintenanceSchema(context), 'StatusWire maintenance frontmatter'),
    [EDITOR_SCHEMA_FILES.components]: jsonSchema(componentsFileSchema, 'StatusWire components (content/components.yaml)'),
    [EDITOR_SCHEMA_FILES.site]: jsonSchema(siteConfigSchema({ publicFileExists: () => true }), 'StatusWire site configuration (content/site.yaml)'),
    [EDITOR_SCHEMA_FILES.notifications]: jsonSchema(notificationsFileSchema, 'StatusWire notification targets (content/notifications.yaml)'),
    [EDITOR_SCHEMA_FILES.upstreams]: upstreamsJsonSchema(componentIds),
  };
}
