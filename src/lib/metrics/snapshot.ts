/**
 * Our metrics snapshot format, version 1: what a producer sends (or what the pull
 * script writes after normalising a Prometheus answer) and what the build reads.
 * `schemas/metrics-snapshot.v1.json` is generated from this schema for producers.
 *
 * Every source is outside input, so the format bounds everything it accepts: a bad
 * answer costs the build a rejected pull, never unbounded memory, time or page size.
 */
import { z } from 'astro/zod';
import { MAX_ID_LENGTH } from '../content/schemas.ts';
import { parseTimestamp, TIMESTAMP_WITH_OFFSET } from '../presentation/time.ts';
import { UPTIME_DAYS } from '../status/uptime.ts';

export const METRIC_UNITS = ['percent', 'milliseconds', 'seconds', 'count', 'per_second'] as const;
export type MetricUnit = (typeof METRIC_UNITS)[number];

/** Ten times the sample's 16 series: room for a large catalogue, yet bounded. */
export const MAX_SERIES = 100;
/** A component page draws two charts and 90 days of figures per series it has. */
export const MAX_SERIES_PER_COMPONENT = 8;
/** The 90-day window plus ten days for producers that align days differently or send a partial today. */
export const MAX_DAILY_POINTS = UPTIME_DAYS + 10;
/**
 * The last 24 hours at 15-minute steps. The recent chart is about 260 pixels wide, so
 * finer steps add nothing a reader can see, only page weight.
 */
export const MAX_RECENT_POINTS = 96;
export const MAX_METRIC_ID_LENGTH = 64;
export const MAX_LABEL_LENGTH = 80;

const WEEK_S = 7 * 86_400;
/**
 * The values each unit can sanely take. Durations stop at a week: a status page's
 * latencies and delays are far below that, so more is a broken producer.
 */
const VALUE_RANGE: Record<MetricUnit, { min: number; max: number }> = {
  percent: { min: 0, max: 100 },
  milliseconds: { min: 0, max: WEEK_S * 1000 },
  seconds: { min: 0, max: WEEK_S },
  count: { min: 0, max: Number.MAX_SAFE_INTEGER },
  per_second: { min: 0, max: Number.MAX_SAFE_INTEGER },
};

/**
 * How far a producer's clock may run ahead of the build's. NTP keeps hosts within a
 * second; five minutes is the usual tolerance (Kerberos' default). A later time is a
 * wrong clock or a made-up date, which would read "just now" forever.
 */
export const CLOCK_SKEW_MS = 5 * 60_000;
/** Figures generated before the uptime window say nothing about the days the page shows. */
export const MAX_SNAPSHOT_AGE_MS = UPTIME_DAYS * 86_400_000;

/**
 * The most text a snapshot is read up to. The largest document the bounds allow (100
 * series of 100 + 96 points, nanosecond timestamps with offsets, 17-digit values,
 * the longest ids and labels) is 1.2 MB compact and 2.7 MB indented by four spaces.
 * 8 MiB leaves room for any layout and still bounds what one pull holds in memory.
 */
export const MAX_SNAPSHOT_BYTES = 8 * 1024 * 1024;

const isoTimestamp = z
  .string()
  .regex(TIMESTAMP_WITH_OFFSET, 'must be an ISO 8601 date-time with an offset or Z, like 2026-11-27T00:00:00Z')
  .refine((text) => parseTimestamp(text).ok, {
    message: 'is not a real date and time',
  })
  .describe('ISO 8601 date-time with an offset or Z');

const point = z
  .tuple([isoTimestamp, z.number().min(0).max(Number.MAX_SAFE_INTEGER).nullable()])
  .describe('[time, value]; null where the source had no data');

const UNIT_RANGES = METRIC_UNITS.map((unit) => `${unit} ${VALUE_RANGE[unit].min} to ${VALUE_RANGE[unit].max}`).join(', ');

const metricSeriesSchema = z
  .strictObject({
    component: z.string().min(1).max(MAX_ID_LENGTH).describe('Component id from content/components.yaml'),
    metric: z
      .string()
      .max(MAX_METRIC_ID_LENGTH)
      .regex(/^[a-z0-9][a-z0-9_]*$/, 'use lowercase letters, digits and underscores, like delivery_rate')
      .describe('Metric id, unique per component'),
    label: z.string().min(1).max(MAX_LABEL_LENGTH).describe('What readers see, like "Delivered within 60 s"'),
    unit: z.enum(METRIC_UNITS).describe(`Values must lie in the unit's range: ${UNIT_RANGES}`),
    daily: z.array(point).max(MAX_DAILY_POINTS).describe('One point per UTC day, oldest first, for up to 90 days'),
    recent: z.array(point).max(MAX_RECENT_POINTS).default([]).describe('Finer points over the last day, oldest first'),
  })
  .superRefine((series, context) => {
    const range = VALUE_RANGE[series.unit];
    for (const key of ['daily', 'recent'] as const) {
      series[key].forEach(([, value], index) => {
        if (value !== null && (value < range.min || value > range.max)) {
          context.addIssue({ code: 'custom', path: [key, index, 1], message: `is outside ${range.min} to ${range.max}, the range of ${series.unit}` });
        }
      });
    }
  });

export const metricsSnapshotSchema = z.strictObject({
  version: z.literal(1),
  generatedAt: isoTimestamp.describe('When the source produced these figures: not in the future, nor before the 90-day window'),
  series: z.array(metricSeriesSchema).max(MAX_SERIES),
});

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
