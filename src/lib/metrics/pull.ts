/**
 * One pull of the metrics source. Failure is normal: every way a source can fail
 * comes back as a short reason for readers and a one-line detail for the log, never
 * as a thrown error, so the build can go on with the last good snapshot.
 */
import { fieldName } from '../content-check.ts';
import type { MetricsSource } from './config.ts';
import { fetchPrometheusSeries, PrometheusAnswerError } from './prometheus.ts';
import { metricsSnapshotSchema, type MetricsSnapshot } from './snapshot.ts';

export type PullOutcome =
  | { ok: true; snapshot: MetricsSnapshot }
  | { ok: false; reason: string; detail: string };

export interface PullDependencies {
  now: Date;
  componentIds: readonly string[];
  /** GET with a time limit; rejects on network errors, a time-out or a non-2xx answer. */
  fetchText(url: string, timeoutMs: number): Promise<string>;
  readText(path: string): Promise<string>;
  sample(): MetricsSnapshot;
}

/** An HTTP answer that was not 2xx. */
export class HttpStatusError extends Error {
  readonly status: number;
  constructor(status: number) {
    super(`HTTP ${status}`);
    this.status = status;
  }
}

/** The source as the log names it: where, never credentials in the URL. */
export function describeSource(source: MetricsSource): string {
  if (source.kind === 'sample') return 'sample metrics (content/metrics-sample.yaml)';
  const location = /^https?:\/\//.test(source.url) ? redact(source.url) : source.url;
  return `${source.kind} source ${location}`;
}

function redact(url: string): string {
  const parsed = new URL(url);
  parsed.username = '';
  parsed.password = '';
  return parsed.toString();
}

function failure(error: unknown, timeoutMs: number): { reason: string; detail: string } {
  if (error instanceof HttpStatusError) return { reason: `the source answered HTTP ${error.status}`, detail: `answered HTTP ${error.status}` };
  if (error instanceof PrometheusAnswerError) return { reason: 'the source sent an answer in the wrong shape', detail: error.message };
  if (error instanceof SyntaxError) return { reason: 'the source sent invalid JSON', detail: `invalid JSON: ${error.message}` };
  const name = error instanceof Error ? error.name : '';
  if (name === 'TimeoutError' || name === 'AbortError') {
    return { reason: 'the source did not answer', detail: `no answer within ${timeoutMs / 1000} s` };
  }
  const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : '';
  const message = error instanceof Error ? `${error.message}${cause}` : String(error);
  return { reason: 'the source could not be reached', detail: `could not be reached (${message})` };
}

/** Validates a document in our format, naming the first wrong field. */
export function validateSnapshot(
  document: unknown,
  componentIds: readonly string[],
): { ok: true; snapshot: MetricsSnapshot } | { ok: false; detail: string } {
  const parsed = metricsSnapshotSchema.safeParse(document);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return { ok: false, detail: `wrong shape at ${fieldName(issue.path) || 'the top level'}: ${issue.message}` };
  }
  const unknown = parsed.data.series.findIndex((series) => !componentIds.includes(series.component));
  if (unknown !== -1) {
    return {
      ok: false,
      detail: `wrong shape at series[${unknown}].component: unknown component "${parsed.data.series[unknown]!.component}"`,
    };
  }
  const seen = new Set<string>();
  for (const [index, series] of parsed.data.series.entries()) {
    const key = `${series.component}/${series.metric}`;
    if (seen.has(key)) return { ok: false, detail: `wrong shape at series[${index}]: ${key} appears twice` };
    seen.add(key);
  }
  return { ok: true, snapshot: parsed.data };
}

export async function pullMetrics(source: MetricsSource, deps: PullDependencies): Promise<PullOutcome> {
  if (source.kind === 'sample') return { ok: true, snapshot: deps.sample() };
  const timeoutMs = source.timeoutSeconds * 1000;
  let document: unknown;
  try {
    if (source.kind === 'json') {
      const text = /^https?:\/\//.test(source.url) ? await deps.fetchText(source.url, timeoutMs) : await deps.readText(source.url);
      document = JSON.parse(text);
    } else {
      const fetchJson = async (url: string) => JSON.parse(await deps.fetchText(url, timeoutMs)) as unknown;
      const series = await Promise.all(source.queries.map((query) => fetchPrometheusSeries(source.url, query, deps.now, fetchJson)));
      document = { version: 1, generatedAt: deps.now.toISOString(), series };
    }
  } catch (error) {
    return { ok: false, ...failure(error, timeoutMs) };
  }
  const checked = validateSnapshot(document, deps.componentIds);
  if (!checked.ok) return { ok: false, reason: 'the source sent data in the wrong shape', detail: checked.detail };
  return { ok: true, snapshot: checked.snapshot };
}
