import type { MetricPoint, MetricSeries, MetricsSnapshot } from '../../src/lib/metrics/snapshot';

/** A daily series of `values`, the last one on the day of `end`. */
export function dailySeries(component: string, metric: string, values: (number | null)[], end: Date, recent: MetricPoint[] = []): MetricSeries {
  const endDay = Date.UTC(end.getUTCFullYear(), end.getUTCMonth(), end.getUTCDate());
  return {
    component,
    metric,
    label: `${metric} of ${component}`,
    unit: 'percent',
    daily: values.map((value, index): MetricPoint => [new Date(endDay - (values.length - 1 - index) * 86_400_000).toISOString(), value]),
    recent,
  };
}

export function snapshotOf(series: MetricSeries[], generatedAt: Date): MetricsSnapshot {
  return { version: 1, generatedAt: generatedAt.toISOString(), series };
}

/** content/site.yaml's text `settings` with a JSON metrics source at `url`, and its time limit when given. */
export function withJsonMetricsSource(settings: string, url: string, timeoutSeconds?: number): string {
  const limit = timeoutSeconds === undefined ? '' : `    timeoutSeconds: ${timeoutSeconds}\n`;
  return `${settings}metrics:\n  source:\n    kind: json\n    url: "${url}"\n${limit}`;
}
