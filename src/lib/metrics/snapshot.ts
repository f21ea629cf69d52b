/**
 * Our metrics snapshot format, version 1: what a producer sends (or what the pull
 * script writes after normalising a Prometheus answer) and what the build reads.
 * `schemas/metrics-snapshot.v1.json` is generated from this schema for producers.
 */
import { z } from 'astro/zod';
import { parseTimestamp, TIMESTAMP_WITH_OFFSET } from '../time.ts';

export const METRIC_UNITS = ['percent', 'milliseconds', 'seconds', 'count', 'per_second'] as const;
export type MetricUnit = (typeof METRIC_UNITS)[number];

const isoTimestamp = z
  .string()
  .regex(TIMESTAMP_WITH_OFFSET, 'must be an ISO 8601 date-time with an offset or Z, like 2026-11-27T00:00:00Z')
  .refine((text) => parseTimestamp(text).ok, {
    message: 'is not a real date and time',
  })
  .describe('ISO 8601 date-time with an offset or Z');

const point = z
  .tuple([isoTimestamp, z.number().nullable()])
  .describe('[time, value]; null where the source had no data');

export const metricSeriesSchema = z.strictObject({
  component: z.string().min(1).describe('Component id from content/components.yaml'),
  metric: z
    .string()
    .regex(/^[a-z0-9][a-z0-9_]*$/, 'use lowercase letters, digits and underscores, like delivery_rate')
    .describe('Metric id, unique per component'),
  label: z.string().min(1).describe('What readers see, like "Delivered within 60 s"'),
  unit: z.enum(METRIC_UNITS),
  daily: z.array(point).describe('One point per UTC day, oldest first, for up to 90 days'),
  recent: z.array(point).default([]).describe('Finer points over the last day, oldest first'),
});

export const metricsSnapshotSchema = z.strictObject({
  version: z.literal(1),
  generatedAt: isoTimestamp.describe('When the source produced these figures'),
  series: z.array(metricSeriesSchema),
});

export type MetricSeriesInput = z.input<typeof metricSeriesSchema>;
export type MetricsSnapshot = z.output<typeof metricsSnapshotSchema>;
export type MetricSeries = MetricsSnapshot['series'][number];
export type MetricPoint = MetricSeries['daily'][number];

/** The JSON Schema producers validate against, derived so it can never drift. */
export function metricsSnapshotJsonSchema(): Record<string, unknown> {
  return {
    $id: 'https://statuswire.dev/schemas/metrics-snapshot.v1.json',
    title: 'StatusWire metrics snapshot, version 1',
    ...z.toJSONSchema(metricsSnapshotSchema, { io: 'input' }),
  };
}
