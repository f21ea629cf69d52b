import { describe, expect, it } from 'vitest';
import { metricsConfigSchema, metricsSourceSchema, resolveSource } from '../../../src/lib/metrics/config';
import { describeSource, HttpStatusError, pullMetrics, type PullDependencies } from '../../../src/lib/metrics/pull';
import { MAX_SERIES } from '../../../src/lib/metrics/snapshot';
import { TEST_NOW } from '../../support/clock';
import { dailySeries, snapshotOf } from '../../support/metrics';

const GOOD = snapshotOf([dailySeries('sms-smartfren', 'delivery_rate', [91, 92], TEST_NOW)], TEST_NOW);
const JSON_SOURCE = { kind: 'json' as const, url: 'https://metrics.example/m.json', timeoutSeconds: 10 };

function deps(overrides: Partial<PullDependencies> = {}): PullDependencies {
  return {
    now: TEST_NOW,
    componentIds: ['sms-smartfren'],
    token: undefined,
    fetchText: async () => JSON.stringify(GOOD),
    readText: async () => JSON.stringify(GOOD),
    sample: () => GOOD,
    ...overrides,
  };
}

describe('pullMetrics', () => {
  it('reads a document in our format over HTTP and from a local path', async () => {
    expect(await pullMetrics(JSON_SOURCE, deps())).toEqual({ ok: true, snapshot: GOOD });
    const paths: string[] = [];
    const local = await pullMetrics({ ...JSON_SOURCE, url: 'metrics/m.json' }, deps({ readText: async (path) => (paths.push(path), JSON.stringify(GOOD)) }));
    expect(local.ok).toBe(true);
    expect(paths).toEqual(['metrics/m.json']);
  });

  it('refuses credentials in the URL without repeating them', async () => {
    const outcome = await pullMetrics({ ...JSON_SOURCE, url: 'https://user:s3cret@metrics.example/m.json' }, deps());
    expect(outcome).toMatchObject({ ok: false, detail: expect.stringContaining('give a token in METRICS_TOKEN instead') });
    expect(JSON.stringify(outcome)).not.toContain('s3cret');
  });

  it('uses the sample without touching the network', async () => {
    const outcome = await pullMetrics({ kind: 'sample' }, deps({ fetchText: () => Promise.reject(new Error('no network')) }));
    expect(outcome).toEqual({ ok: true, snapshot: GOOD });
  });

  it('checks the sample like any source', async () => {
    const wrong = snapshotOf([{ ...GOOD.series[0]!, unit: 'seconds', daily: [[TEST_NOW.toISOString(), 1e9]] }], TEST_NOW);
    expect(await pullMetrics({ kind: 'sample' }, deps({ sample: () => wrong }))).toMatchObject({ ok: false, detail: expect.stringContaining('series[0].daily[0][1]') });
  });

  it.each([
    ['a time-out', () => Promise.reject(new DOMException('timed out', 'TimeoutError')), 'the source did not answer', 'no answer within 10 s'],
    ['a refused connection', () => Promise.reject(new TypeError('fetch failed', { cause: Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:9'), { code: 'ECONNREFUSED' }) })), 'the source could not be reached', 'could not be reached (ECONNREFUSED)'],
    ['HTTP 500', () => Promise.reject(new HttpStatusError(500)), 'the source answered HTTP 500', 'answered HTTP 500'],
    ['an error quoting the URL', () => Promise.reject(new TypeError('cannot fetch https://metrics.example/m.json?token=s3cret')), 'the source could not be reached', 'could not be reached'],
    ['invalid JSON', async () => '{"version": 1,', 'the source sent invalid JSON', 'invalid JSON'],
    ['the wrong shape', async () => JSON.stringify({ ...GOOD, series: [{ ...GOOD.series[0], unit: 'pct' }] }), 'the source sent data in the wrong shape', 'series[0].unit'],
    ['an unknown component', async () => JSON.stringify(snapshotOf([dailySeries('sms-smartfern', 'delivery_rate', [1], TEST_NOW)], TEST_NOW)), 'the source sent data in the wrong shape', 'series[0].component: is not a component in content/components.yaml'],
    ['a series twice', async () => JSON.stringify(snapshotOf([GOOD.series[0]!, GOOD.series[0]!], TEST_NOW)), 'the source sent data in the wrong shape', 'series[1]: repeats the component and metric of an earlier series'],
  ])('reports %s as a reason and a one-line detail', async (_, fetchText, reason, detail) => {
    const outcome = await pullMetrics(JSON_SOURCE, deps({ fetchText }));
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) {
      expect(outcome.reason).toBe(reason);
      expect(outcome.detail).toContain(detail);
      expect(outcome.detail).not.toContain('\n');
      expect(outcome.detail).not.toContain('s3cret');
    }
  });
});

describe('sources', () => {
  const sample = metricsSourceSchema.parse({ kind: 'sample' });

  it('defaults to the sample, and METRICS_URL names a document in our format', () => {
    expect(resolveSource(sample, undefined)).toEqual({ kind: 'sample' });
    expect(resolveSource(sample, 'http://127.0.0.1:9/m.json')).toEqual({ kind: 'json', url: 'http://127.0.0.1:9/m.json', timeoutSeconds: 10 });
  });

  it('lets METRICS_URL move a configured Prometheus', () => {
    const prometheus = metricsSourceSchema.parse({
      kind: 'prometheus',
      url: 'http://prometheus:9090',
      queries: [{ component: 'a', metric: 'b', label: 'B', unit: 'count', query: 'up' }],
    });
    expect(resolveSource(prometheus, 'http://127.0.0.1:9091')).toMatchObject({ kind: 'prometheus', url: 'http://127.0.0.1:9091' });
  });

  it('takes at most one Prometheus query per series the format allows', () => {
    const queries = (count: number) => Array.from({ length: count }, (_, index) => ({ component: 'a', metric: `m${index}`, label: 'M', unit: 'count', query: 'up' }));
    expect(metricsSourceSchema.safeParse({ kind: 'prometheus', url: 'http://prometheus:9090', queries: queries(MAX_SERIES) }).success).toBe(true);
    expect(metricsSourceSchema.safeParse({ kind: 'prometheus', url: 'http://prometheus:9090', queries: queries(MAX_SERIES + 1) }).success).toBe(false);
  });

  it('shows figures as stale after three hours unless content/metrics.yaml says otherwise', () => {
    expect(metricsConfigSchema.parse({}).staleAfterMinutes).toBe(180);
    expect(metricsConfigSchema.parse({ staleAfterMinutes: 30 }).staleAfterMinutes).toBe(30);
    const message = (value: number) => metricsConfigSchema.safeParse({ staleAfterMinutes: value }).error?.issues[0]?.message;
    expect(message(0)).toBe('must be at least 1 minute  (write it like 180 for three hours)');
    expect(message(1.5)).toBe('must be a whole number of minutes  (write it like 180 for three hours)');
    expect(message(10_081)).toBe('must be at most a week (10080 minutes)  (write it like 180 for three hours)');
  });

  it('names a source by scheme and host only: no credentials, path or query', () => {
    expect(describeSource({ ...JSON_SOURCE, url: 'https://user:secret@metrics.example:8443/t0k3n/m.json?token=secret' })).toBe('json source https://metrics.example:8443');
    expect(describeSource({ ...JSON_SOURCE, url: 'metrics/secret-name.json' })).toBe('json source (a local file)');
    expect(describeSource({ ...JSON_SOURCE, url: 'https://exa mple/?token=secret' })).toBe('json source (a URL that cannot be parsed)');
    expect(describeSource({ kind: 'sample' })).toContain('sample');
  });
});
