/**
 * `content/metrics.yaml`: where metrics come from and which values mark a component
 * as measured-degraded. Without the file, or without a source, the shipped sample is used.
 */
import { z } from 'astro/zod';
import { INCIDENT_COMPONENT_STATUSES } from '../types.ts';
import { METRIC_UNITS } from './snapshot.ts';

const metricId = z.string().regex(/^[a-z0-9][a-z0-9_]*$/, 'use lowercase letters, digits and underscores, like delivery_rate');
const timeoutSeconds = z.number().positive().max(120).default(10);

export const prometheusQuerySchema = z.strictObject({
  component: z.string().min(1),
  metric: metricId,
  label: z.string().min(1),
  unit: z.enum(METRIC_UNITS),
  /** PromQL returning one series; evaluated with /api/v1/query_range. */
  query: z.string().min(1),
});

export const metricsSourceSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('sample') }),
  z.strictObject({ kind: z.literal('json'), url: z.string().min(1), timeoutSeconds }),
  z.strictObject({
    kind: z.literal('prometheus'),
    url: z.string().regex(/^https?:\/\//, 'give the Prometheus base URL, like http://prometheus:9090'),
    timeoutSeconds,
    queries: z.array(prometheusQuerySchema).min(1, 'list at least one query'),
  }),
]);

export const thresholdRuleSchema = z
  .strictObject({
    status: z.enum(INCIDENT_COMPONENT_STATUSES),
    below: z.number().optional(),
    above: z.number().optional(),
  })
  .refine((rule) => (rule.below === undefined) !== (rule.above === undefined), {
    message: 'give exactly one of below or above',
  });

export const thresholdSchema = z.strictObject({
  component: z.string().min(1),
  metric: metricId,
  rules: z.array(thresholdRuleSchema).min(1),
});

export const metricsConfigSchema = z.strictObject({
  source: metricsSourceSchema.default({ kind: 'sample' }),
  thresholds: z.array(thresholdSchema).default([]),
});

export type MetricsSource = z.output<typeof metricsSourceSchema>;
export type PrometheusQuery = z.output<typeof prometheusQuerySchema>;
export type Threshold = z.output<typeof thresholdSchema>;
export type ThresholdRule = z.output<typeof thresholdRuleSchema>;
export type MetricsConfig = z.output<typeof metricsConfigSchema>;

/**
 * METRICS_URL overrides the configured location: a Prometheus base URL when the
 * config names Prometheus, otherwise a document in our format (URL or local path).
 */
export function resolveSource(config: MetricsConfig, metricsUrl: string | undefined): MetricsSource {
  if (!metricsUrl) return config.source;
  if (config.source.kind === 'prometheus') return { ...config.source, url: metricsUrl };
  return { kind: 'json', url: metricsUrl, timeoutSeconds: config.source.kind === 'json' ? config.source.timeoutSeconds : 10 };
}
