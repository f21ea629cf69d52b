import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { metricsSourceSchema, type MetricsSource } from '../../src/lib/metrics/config';
import { readTextFile } from '../../src/lib/metrics/bounded-read';
import { fetchText } from '../../src/lib/metrics/http';
import { pullMetrics } from '../../src/lib/metrics/pull';
import { TEST_NOW } from '../support/clock';
import { SECRET_MARKER, startHostileSource, TOKEN, type HostileSource } from '../support/hostile-metrics';
import { copySite, type SiteCopy } from '../support/site-copy';
import { withJsonMetricsSource } from '../support/metrics';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Neither the marker a source sent, nor the token, nor the URL's path or query, in any form. */
function expectNoSecrets(text: string): void {
  const lower = text.toLowerCase();
  for (const secret of [SECRET_MARKER, TOKEN, '/hostile-path']) expect(lower).not.toContain(secret.toLowerCase());
}

describe('the metrics pull against a hostile source', () => {
  let site: SiteCopy;
  let source: HostileSource;
  const snapshotPath = () => join(site.root, '.statuswire/metrics/snapshot.json');
  const reportPath = () => join(site.root, '.statuswire/metrics/last-pull.json');
  // A path and a query that must never be logged: the query is where tokens usually travel.
  const urlOf = (path: string) => `${source.base}/hostile-path${path}?token=${SECRET_MARKER}`;
  const pull = (path: string, env: Record<string, string> = {}) => site.pullMetrics({ METRICS_URL: urlOf(path), METRICS_TOKEN: TOKEN, ...env });

  beforeAll(async () => {
    site = await copySite();
    source = await startHostileSource();
    const config = join(site.root, 'content/site.yaml');
    await writeFile(config, withJsonMetricsSource(await readFile(config, 'utf8'), 'unused', 5));
    const good = await pull('/good');
    if (good.code !== 0 || !good.output.includes('metrics: 1 series')) throw new Error(good.output);
  }, 30_000);

  afterAll(async () => {
    await source.close();
    await site.remove();
  });

  // Each case has its own metrics folder, a copy of the last good one, so the pulls can run side by side.
  it.concurrent.for([
    ['a 200 MB body', '/body-200mb', 'sent more than 8 MiB (counted after decompression)'],
    ['a gzip bomb', '/gzip-bomb', 'sent more than 8 MiB (counted after decompression)'],
    ['200,000 points in one series', '/points-200k', 'wrong shape at series[0].daily: Too big'],
    ['a value of 1e308', '/value-1e308', 'wrong shape at series[0].daily[0][1]: Too big'],
    ['a value of -1e308', '/value-minus-1e308', 'wrong shape at series[0].daily[0][1]: Too small'],
    ['a value of 1e999, Infinity once parsed', '/value-1e999', 'wrong shape at series[0].daily[0][1]: Invalid input'],
    ['a value written as the text NaN', '/value-nan-text', 'wrong shape at series[0].daily[0][1]: Invalid input'],
    ['a percentage of 150', '/value-percent-150', 'wrong shape at series[0].daily[0][1]: is outside 0 to 100, the range of percent'],
    ['a 5 MB label', '/label-5mb', 'wrong shape at series[0].label: Too big'],
    ['generatedAt a day in the future', '/future', 'wrong shape at generatedAt: is after the build clock'],
    ['generatedAt in 2001', '/ancient', 'wrong shape at generatedAt: is more than 90 days before the build clock'],
    ['a slow drip that never finishes', '/slow-drip', 'no answer within 5 s'],
    ['an HTML page instead of JSON', '/wrong-content', 'sent invalid JSON'],
    ['invalid JSON around a secret', '/marker-invalid-json', 'sent invalid JSON'],
    ['a field named like a secret', '/marker-unknown-field', 'wrong shape at the top level: has a field the format does not know'],
    ['a component named like a secret', '/marker-unknown-component', 'wrong shape at series[0].component: is not a component in content/components.yaml'],
    ['an HTTP error whose body holds a secret', '/marker-http-500', 'answered HTTP 500'],
  ] as const)('%s: one clean line, the last good snapshot kept, METRICS_STRICT=1 stops the build', { timeout: 30_000 }, async ([, path, detail], { expect }) => {
    const directory = join(site.root, `metrics${path.replace(/\W/g, '-')}`);
    const snapshotPath = join(directory, 'snapshot.json');
    const before = await readFile(join(site.root, '.statuswire/metrics/snapshot.json'), 'utf8');
    await mkdir(directory);
    await writeFile(snapshotPath, before);
    const result = await pull(path, { METRICS_STRICT: '1', METRICS_DIR: directory });
    expect(result.code, result.output).toBe(1);
    const lines = result.output.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(new RegExp(`^metrics: json source ${source.base} ${escape(detail)}.*; keeping the snapshot from 2 hours ago$`));
    expect(lines[1]).toBe('metrics: METRICS_STRICT=1, so the build stops here');
    expect(await readFile(snapshotPath, 'utf8')).toBe(before);
    const report = await readFile(join(directory, 'last-pull.json'), 'utf8');
    expect(JSON.parse(report)).toMatchObject({ ok: false, source: `json source ${source.base}`, detail: expect.stringContaining(detail) });
    expectNoSecrets(result.output);
    expectNoSecrets(report);
  });

  it('sends METRICS_TOKEN as a bearer token, and writes it nowhere', async () => {
    source.authorizations.length = 0;
    const result = await pull('/good-with-token');
    expect(result.code, result.output).toBe(0);
    // Its labels are not the sample's, so the pull also names the sample's label translations it left unused.
    expect(result.output.trim().split('\n')[0]).toBe(`metrics: 1 series from json source ${source.base}`);
    expect(source.authorizations).toEqual([`Bearer ${TOKEN}`]);
    expectNoSecrets(result.output);
    expectNoSecrets(`${await readFile(reportPath(), 'utf8')}${await readFile(snapshotPath(), 'utf8')}`);
  });

  it('refuses a METRICS_TOKEN that cannot be a header, without repeating it', async () => {
    const token = `bad ${SECRET_MARKER}\nline`;
    const result = await pull('/good', { METRICS_TOKEN: token });
    expect(result.code).toBe(0);
    expect(result.output).toContain('METRICS_TOKEN is not a bearer token');
    expect(result.output).not.toContain(SECRET_MARKER);
  });

  it('takes figures hours old, and says the page shows them as stale', async () => {
    const result = await pull('/hours-old', { METRICS_STRICT: '1' });
    expect(result.code, result.output).toBe(0);
    expect(result.output).toContain('its figures are from 5 hours ago, older than staleAfterMinutes (180), so the page shows them as stale');
    expect((await pull('/good')).code).toBe(0);
  });

  it('goes on when the metrics folder cannot be written, unless METRICS_STRICT=1', async () => {
    const blocked = join(site.root, 'not-a-folder');
    await writeFile(blocked, '');
    const result = await pull('/good', { METRICS_DIR: blocked });
    expect(result.code, result.output).toBe(0);
    expect(result.output.trim()).toMatch(/^metrics: the pull stopped \(E[A-Z]+\); the build goes on with what .+ holds$/);
    expect((await pull('/good', { METRICS_DIR: blocked, METRICS_STRICT: '1' })).code).toBe(1);
  });

  it('sets a damaged last good snapshot aside with one line, never a stack trace', async () => {
    const before = await readFile(snapshotPath(), 'utf8');
    await writeFile(snapshotPath(), before.slice(0, 100));
    const result = await pull('/marker-http-500');
    expect(result.code).toBe(0);
    expect(result.output.trim().split('\n')).toEqual([
      `metrics: ${snapshotPath()} is not valid JSON; it was set aside`,
      `metrics: json source ${source.base} answered HTTP 500; no usable earlier snapshot, so the page shows no metrics`,
    ]);
    await writeFile(snapshotPath(), before);
  });
});

describe('a Prometheus source that is hostile', () => {
  let source: HostileSource;
  beforeAll(async () => {
    source = await startHostileSource();
  });
  afterAll(() => source.close());

  const prometheus = (path: string, queries = 1): MetricsSource =>
    metricsSourceSchema.parse({
      kind: 'prometheus',
      url: `${source.base}${path}`,
      timeoutSeconds: 1,
      queries: Array.from({ length: queries }, (_, index) => ({ component: 'sms-smartfren', metric: `m${index}`, label: 'M', unit: 'percent', query: `q${index}` })),
    });
  const pull = (path: string, queries = 1) =>
    pullMetrics(prometheus(path, queries), {
      now: TEST_NOW,
      componentIds: ['sms-smartfren'],
      token: TOKEN,
      fetchText,
      readText: readTextFile,
      sample: () => {
        throw new Error('unused');
      },
    });

  it('gets the bearer token with every query', async () => {
    source.authorizations.length = 0;
    expect(await pull('/prometheus', 2)).toMatchObject({ ok: true });
    expect(source.authorizations).toEqual(Array.from({ length: 4 }, () => `Bearer ${TOKEN}`));
  });

  it('has one deadline for all its queries, not one per query, and asks four at a time', async () => {
    // Each answer takes 0.6 s: without the shared deadline eight queries, four at a
    // time, would finish after about 1.2 s, each within its own second.
    const started = Date.now();
    expect(await pull('/prometheus-slow', 8)).toMatchObject({ ok: false, detail: 'no answer within 1 s' });
    expect(Date.now() - started).toBeLessThan(3_000);
    expect(source.mostAtOnce()).toBe(8);
  });

  it('never repeats the error text of an answer', async () => {
    const outcome = await pull('/prometheus-error');
    expect(outcome).toMatchObject({ ok: false, reason: 'the source sent an answer in the wrong shape' });
    expect(JSON.stringify(outcome)).not.toContain(SECRET_MARKER);
  });

  it('never reads the labels of a series, whatever they hold', async () => {
    const outcome = await pull('/prometheus-labels');
    expect(outcome).toMatchObject({ ok: true });
    expect(JSON.stringify(outcome)).not.toContain(SECRET_MARKER);
  });

  it('reads no answer past 1 MiB', async () => {
    expect(await pull('/prometheus-huge')).toMatchObject({ ok: false, detail: 'sent more than 1 MiB (counted after decompression)' });
  });
});

describe('a local file as the source', () => {
  let folder: string;
  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'statuswire-hostile-file-'));
  });
  afterAll(() => rm(folder, { recursive: true, force: true }));

  const pull = (path: string) =>
    pullMetrics({ kind: 'json', url: path, timeoutSeconds: 1 }, {
      now: TEST_NOW,
      componentIds: ['sms-smartfren'],
      token: undefined,
      fetchText,
      readText: readTextFile,
      sample: () => {
        throw new Error('unused');
      },
    });

  it('is not read when larger than a snapshot can be', async () => {
    const path = join(folder, 'huge.json');
    await writeFile(path, '');
    await truncate(path, 9 * 1024 * 1024);
    expect(await pull(path)).toMatchObject({ ok: false, detail: 'sent more than 8 MiB (counted after decompression)' });
  });

  it('is not read when it is a pipe that would never end', async () => {
    const path = join(folder, 'pipe');
    execFileSync('mkfifo', [path]);
    expect(await pull(path)).toMatchObject({ ok: false, detail: 'is not a regular file' });
  });
});
