/**
 * One pull of the metrics source. Failure is normal: every way a source can fail
 * comes back as a short reason for readers and a one-line detail for the log, never
 * as a thrown error, so the build can go on with the last good snapshot. Neither
 * ever quotes what the source sent, nor the source's path, query or credentials.
 */
import { NotAFileError, TooLargeError } from './bounded-read.ts';
import { checkSnapshot } from './check.ts';
import type { MetricsSource } from './config.ts';
import { fetchAllSeries, MAX_ANSWER_BYTES, PrometheusAnswerError } from './prometheus.ts';
import { MAX_SNAPSHOT_BYTES, type MetricsSnapshot } from './snapshot.ts';

type PullOutcome =
  | { ok: true; snapshot: MetricsSnapshot }
  | { ok: false; reason: string; detail: string };

/** The limits of one GET: the pull's deadline, a body ceiling, and headers to send. */
export interface TextRequest {
  signal: AbortSignal;
  maxBytes: number;
  headers: Record<string, string>;
}

export interface PullDependencies {
  now: Date;
  componentIds: readonly string[];
  /** METRICS_TOKEN: sent as a bearer token to HTTP sources. */
  token: string | undefined;
  /** GET within the request's limits; rejects on network errors, the deadline, the ceiling or a non-2xx answer. */
  fetchText(url: string, request: TextRequest): Promise<string>;
  /** A local file's text, refused past `maxBytes`. */
  readText(path: string, maxBytes: number): Promise<string>;
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

/** A failure the pull found itself, with its reason and detail already worded. */
class PullError extends Error {
  readonly reason: string;
  constructor(reason: string, detail: string) {
    super(detail);
    this.reason = reason;
  }
}

const isHttp = (location: string) => /^https?:\/\//i.test(location);

/** The source as logs, the pull report and pages name it: scheme and host at most. */
export function describeSource(source: MetricsSource): string {
  if (source.kind === 'sample') return 'sample metrics (content/metrics-sample.yaml)';
  if (!isHttp(source.url)) return `${source.kind} source (a local file)`;
  if (!URL.canParse(source.url)) return `${source.kind} source (a URL that cannot be parsed)`;
  const { protocol, host } = new URL(source.url);
  return `${source.kind} source ${protocol}//${host}`;
}

/** RFC 6750's token characters: anything else cannot travel in a header, and would be echoed by the error. */
const BEARER_TOKEN = /^[A-Za-z0-9\-._~+/]+=*$/;

function authorization(token: string | undefined): Record<string, string> {
  if (token === undefined || token.trim() === '') return {};
  if (!BEARER_TOKEN.test(token.trim())) {
    throw new PullError('the metrics token is not usable', 'METRICS_TOKEN is not a bearer token: use only letters, digits and -._~+/, then any =');
  }
  return { authorization: `Bearer ${token.trim()}` };
}

/** An error code like ECONNREFUSED: never the message, which may carry a URL or a path. */
function codeOf(error: unknown): string | null {
  const code = error instanceof Error ? (error as { code?: unknown }).code ?? codeOf(error.cause) : null;
  return typeof code === 'string' && /^[A-Z][A-Z0-9_]{1,40}$/.test(code) ? code : null;
}

function failure(error: unknown, timeoutMs: number): { reason: string; detail: string } {
  if (error instanceof PullError) return { reason: error.reason, detail: error.message };
  if (error instanceof HttpStatusError) return { reason: `the source answered HTTP ${error.status}`, detail: `answered HTTP ${error.status}` };
  if (error instanceof TooLargeError) {
    return { reason: 'the source sent more than a snapshot can hold', detail: `sent more than ${error.maxBytes / 1024 / 1024} MiB (counted after decompression)` };
  }
  if (error instanceof PrometheusAnswerError) return { reason: 'the source sent an answer in the wrong shape', detail: error.message };
  if (error instanceof SyntaxError) return { reason: 'the source sent invalid JSON', detail: 'sent invalid JSON' };
  if (error instanceof NotAFileError) return { reason: 'the source could not be read', detail: 'is not a regular file' };
  const name = error instanceof Error ? error.name : '';
  if (name === 'TimeoutError' || name === 'AbortError') {
    return { reason: 'the source did not answer', detail: `no answer within ${timeoutMs / 1000} s` };
  }
  const code = codeOf(error);
  return { reason: 'the source could not be reached', detail: `could not be reached${code ? ` (${code})` : ''}` };
}

/** Checks a document in our format, naming the first wrong field. */
function validateSnapshot(
  document: unknown,
  componentIds: readonly string[],
  now: Date,
): { ok: true; snapshot: MetricsSnapshot } | { ok: false; detail: string } {
  const checked = checkSnapshot(document, now);
  if (!checked.ok) return checked;
  const unknown = checked.snapshot.series.findIndex((series) => !componentIds.includes(series.component));
  if (unknown !== -1) {
    return { ok: false, detail: `wrong shape at series[${unknown}].component: is not a component in content/components.yaml` };
  }
  return checked;
}

async function readDocument(source: Exclude<MetricsSource, { kind: 'sample' }>, deps: PullDependencies, signal: AbortSignal): Promise<unknown> {
  if (source.kind === 'json' && !isHttp(source.url)) return JSON.parse(await deps.readText(source.url, MAX_SNAPSHOT_BYTES));
  if (!URL.canParse(source.url)) throw new PullError('the source could not be reached', 'the URL cannot be parsed');
  const { username, password } = new URL(source.url);
  if (username || password) {
    throw new PullError('the source could not be reached', 'the URL holds a user name or password, which are not sent; give a token in METRICS_TOKEN instead');
  }
  const headers = authorization(deps.token);
  if (source.kind === 'json') return JSON.parse(await deps.fetchText(source.url, { signal, maxBytes: MAX_SNAPSHOT_BYTES, headers }));
  const fetchJson = async (url: string) => JSON.parse(await deps.fetchText(url, { signal, maxBytes: MAX_ANSWER_BYTES, headers })) as unknown;
  return { version: 1, generatedAt: deps.now.toISOString(), series: await fetchAllSeries(source.url, source.queries, deps.now, fetchJson) };
}

/** Reads the source within its deadline; the first failure also stops the requests still running. */
async function pullDocument(source: Exclude<MetricsSource, { kind: 'sample' }>, deps: PullDependencies): Promise<{ ok: true; document: unknown } | { ok: false; reason: string; detail: string }> {
  const timeoutMs = source.timeoutSeconds * 1000;
  const stop = new AbortController();
  try {
    return { ok: true, document: await readDocument(source, deps, AbortSignal.any([stop.signal, AbortSignal.timeout(timeoutMs)])) };
  } catch (error) {
    return { ok: false, ...failure(error, timeoutMs) };
  } finally {
    stop.abort();
  }
}

/** The sample is checked like any source: its profiles are content a writer can get wrong. */
export async function pullMetrics(source: MetricsSource, deps: PullDependencies): Promise<PullOutcome> {
  const pulled = source.kind === 'sample' ? { ok: true as const, document: deps.sample() } : await pullDocument(source, deps);
  if (!pulled.ok) return pulled;
  const checked = validateSnapshot(pulled.document, deps.componentIds, deps.now);
  if (!checked.ok) return { ok: false, reason: 'the source sent data in the wrong shape', detail: checked.detail };
  return { ok: true, snapshot: checked.snapshot };
}
