import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copySite, type SiteCopy } from '../support/site-copy';
import { withJsonMetricsSource } from '../support/metrics';
import { startLocalServer, type LocalServer } from '../support/local-server';

/**
 * `npm run pull` (scripts/pull.ts): the metrics and upstream pulls at once, as `npm run build` runs them.
 * One source at a time never answers until its 2 s time limit, and the other's line must
 * come first: pulls run one after the other, in either order, fail one of the two cases.
 */
describe('both pulls at once', () => {
  let site: SiteCopy;
  let server: LocalServer;
  let silentUrl: string;
  let sampleSettings: { site: string; upstreams: string };
  const sitePath = () => join(site.root, 'content/site.yaml');
  const upstreamsPath = () => join(site.root, 'content/upstreams.yaml');
  const upstreamCopy = () => join(site.root, '.statuswire/upstreams/nusantara-carrier.json');
  const silentMetrics = () => writeFile(sitePath(), withJsonMetricsSource(sampleSettings.site, `${silentUrl}/metrics.json`, 2));

  beforeAll(async () => {
    site = await copySite();
    server = await startLocalServer(() => undefined);
    silentUrl = server.origin;
    sampleSettings = { site: await readFile(sitePath(), 'utf8'), upstreams: await readFile(upstreamsPath(), 'utf8') };
  }, 60_000);

  afterAll(async () => {
    await server.close();
    await site.remove();
  });

  it('keeps the upstream copy while the metrics source is still silent, and goes on without the metrics', async () => {
    await silentMetrics();
    await writeFile(upstreamsPath(), sampleSettings.upstreams);
    const result = await site.pull();
    expect(result.code, result.output).toBe(0);
    const lines = result.output.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^upstreams: upstream nusantara-carrier .*: 12 components/);
    expect(lines[1]).toMatch(/^metrics: json source http:\/\/127\.0\.0\.1:\d+ .*no answer within 2 s; no usable earlier snapshot/);
    expect(JSON.parse(await readFile(upstreamCopy(), 'utf8')).summary.components).toHaveLength(12);
  }, 30_000);

  it('keeps the metrics while an upstream page is still silent', async () => {
    await writeFile(sitePath(), sampleSettings.site);
    await writeFile(upstreamsPath(), `pages:\n  - { id: carrier, name: Carrier, url: "${silentUrl}/carrier", timeoutSeconds: 2 }\ncomponents:\n  - id: sms-smartfren\n    upstream: [{ page: carrier, component: ncx-id-sf }]\n`);
    const result = await site.pull();
    expect(result.code, result.output).toBe(0);
    const lines = result.output.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toBe('metrics: 16 series from sample metrics (content/metrics-sample.yaml)');
    expect(lines[1]).toMatch(/^upstreams: upstream carrier \(http:\/\/127\.0\.0\.1:\d+\) .*no answer within 2 s; no earlier copy/);
  }, 30_000);

  it('stops the build for a failed metrics pull under METRICS_STRICT=1, with the upstream copy still kept', async () => {
    await silentMetrics();
    await writeFile(upstreamsPath(), sampleSettings.upstreams);
    await rm(upstreamCopy(), { force: true });
    const result = await site.pull({ METRICS_STRICT: '1' });
    expect(result.code).toBe(1);
    expect(result.output).toContain('METRICS_STRICT=1, so the build stops here');
    expect(JSON.parse(await readFile(upstreamCopy(), 'utf8')).summary.components).toHaveLength(12);
  }, 30_000);
});
