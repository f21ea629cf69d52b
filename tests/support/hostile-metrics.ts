/**
 * A metrics source on 127.0.0.1 that answers the way a broken or hostile one would.
 * Large bodies are made as they are sent, so the test never holds them; each stops
 * when the client hangs up.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable, pipeline } from 'node:stream';
import { gzipSync } from 'node:zlib';
import type { MetricPoint, MetricsSnapshot } from '../../src/lib/metrics/snapshot';
import { TEST_NOW } from './clock';
import { startLocalServer } from './local-server';

/**
 * Text a source sends that must never reach a log, the pull report or a page. Short,
 * because V8's JSON errors quote about ten characters around the fault.
 */
export const SECRET_MARKER = 'Zq7S3cr3t';
/** METRICS_TOKEN in these tests: valid bearer characters, and easy to search for. */
export const TOKEN = 'tok-SECRET-9a8b7c6d5e4f';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const MiB = 1024 * 1024;
const at = (ms: number) => new Date(ms).toISOString();

/** The last good figures: Smartfren's delivery rate, last reading 97.25 %, generated two hours before the build clock. */
export const GOOD_GENERATED_AT = new Date(TEST_NOW.getTime() - 2 * HOUR);
export const GOOD_LATEST = '97.25 %';

export function goodSnapshot(generatedAt: Date = GOOD_GENERATED_AT): MetricsSnapshot {
  const end = generatedAt.getTime();
  return {
    version: 1,
    generatedAt: at(end),
    series: [
      {
        component: 'sms-smartfren',
        metric: 'delivery_rate',
        label: 'Delivered within 60 s',
        unit: 'percent',
        daily: Array.from({ length: 90 }, (_, index): MetricPoint => [at(end - (90 - index) * DAY), 98 + (index % 3) / 2]),
        recent: Array.from({ length: 24 }, (_, index): MetricPoint => [at(end - (24 - index) * HOUR), index === 23 ? 97.25 : 98]),
      },
    ],
  };
}

/** The good snapshot with one field of its series replaced. */
function withSeries(change: Record<string, unknown>): string {
  const snapshot = goodSnapshot();
  return JSON.stringify({ ...snapshot, series: [{ ...snapshot.series[0], ...change }] });
}

/** The good snapshot with the value of its first daily point replaced by raw JSON text. */
function withValue(json: string): string {
  const snapshot = goodSnapshot();
  return JSON.stringify(snapshot).replace(`${JSON.stringify(snapshot.series[0]!.daily[0]![0])},98`, `${JSON.stringify(snapshot.series[0]!.daily[0]![0])},${json}`);
}

/** `count` points 30 s apart ending an hour before the build clock: all within the bounds except their number. */
function manyPoints(count: number): string {
  const end = TEST_NOW.getTime() - HOUR;
  const points = Array.from({ length: count }, (_, index) => `["${at(end - (count - 1 - index) * 30_000)}",99]`).join(',');
  return `{"version":1,"generatedAt":"${at(TEST_NOW.getTime())}","series":[{"component":"sms-smartfren","metric":"delivery_rate","label":"Delivered","unit":"percent","daily":[${points}]}]}`;
}

/** `total` bytes: `head`, then spaces, made chunk by chunk as the client reads. */
function padded(head: string, total: number): Readable {
  const chunk = Buffer.alloc(64 * 1024, ' ');
  let sent = 0;
  return new Readable({
    read() {
      if (sent === 0) {
        sent = head.length;
        this.push(head);
      } else if (sent >= total) this.push(null);
      else {
        const size = Math.min(chunk.length, total - sent);
        sent += size;
        this.push(chunk.subarray(0, size));
      }
    },
  });
}

/** 1 GiB of zeros as 64 gzip members of 16 MiB each: about 1 MB on the wire. */
let bombMember: Buffer | undefined;
function gzipBomb(): Readable {
  bombMember ??= gzipSync(Buffer.alloc(16 * MiB));
  let sent = 0;
  return new Readable({
    read() {
      this.push(sent++ < 64 ? bombMember! : null);
    },
  });
}

function stream(response: ServerResponse, body: Readable, headers: Record<string, string> = {}): void {
  response.writeHead(200, { 'content-type': 'application/json', ...headers });
  pipeline(body, response, () => undefined);
}

/** Writes a byte every 100 ms after a JSON start, and never finishes. */
function drip(response: ServerResponse): void {
  response.writeHead(200, { 'content-type': 'application/json' });
  response.write('{"version": 1,');
  const timer = setInterval(() => response.write(' '), 100);
  response.on('close', () => clearInterval(timer));
}

function json(response: ServerResponse, body: string, status = 200): void {
  response.writeHead(status, { 'content-type': 'application/json' }).end(body);
}

const cached = new Map<string, string>();
const once = (key: string, make: () => string) => cached.get(key) ?? cached.set(key, make()).get(key)!;

/** A Prometheus answer of one series over the requested range. */
function prometheusAnswer(request: IncomingMessage, metric: Record<string, unknown> = {}): string {
  const url = new URL(request.url!, 'http://localhost');
  const start = Number(url.searchParams.get('start'));
  const end = Number(url.searchParams.get('end'));
  const step = Number.parseInt(url.searchParams.get('step')!, 10);
  const values: [number, string][] = [];
  for (let time = start; time <= end; time += step) values.push([time, '99.5']);
  return JSON.stringify({ status: 'success', data: { resultType: 'matrix', result: [{ metric, values }] } });
}

function route(request: IncomingMessage, response: ServerResponse): void {
  // Tests put a path before each route that must never be logged.
  const path = new URL(request.url!, 'http://localhost').pathname.replace(/^\/hostile-path/, '');
  switch (path) {
    case '/good':
      return json(response, JSON.stringify(goodSnapshot()));
    case '/good-with-token':
      if (request.headers.authorization !== `Bearer ${TOKEN}`) return json(response, '{"error":"unauthorized"}', 401);
      return json(response, JSON.stringify(goodSnapshot()));
    case '/hours-old':
      return json(response, JSON.stringify(goodSnapshot(new Date(TEST_NOW.getTime() - 5 * HOUR))));
    case '/body-200mb':
      return stream(response, padded('{"version": 1, "series": [', 200 * 1024 * 1024), { 'content-length': String(200 * 1024 * 1024) });
    case '/gzip-bomb':
      return stream(response, gzipBomb(), { 'content-encoding': 'gzip' });
    case '/points-200k':
      return json(response, once(path, () => manyPoints(200_000)));
    case '/value-1e308':
      return json(response, withValue('1e308'));
    case '/value-minus-1e308':
      return json(response, withValue('-1e308'));
    case '/value-1e999':
      return json(response, withValue('1e999'));
    case '/value-nan-text':
      return json(response, withValue('"NaN"'));
    case '/value-percent-150':
      return json(response, withValue('150'));
    case '/label-5mb':
      return json(response, once(path, () => withSeries({ label: 'L'.repeat(5 * 1024 * 1024) })));
    case '/future':
      return json(response, JSON.stringify({ ...goodSnapshot(), generatedAt: at(TEST_NOW.getTime() + DAY) }));
    case '/ancient':
      return json(response, JSON.stringify(goodSnapshot(new Date('2001-01-01T00:00:00Z'))));
    case '/slow-drip':
      return drip(response);
    case '/wrong-content':
      response.writeHead(200, { 'content-type': 'text/html' }).end(`<!doctype html><title>Sign in</title><p>${SECRET_MARKER}</p>`);
      return;
    case '/marker-invalid-json':
      return json(response, `{"version": 1, "series": ${SECRET_MARKER}}`);
    case '/marker-unknown-field':
      return json(response, JSON.stringify({ ...goodSnapshot(), [SECRET_MARKER]: SECRET_MARKER }));
    case '/marker-unknown-component':
      return json(response, withSeries({ component: SECRET_MARKER.toLowerCase() }));
    case '/marker-http-500':
      return json(response, `{"error": "${SECRET_MARKER}"}`, 500);
    case '/prometheus/api/v1/query_range':
      return json(response, prometheusAnswer(request));
    case '/prometheus-labels/api/v1/query_range':
      return json(response, prometheusAnswer(request, { [SECRET_MARKER]: { nested: SECRET_MARKER } }));
    case '/prometheus-error/api/v1/query_range':
      return json(response, JSON.stringify({ status: 'error', errorType: 'bad_data', error: SECRET_MARKER }));
    case '/prometheus-huge/api/v1/query_range':
      return stream(response, padded('{"status": "success", "data": ', 2 * MiB));
    case '/prometheus-slow/api/v1/query_range':
      setTimeout(() => json(response, prometheusAnswer(request)), 600);
      return;
  }
  json(response, '{}', 404);
}

export interface HostileSource {
  base: string;
  /** Authorization headers received, in order. */
  authorizations: (string | undefined)[];
  /** The most requests that were open at once. */
  mostAtOnce(): number;
  close(): Promise<void>;
}

export async function startHostileSource(): Promise<HostileSource> {
  const authorizations: (string | undefined)[] = [];
  let open = 0;
  let most = 0;
  const server = await startLocalServer((request, response) => {
    authorizations.push(request.headers.authorization);
    most = Math.max(most, ++open);
    response.on('close', () => open--);
    route(request, response);
  });
  return { base: server.origin, authorizations, mostAtOnce: () => most, close: server.close };
}
