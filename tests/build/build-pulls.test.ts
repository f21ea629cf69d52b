import { existsSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copySite, type SiteCopy } from '../support/site-copy';
import { withJsonMetricsSource } from '../support/metrics';
import { startLocalServer, type LocalServer } from '../support/local-server';

/** What the home page says when the build had no metrics at all. */
const NEVER_PULLED = 'No metrics have been pulled yet, so none are shown.';

/**
 * `npm run build` (scripts/build.ts) pulls inside Astro's build, while content syncs, and
 * its pages wait for the pulls: a source that answers only after 3 s, well after a build
 * of the sample has started, must still be on every page.
 */
describe('npm run build with its pulls inside', () => {
  let site: SiteCopy;
  let server: LocalServer;
  let origin: string;
  let snapshot: string;
  let settings: string;
  const sitePath = () => join(site.root, 'content/site.yaml');
  const home = () => readFile(join(site.root, 'dist/index.html'), 'utf8');
  const fresh = async () => {
    await rm(join(site.root, '.statuswire'), { recursive: true, force: true });
    await rm(join(site.root, 'dist'), { recursive: true, force: true });
  };
  const jsonSource = (path: string, timeoutSeconds = 5) => writeFile(sitePath(), withJsonMetricsSource(settings, `${origin}${path}`, timeoutSeconds));

  beforeAll(async () => {
    site = await copySite();
    // The sample's figures, served as a JSON source.
    const sample = await site.pullMetrics();
    if (!sample.output.includes('metrics: 16 series')) throw new Error(sample.output);
    snapshot = await readFile(join(site.root, '.statuswire/metrics/snapshot.json'), 'utf8');
    settings = await readFile(sitePath(), 'utf8');
    server = await startLocalServer((request, response) => {
      if (request.url === '/late.json') setTimeout(() => response.writeHead(200, { 'content-type': 'application/json' }).end(snapshot), 3_000);
      // `/silent` never answers: the pull's time limit ends it.
    });
    origin = server.origin;
  }, 60_000);

  afterAll(async () => {
    await server.close();
    await site.remove();
  });

  it('waits for a slow source before it writes a page, and prints both pulls', async () => {
    await fresh();
    await jsonSource('/late.json');
    const result = await site.buildWithPulls();
    expect(result.code, result.output).toBe(0);
    expect(result.output).toMatch(/^metrics: 16 series from json source http:\/\/127\.0\.0\.1:\d+$/m);
    expect(result.output).toMatch(/^upstreams: upstream nusantara-carrier .*: 12 components/m);
    expect(result.output.indexOf('metrics: 16 series')).toBeLessThan(result.output.indexOf('generating static routes'));
    const page = await home();
    expect(page).not.toContain(NEVER_PULLED);
    expect(page).toContain('Metrics as of');
  }, 120_000);

  it('stops before any page under METRICS_STRICT=1 when the source fails', async () => {
    await fresh();
    await jsonSource('/silent', 2);
    const result = await site.buildWithPulls({ METRICS_STRICT: '1' });
    expect(result.code).toBe(1);
    expect(result.output).toContain('no answer within 2 s');
    expect(result.output).toContain('METRICS_STRICT=1, so the build stops here');
    expect(result.output).toContain('the pull above must succeed for this build; no page was built');
    expect(existsSync(join(site.root, 'dist/index.html'))).toBe(false);
  }, 120_000);

  it('pulls nothing when the content has problems: the build names them and stops', async () => {
    await fresh();
    await jsonSource('/late.json', 0);
    const result = await site.buildWithPulls();
    expect(result.code).toBe(1);
    expect(result.output).toContain('content/site.yaml');
    expect(result.output).not.toMatch(/^metrics:/m);
    expect(existsSync(join(site.root, '.statuswire/metrics'))).toBe(false);
  }, 120_000);

  it('pulls nothing under `astro build` alone', async () => {
    await fresh();
    await jsonSource('/late.json');
    const result = await site.build();
    expect(result.code, result.output).toBe(0);
    expect(result.output).not.toMatch(/^(metrics|upstreams):/m);
    expect(existsSync(join(site.root, '.statuswire'))).toBe(false);
    expect(await home()).toContain(NEVER_PULLED);
  }, 120_000);
});
