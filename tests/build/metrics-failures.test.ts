import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copySite, type SiteCopy } from '../support/site-copy';
import { withJsonMetricsSource } from '../support/metrics';
import { startLocalServer, type LocalServer } from '../support/local-server';

/** A source on 127.0.0.1 that fails in the way each path names. */
function failingSource(): Promise<LocalServer> {
  return startLocalServer((request, response) => {
    switch (request.url) {
      case '/http-500':
        response.writeHead(500).end('internal error');
        return;
      case '/invalid-json':
        response.writeHead(200, { 'content-type': 'application/json' }).end('{"version": 1, "series": [');
        return;
      case '/wrong-shape':
        response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ version: 1, generatedAt: '2026-11-28T05:00:00Z', series: [{ component: 'sms-smartfren' }] }));
        return;
      case '/silent':
        return; // never answers: the pull's time limit must end it
    }
    response.writeHead(404).end();
  });
}

describe('a metrics source that fails', () => {
  let site: SiteCopy;
  let server: LocalServer;
  let base: string;
  const snapshotPath = () => join(site.root, '.statuswire/metrics/snapshot.json');

  beforeAll(async () => {
    site = await copySite();
    server = await failingSource();
    base = server.origin;
    const sample = await site.pullMetrics();
    if (!sample.output.includes('metrics: 16 series')) throw new Error(sample.output);
    // From here on the source is a JSON document, with a short time limit so the
    // "never answers" case stays quick.
    const config = join(site.root, 'content/site.yaml');
    await writeFile(config, withJsonMetricsSource(await readFile(config, 'utf8'), 'unused', 1));
  }, 60_000);

  afterAll(async () => {
    await server.close();
    await site.remove();
  });

  it.each([
    ['an unreachable source', () => 'http://127.0.0.1:9/metrics.json', 'could not be reached'],
    ['HTTP 500', () => `${base}/http-500`, 'answered HTTP 500'],
    ['invalid JSON', () => `${base}/invalid-json`, 'invalid JSON'],
    ['the wrong shape', () => `${base}/wrong-shape`, 'wrong shape at series[0].metric'],
    ['no answer', () => `${base}/silent`, 'no answer within 1 s'],
  ])('%s: one line names it, the build goes on, the last good snapshot stays', async (_, url, problem) => {
    const before = await readFile(snapshotPath(), 'utf8');
    const result = await site.pullMetrics({ METRICS_URL: url() });
    expect(result.code).toBe(0);
    const lines = result.output.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(`json source ${new URL(url()).origin} `);
    expect(lines[0]).not.toContain(new URL(url()).pathname);
    expect(lines[0]).toContain(problem);
    expect(lines[0]).toContain('keeping the snapshot from');
    expect(await readFile(snapshotPath(), 'utf8')).toBe(before);
  }, 30_000);

  it('fails instead with METRICS_STRICT=1', async () => {
    const result = await site.pullMetrics({ METRICS_URL: `${base}/http-500`, METRICS_STRICT: '1' });
    expect(result.code).toBe(1);
    expect(result.output).toContain('answered HTTP 500');
  });

  it('builds a page that states the age of the figures it shows and why', async () => {
    await site.pullMetrics({ METRICS_URL: `${base}/http-500` });
    const build = await site.build();
    expect(build.code, build.output).toBe(0);
    const home = await readFile(join(site.root, 'dist/index.html'), 'utf8');
    expect(home).toContain('data-metrics-state="stale"');
    expect(home).toMatch(/Metrics as of <time datetime="[^"]+">(just now|\d+ \w+ ago)<\/time>: the source answered HTTP 500\./);
    expect(home).toContain('data-chart=');
  }, 60_000);

  it('shows no charts, and says so, when no good snapshot exists', async () => {
    await rm(join(site.root, '.statuswire'), { recursive: true });
    await site.pullMetrics({ METRICS_URL: `${base}/invalid-json` });
    const build = await site.build();
    expect(build.code, build.output).toBe(0);
    const home = await readFile(join(site.root, 'dist/index.html'), 'utf8');
    expect(home).toContain('data-metrics-state="missing"');
    expect(home).toContain('No metrics to show: the source sent invalid JSON');
    expect(home).not.toContain('data-chart=');
  }, 60_000);
});
