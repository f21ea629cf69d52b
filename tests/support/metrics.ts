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
