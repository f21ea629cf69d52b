/**
 * Prometheus' HTTP query API (also spoken by Thanos, Mimir and VictoriaMetrics):
 * one `query_range` per series at a daily step over 90 days, and one at an hourly
 * step over the last day. Each step is evaluated at the end of the day or hour it
 * describes, so a query whose range selector matches the step (`[1d]`, `[1h]`) sees
 * exactly that period; the point is then labelled with the period's start.
 */
import { z } from 'astro/zod';
import { startOfUtcDay } from '../presentation/time.ts';
import { UPTIME_DAYS } from '../status/uptime.ts';
import type { PrometheusQuery } from './config.ts';
import type { MetricPoint, MetricSeries } from './snapshot.ts';

const DAY_S = 86_400;
const HOUR_S = 3_600;

/**
 * The largest answer read. One aggregated series of at most 90 points is a few KB;
 * 1 MiB leaves room for long label sets and still stops an unaggregated query's
 * thousands of series before they are parsed.
 */
export const MAX_ANSWER_BYTES = 1024 * 1024;

const queryRangeResponseSchema = z.object({
  status: z.literal('success'),
  data: z.object({
    resultType: z.literal('matrix'),
    // Only the values are read: the series' labels are the source's text and never shown.
    result: z.array(z.object({ values: z.array(z.tuple([z.number(), z.string()])) })),
  }),
});

interface RangeRequest {
  start: number;
  end: number;
  step: number;
}

/** Evaluation times: the ends of the last 90 whole days and of the last 24 whole hours. */
export function rangesFor(now: Date): { daily: RangeRequest; recent: RangeRequest } {
  const today = startOfUtcDay(now).getTime() / 1000;
  const hour = Math.floor(now.getTime() / 1000 / HOUR_S) * HOUR_S;
  return {
    daily: { start: today - (UPTIME_DAYS - 1) * DAY_S, end: today, step: DAY_S },
    recent: { start: hour - 23 * HOUR_S, end: hour, step: HOUR_S },
  };
}

export function queryRangeUrl(base: string, query: string, range: RangeRequest): string {
  const url = new URL('api/v1/query_range', base.endsWith('/') ? base : `${base}/`);
  url.searchParams.set('query', query);
  url.searchParams.set('start', String(range.start));
  url.searchParams.set('end', String(range.end));
  url.searchParams.set('step', `${range.step}s`);
  return url.toString();
}

export class PrometheusAnswerError extends Error {}

/**
 * The points of a one-series answer, each labelled `step` seconds before it was
 * evaluated; an aggregated query must return exactly one series.
 */
export function parseQueryRange(body: unknown, query: string, step: number): MetricPoint[] {
  const parsed = queryRangeResponseSchema.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new PrometheusAnswerError(
      `answer to "${query}" is not a query_range matrix (${issue ? `${issue.path.join('.') || 'document'}: ${issue.message}` : 'unknown shape'})`,
    );
  }
  const result = parsed.data.data.result;
  if (result.length > 1) {
    throw new PrometheusAnswerError(`"${query}" returned ${result.length} series; aggregate it to one, for example with sum(...)`);
  }
  return (result[0]?.values ?? []).map(([seconds, value]): MetricPoint => {
    const number = Number(value);
    return [new Date((seconds - step) * 1000).toISOString(), Number.isFinite(number) ? Math.round(number * 10_000) / 10_000 : null];
  });
}

type JsonFetcher = (url: string) => Promise<unknown>;

/** Queries asked at once: enough to be quick, few enough not to crowd the server. */
const CONCURRENT_QUERIES = 4;

/** One series per query, asking at most CONCURRENT_QUERIES queries at a time. */
export async function fetchAllSeries(
  base: string,
  queries: readonly PrometheusQuery[],
  now: Date,
  fetchJson: JsonFetcher,
): Promise<MetricSeries[]> {
  const series: MetricSeries[] = new Array(queries.length);
  let next = 0;
  const worker = async () => {
    while (next < queries.length) {
      const index = next++;
      series[index] = await fetchPrometheusSeries(base, queries[index]!, now, fetchJson);
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENT_QUERIES, queries.length) }, worker));
  return series;
}

async function fetchPrometheusSeries(
  base: string,
  query: PrometheusQuery,
  now: Date,
  fetchJson: JsonFetcher,
): Promise<MetricSeries> {
  const ranges = rangesFor(now);
  const [daily, recent] = await Promise.all([
    fetchJson(queryRangeUrl(base, query.query, ranges.daily)).then((body) => parseQueryRange(body, query.query, ranges.daily.step)),
    fetchJson(queryRangeUrl(base, query.query, ranges.recent)).then((body) => parseQueryRange(body, query.query, ranges.recent.step)),
  ]);
  return { component: query.component, metric: query.metric, label: query.label, unit: query.unit, daily, recent };
}
