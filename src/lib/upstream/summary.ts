/**
 * The Statuspage v2 summary (`<page>/api/v2/summary.json`) as an upstream sends it:
 * Atlassian Statuspage, the many services that copy its API, and StatusWire itself.
 * Only the fields the page shows are kept; every count and string is bounded, so a
 * hostile or broken upstream costs a rejected pull, never memory, time or page size.
 */
import { z } from 'astro/zod';
import { COMPONENT_STATUSES, INCIDENT_STATUSES, MAINTENANCE_STATUSES } from '../content/types.ts';

/**
 * The most text one summary is read up to. A real page of 300 components with a few
 * open incidents is about 200 KB; 4 MiB leaves room for the largest and still bounds
 * what ten pulls hold in memory at once.
 */
export const MAX_SUMMARY_BYTES = 4 * 1024 * 1024;
/** Ten times a large real page (Twilio lists a few hundred). */
export const MAX_UPSTREAM_COMPONENTS = 3000;
/** Open incidents and listed maintenance; a page with more is broken, not busy. */
export const MAX_UPSTREAM_EVENTS = 200;
const MAX_UPSTREAM_ID_LENGTH = 100;
const MAX_UPSTREAM_NAME_LENGTH = 255;

const timestamp = z.iso.datetime({ offset: true });
const id = z.string().min(1).max(MAX_UPSTREAM_ID_LENGTH);
const name = z.string().min(1).max(MAX_UPSTREAM_NAME_LENGTH);
/** Statuspage adds `postmortem` after `resolved`; neither is unresolved. */
const UPSTREAM_INCIDENT_STATUSES = [...INCIDENT_STATUSES, 'postmortem'] as const;

const upstreamComponentSchema = z.object({
  id,
  name,
  status: z.enum(COMPONENT_STATUSES),
  group: z.boolean().default(false),
  group_id: id.nullable().default(null),
});

/** Affected components come as whole component rows; only their ids matter here. */
const affectedSchema = z.array(z.object({ id })).max(MAX_UPSTREAM_COMPONENTS).default([]);
const shortlink = z.string().max(500).nullable().default(null);

const upstreamIncidentSchema = z.object({
  id,
  name,
  status: z.enum(UPSTREAM_INCIDENT_STATUSES),
  updated_at: timestamp,
  shortlink,
  components: affectedSchema,
});

const upstreamMaintenanceSchema = z.object({
  id,
  name,
  status: z.enum(MAINTENANCE_STATUSES),
  updated_at: timestamp,
  scheduled_for: timestamp,
  scheduled_until: timestamp,
  shortlink,
  components: affectedSchema,
});

export const upstreamSummarySchema = z.object({
  page: z.object({ id, name, updated_at: timestamp.nullable().default(null) }),
  status: z.object({
    indicator: z.enum(['none', 'minor', 'major', 'critical', 'maintenance']),
    description: z.string().max(MAX_UPSTREAM_NAME_LENGTH),
  }),
  components: z.array(upstreamComponentSchema).max(MAX_UPSTREAM_COMPONENTS),
  incidents: z.array(upstreamIncidentSchema).max(MAX_UPSTREAM_EVENTS).default([]),
  scheduled_maintenances: z.array(upstreamMaintenanceSchema).max(MAX_UPSTREAM_EVENTS).default([]),
});

export type UpstreamSummary = z.output<typeof upstreamSummarySchema>;
export type UpstreamComponent = UpstreamSummary['components'][number];
export type UpstreamIncident = UpstreamSummary['incidents'][number];
export type UpstreamMaintenance = UpstreamSummary['scheduled_maintenances'][number];

/** The first wrong field, like `components[3].status`, for the log; never the value sent. */
export function checkSummary(document: unknown): { ok: true; summary: UpstreamSummary } | { ok: false; detail: string } {
  const parsed = upstreamSummarySchema.safeParse(document);
  if (parsed.success) return { ok: true, summary: parsed.data };
  const issue = parsed.error.issues[0];
  const path = (issue?.path ?? []).reduce<string>(
    (text, part) => (typeof part === 'number' ? `${text}[${part}]` : text ? `${text}.${String(part)}` : String(part)),
    '',
  );
  return { ok: false, detail: `not a Statuspage v2 summary: wrong shape at ${path || 'the top level'}` };
}
