/**
 * Every content schema in one place. The build gate (`src/lib/content-check.ts`) and
 * Astro's collections (`src/content.config.ts`) both validate with these, so a file
 * that passes one passes the other.
 */
import { z } from 'astro/zod';
import { parseTimestamp } from './time.ts';
import {
  IMPACTS,
  INCIDENT_COMPONENT_STATUSES,
  INCIDENT_STATUSES,
  MAINTENANCE_STATUSES,
} from './types.ts';

/** What cross-file rules need: the known component ids and the build clock. */
export interface SchemaContext {
  componentIds: readonly string[];
  now: Date;
}

const ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;

const id = z
  .string()
  .regex(ID_PATTERN, 'use lowercase letters, digits and hyphens only, like "sms-smartfren"');

const text = z.string().trim().min(1, 'must not be empty');

/** A date-time read from the text the writer typed, never from a YAML timestamp guess. */
export const timestamp = z.string().transform((value, ctx) => {
  const result = parseTimestamp(value);
  if (!result.ok) {
    ctx.addIssue({ code: 'custom', message: result.reason });
    return z.NEVER;
  }
  return result.date;
});

/**
 * Each rule sits on the smallest schema that can judge it, so one mistake does not
 * hide the others: zod skips an object's refinements once any field inside failed.
 */
function updateSchema<const S extends readonly [string, ...string[]]>(statuses: S, now: Date) {
  return z.strictObject({
    at: timestamp.refine((date) => date.getTime() <= now.getTime(), {
      message: `this time is in the future (build clock ${now.toISOString()}); an update records what already happened, so give the time it was posted`,
    }),
    status: z.enum(statuses),
    message: text.max(4000, 'keep an update under 4,000 characters; put the analysis in the body'),
  });
}

/** Oldest first, each later than the one before; `final` only as the last update. */
function timeline<const S extends readonly [string, ...string[]]>(statuses: S, final: S[number], now: Date) {
  return z.array(updateSchema(statuses, now)).superRefine((updates, ctx) => {
    updates.forEach((update, index) => {
      const previous = updates[index - 1];
      if (previous && update.at.getTime() <= previous.at.getTime()) {
        ctx.addIssue({
          code: 'custom',
          path: [index, 'at'],
          message: `update ${index + 1} is not later than update ${index}; list updates oldest first, each later than the one before`,
        });
      }
      if (update.status === final && index !== updates.length - 1) {
        ctx.addIssue({
          code: 'custom',
          path: [index, 'status'],
          message: `"${final}" must be the last update; change this status or move the later updates before it`,
        });
      }
    });
  });
}

function knownComponent(componentIds: readonly string[]) {
  return id.refine((value) => componentIds.includes(value), {
    error: (issue) =>
      `unknown component "${String(issue.input)}"; use one of the ids in content/components.yaml: ${componentIds.join(', ')}`,
  });
}

export function incidentSchema(context: SchemaContext) {
  return z.strictObject({
    title: text.max(200, 'keep the title under 200 characters'),
    impact: z.enum(IMPACTS),
    components: z
      .array(z.strictObject({ id: knownComponent(context.componentIds), status: z.enum(INCIDENT_COMPONENT_STATUSES) }))
      .superRefine((components, ctx) => {
        components.forEach((component, index) => {
          if (components.findIndex((other) => other.id === component.id) !== index) {
            ctx.addIssue({
              code: 'custom',
              path: [index, 'id'],
              message: `component "${component.id}" is listed twice; list each affected component once`,
            });
          }
        });
      })
      .default([]),
    updates: timeline(INCIDENT_STATUSES, 'resolved', context.now).min(1, 'add at least one update'),
  });
}

export function maintenanceSchema(context: SchemaContext) {
  return z.strictObject({
    title: text.max(200, 'keep the title under 200 characters'),
    components: z.array(knownComponent(context.componentIds)).min(1, 'list at least one component id'),
    window: z
      .strictObject({ start: timestamp, end: timestamp })
      .refine((window) => window.end.getTime() > window.start.getTime(), {
        path: ['end'],
        message: 'the window must end after it starts; set end later than start',
      }),
    updates: timeline(MAINTENANCE_STATUSES, 'completed', context.now).default([]),
  });
}

export const componentsFileSchema = z
  .strictObject({
    groups: z
      .array(
        z.strictObject({
          id,
          name: text,
          description: text.optional(),
          components: z
            .array(z.strictObject({ id, name: text, description: text.optional() }))
            .min(1, 'a group needs at least one component'),
        }),
      )
      .min(1, 'add at least one group'),
  })
  .superRefine((file, ctx) => {
    // Groups share the id space of components: the Statuspage API lists both as component rows.
    const seen = new Set<string>();
    file.groups.forEach((group, groupIndex) => {
      if (seen.has(group.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['groups', groupIndex, 'id'],
          message: `group id "${group.id}" is already used; every group and component needs its own id`,
        });
      }
      seen.add(group.id);
      group.components.forEach((component, index) => {
        if (seen.has(component.id)) {
          ctx.addIssue({
            code: 'custom',
            path: ['groups', groupIndex, 'components', index, 'id'],
            message: `component id "${component.id}" is used twice; every component needs its own id`,
          });
        }
        seen.add(component.id);
      });
    });
  });

export type ComponentsFile = z.output<typeof componentsFileSchema>;
export type IncidentData = z.output<ReturnType<typeof incidentSchema>>;
export type MaintenanceData = z.output<ReturnType<typeof maintenanceSchema>>;
