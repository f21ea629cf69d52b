/**
 * Metrics settings: the source's shape (set under `metrics.source` in content/site.yaml)
 * and `content/metrics.yaml`, which says which values mark a component as
 * measured-degraded. Without a source the shipped sample is used.
 */
import { z } from 'astro/zod';
import { withFix } from '../content/fix.ts';
import { INCIDENT_COMPONENT_STATUSES } from '../content/types.ts';
import { MAX_LABEL_LENGTH, MAX_METRIC_ID_LENGTH, MAX_SERIES, METRIC_UNITS } from './snapshot.ts';

const metricId = z.string().max(MAX_METRIC_ID_LENGTH).regex(/^[a-z0-9][a-z0-9_]*$/, 'use lowercase letters, digits and underscores, like delivery_rate');
/** The whole pull's time limit, every request included, so many queries cannot multiply it. */
const timeoutSeconds = z.number().positive().max(120).default(10);

const prometheusQuerySchema = z.strictObject({
  component: z.string().min(1),
  metric: metricId,
  label: z.string().min(1).max(MAX_LABEL_LENGTH),
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
    queries: z.array(prometheusQuerySchema).min(1, 'list at least one query').max(MAX_SERIES, `list at most ${MAX_SERIES} queries, one per series`),
  }),
]);

const thresholdRuleSchema = z
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

/** More than any site lists: a block naming more is a paste gone wrong. */
const MAX_LANGUAGES = 20;

const labelText = z
  .string()
  .min(1, withFix('must not be empty', 'write the label in this language, or leave it out to show the original'))
  .max(MAX_LABEL_LENGTH, withFix(`is longer than ${MAX_LABEL_LENGTH} characters`, 'shorten the label: it heads a chart'));

/**
 * Metric labels in other languages: per language, each label as the source gives it and
 * its translation. Keyed by the label rather than the metric, since one metric name can
 * mean different things on different components (availability is API requests on one,
 * pages served on another); each wording is translated once. Whether the site lists the
 * language, and the source the label, is judged with the other files (`npm run check`).
 */
const labelTranslations = z
  .record(
    z.string(),
    z.strictObject({
      labels: z
        .record(labelText, labelText)
        .refine((labels) => Object.keys(labels).length <= MAX_SERIES, {
          message: withFix(`translates more than ${MAX_SERIES} labels`, 'a source gives at most that many series'),
        }),
    }),
  )
  .refine((block) => Object.keys(block).length <= MAX_LANGUAGES, {
    message: withFix(`names more than ${MAX_LANGUAGES} languages`, "translate into the site's languages only"),
  })
  .optional();

export const metricsConfigSchema = z.strictObject({
  // The source used to be set here. Saying where it went, instead of "unknown field",
  // keeps an upgraded site from dropping the line and quietly showing the sample.
  source: z
    .unknown()
    .refine((value) => value === undefined, {
      message: withFix('the metrics source is now set in content/site.yaml', 'move this block there, under metrics: as source:'),
    })
    .optional(),
  thresholds: z.array(thresholdSchema).default([]),
  /**
   * Figures older than this are shown as stale and set no component's status. Three
   * hours fits a page rebuilt every 10 minutes: an hourly producer may miss two runs
   * before readers are told, yet a figure hours old is never presented as current.
   */
  staleAfterMinutes: z
    .number()
    .multipleOf(1, withFix('must be a whole number of minutes', 'write it like 180 for three hours'))
    .min(1, withFix('must be at least 1 minute', 'write it like 180 for three hours'))
    .max(7 * 24 * 60, withFix('must be at most a week (10080 minutes)', 'write it like 180 for three hours'))
    .default(180),
  translations: labelTranslations,
});

export type MetricsSource = z.output<typeof metricsSourceSchema>;
export type PrometheusQuery = z.output<typeof prometheusQuerySchema>;
export type Threshold = z.output<typeof thresholdSchema>;
export type ThresholdRule = z.output<typeof thresholdRuleSchema>;
export type MetricsConfig = z.output<typeof metricsConfigSchema>;

/**
 * Each translated label that no series of a pulled snapshot carries, by language: the
 * source renamed it, or the key has a slip. Its series, if any, shows the source's words.
 */
export function unusedLabelTranslations(translations: MetricsConfig['translations'], labels: Iterable<string>): { language: string; label: string }[] {
  const given = new Set(labels);
  return Object.entries(translations ?? {}).flatMap(([language, block]) =>
    Object.keys(block?.labels ?? {})
      .filter((label) => !given.has(label))
      .map((label) => ({ language, label })),
  );
}

/**
 * METRICS_URL overrides the configured location: a Prometheus base URL when the
 * source is Prometheus, otherwise a document in our format (URL or local path).
 */
export function resolveSource(source: MetricsSource, metricsUrl: string | undefined): MetricsSource {
  if (!metricsUrl) return source;
  if (source.kind === 'prometheus') return { ...source, url: metricsUrl };
  return { kind: 'json', url: metricsUrl, timeoutSeconds: source.kind === 'json' ? source.timeoutSeconds : 10 };
}
