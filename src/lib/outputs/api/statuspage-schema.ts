/**
 * The documents of Atlassian Statuspage's public v2 API, as StatusWire serves them:
 * same field names, enums and nesting, so widgets and bots written for Statuspage read
 * them unchanged. Tests validate every generated document against these schemas.
 */
import { z } from 'astro/zod';
import type { ApiDocumentName } from '../urls.ts';
import { COMPONENT_STATUSES, IMPACTS, INCIDENT_STATUSES, MAINTENANCE_STATUSES } from '../../content/types.ts';

/** ISO 8601 with an offset (`Z` or `+07:00`), as Statuspage writes every time. */
const timestamp = z.iso.datetime({ offset: true });
const id = z.string().min(1);

const pageSchema = z.strictObject({
  id,
  name: z.string().min(1),
  url: z.url(),
  time_zone: z.string().min(1),
  updated_at: timestamp,
});

const statusSchema = z.strictObject({
  indicator: z.enum(['none', 'minor', 'major', 'critical', 'maintenance']),
  description: z.string().min(1),
});

const componentFields = {
  id,
  name: z.string().min(1),
  status: z.enum(COMPONENT_STATUSES),
  created_at: timestamp,
  updated_at: timestamp,
  position: z.number().int().positive(),
  description: z.string().nullable(),
  showcase: z.boolean(),
  start_date: z.iso.date().nullable(),
  page_id: id,
  only_show_if_degraded: z.boolean(),
};

/** Statuspage lists groups as component rows too: `group: true` and their children's ids. */
const componentSchema = z.discriminatedUnion('group', [
  z.strictObject({ ...componentFields, group: z.literal(false), group_id: id.nullable() }),
  z.strictObject({ ...componentFields, group: z.literal(true), group_id: z.null(), components: z.array(id).min(1) }),
]);

const affectedComponentSchema = z.strictObject({
  code: id,
  name: z.string().min(1),
  old_status: z.enum(COMPONENT_STATUSES),
  new_status: z.enum(COMPONENT_STATUSES),
});

function updateSchema<const S extends readonly [string, ...string[]]>(statuses: S) {
  return z.strictObject({
    id,
    status: z.enum(statuses),
    body: z.string(),
    incident_id: id,
    created_at: timestamp,
    updated_at: timestamp,
    display_at: timestamp,
    affected_components: z.array(affectedComponentSchema).nullable(),
    deliver_notifications: z.boolean(),
    custom_tweet: z.string().nullable(),
    tweet_id: z.string().nullable(),
  });
}

/** Statuspage lists updates newest first; a client showing `incident_updates[0]` shows the latest. */
function newestFirst<T extends { created_at: string }>(updates: readonly T[]): boolean {
  return updates.every((update, index) => {
    const next = updates[index + 1];
    return !next || Date.parse(update.created_at) >= Date.parse(next.created_at);
  });
}

const eventFields = {
  id,
  name: z.string().min(1),
  created_at: timestamp,
  updated_at: timestamp,
  monitoring_at: timestamp.nullable(),
  resolved_at: timestamp.nullable(),
  shortlink: z.url(),
  started_at: timestamp,
  page_id: id,
  components: z.array(componentSchema),
};

const incidentSchema = z.strictObject({
  ...eventFields,
  status: z.enum(INCIDENT_STATUSES),
  impact: z.enum(IMPACTS),
  incident_updates: z.array(updateSchema(INCIDENT_STATUSES)).refine(newestFirst, 'incident_updates must be newest first'),
});

const scheduledMaintenanceSchema = z.strictObject({
  ...eventFields,
  status: z.enum(MAINTENANCE_STATUSES),
  impact: z.literal('maintenance'),
  incident_updates: z.array(updateSchema(MAINTENANCE_STATUSES)).refine(newestFirst, 'incident_updates must be newest first'),
  scheduled_for: timestamp,
  scheduled_until: timestamp,
});

const summaryDocumentSchema = z.strictObject({
  page: pageSchema,
  status: statusSchema,
  components: z.array(componentSchema),
  incidents: z.array(incidentSchema),
  scheduled_maintenances: z.array(scheduledMaintenanceSchema),
});

const statusDocumentSchema = z.strictObject({ page: pageSchema, status: statusSchema });
const componentsDocumentSchema = z.strictObject({ page: pageSchema, components: z.array(componentSchema) });
const incidentsDocumentSchema = z.strictObject({ page: pageSchema, incidents: z.array(incidentSchema) });
const scheduledMaintenancesDocumentSchema = z.strictObject({
  page: pageSchema,
  scheduled_maintenances: z.array(scheduledMaintenanceSchema),
});

export type StatuspagePage = z.output<typeof pageSchema>;
export type StatuspageComponent = z.output<typeof componentSchema>;
export type StatuspageIncident = z.output<typeof incidentSchema>;
export type StatuspageScheduledMaintenance = z.output<typeof scheduledMaintenanceSchema>;

/** Each document's schema, by the name `statuspageApi()` and `API_PATHS` give it. */
export const apiDocumentSchemas = {
  summary: summaryDocumentSchema,
  status: statusDocumentSchema,
  components: componentsDocumentSchema,
  incidents: incidentsDocumentSchema,
  unresolvedIncidents: incidentsDocumentSchema,
  scheduledMaintenances: scheduledMaintenancesDocumentSchema,
  upcomingMaintenances: scheduledMaintenancesDocumentSchema,
  activeMaintenances: scheduledMaintenancesDocumentSchema,
} as const satisfies Record<ApiDocumentName, z.ZodType>;

export type StatuspageApi = { [Name in ApiDocumentName]: z.output<(typeof apiDocumentSchemas)[Name]> };
