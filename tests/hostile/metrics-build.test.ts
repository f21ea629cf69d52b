import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUDGETS } from '../../scripts/lib/bench/budgets';
import { MAX_DAILY_POINTS, MAX_RECENT_POINTS, MAX_SERIES_PER_COMPONENT, type MetricPoint, type MetricSeries } from '../../src/lib/metrics/snapshot';
import { TEST_NOW } from '../support/clock';
import { listFiles } from '../support/dist';
import { GOOD_LATEST, SECRET_MARKER, startHostileSource, TOKEN, type HostileSource } from '../support/hostile-metrics';
import { copySite, type SiteCopy } from '../support/site-copy';
import { withJsonMetricsSource } from '../support/metrics';

const HOUR = 3_600_000;

describe('the build after a hostile metrics source', () => {
  let site: SiteCopy;
  let source: HostileSource;
  let slugs: string[];
  const pull = (path: string) => site.pullMetrics({ METRICS_URL: `${source.base}/hostile-path${path}?token=${SECRET_MARKER}`, METRICS_TOKEN: TOKEN });
  const page = (path: string) => readFile(join(site.root, 'dist', path), 'utf8');

  /** Every incident is published, and no page is over the benchmark's budget. */
  async function expectIncidentsAndBudget(): Promise<void> {
    for (const slug of slugs) expect(await page(`incidents/${slug}/index.html`)).toContain('<h1');
    const pages = (await listFiles(join(site.root, 'dist'))).filter((file) => file.endsWith('.html'));
    for (const file of pages) {
      expect(gzipSync(await readFile(join(site.root, 'dist', file)), { level: 9 }).length, file).toBeLessThanOrEqual(BUDGETS.largestPageGzip);
    }
  }

  /** Neither what a source sent, nor the token, nor the URL's path or query, anywhere readers or logs see. */
  async function expectNoSecrets(output: string): Promise<void> {
    const folders = ['dist', '.statuswire'];
    const files = (await Promise.all(folders.map(async (folder) => (await listFiles(join(site.root, folder))).map((file) => join(site.root, folder, file))))).flat();
    const texts = [output, ...(await Promise.all(files.map((file) => readFile(file, 'utf8'))))];
    for (const text of texts) {
      for (const secret of [SECRET_MARKER, TOKEN, '/hostile-path']) expect(text.toLowerCase()).not.toContain(secret.toLowerCase());
    }
  }

  beforeAll(async () => {
    site = await copySite();
    source = await startHostileSource();
    slugs = (await readdir(join(site.root, 'content/incidents'))).map((name) => name.replace(/\.mdx$/, ''));
    const config = join(site.root, 'content/site.yaml');
    await writeFile(config, withJsonMetricsSource(await readFile(config, 'utf8'), 'unused'));
    const good = await pull('/good');
    if (good.code !== 0) throw new Error(good.output);
  }, 30_000);

  afterAll(async () => {
    await source.close();
    await site.remove();
  });

  it.each([
    ['200,000 points in a series', '/points-200k', 'the source sent data in the wrong shape'],
    ['a gzip bomb', '/gzip-bomb', 'the source sent more than a snapshot can hold'],
  ])('%s: every incident is published, with the last good figures and their age', async (_, path, reason) => {
    const pulled = await pull(path);
    expect(pulled.code, pulled.output).toBe(0);
    const build = await site.build();
    expect(build.code, build.output).toBe(0);
    const home = await page('index.html');
    expect(home).toContain('data-metrics-state="stale"');
    expect(home).toMatch(new RegExp(`Metrics as of <time datetime="[^"]+">2 hours ago</time>: ${reason}\\.`));
    expect(home).toContain(`now ${GOOD_LATEST}`);
    await expectIncidentsAndBudget();
    await expectNoSecrets(`${pulled.output}${build.output}`);
  }, 60_000);

  it('a kept snapshot in an older format is set aside with one line: no metrics, and every incident published', async () => {
    const kept = join(site.root, '.statuswire/metrics/snapshot.json');
    const snapshot = JSON.parse(await readFile(kept, 'utf8'));
    // Written before the bounds: more daily points than the format now takes.
    snapshot.series[0].daily = Array.from({ length: 120 }, (_, index) => [new Date(TEST_NOW.getTime() - (120 - index) * 24 * HOUR).toISOString(), 99]);
    await writeFile(kept, JSON.stringify(snapshot));
    const pulled = await pull('/marker-http-500');
    expect(pulled.code).toBe(0);
    const build = await site.build();
    expect(build.code, build.output).toBe(0);
    expect(build.output).toContain(`metrics: ${kept} is not usable: wrong shape at series[0].daily: Too big`);
    expect(build.output).not.toMatch(/^\s+at /m);
    const home = await page('index.html');
    expect(home).toContain('data-metrics-state="missing"');
    expect(home).toContain('No metrics to show: the source answered HTTP 500, and there are no earlier figures.');
    expect(home).not.toContain('data-chart=');
    await expectIncidentsAndBudget();
  }, 60_000);

  it('the largest snapshot the bounds allow keeps every page within the budget', async () => {
    const components = (await readFile(join(site.root, 'content/components.yaml'), 'utf8')).match(/(?<=^ {6}- id: )[a-z0-9-]+$/gm)!;
    const end = TEST_NOW.getTime() - HOUR;
    // Values that barely repeat, so gzip gains no more than real figures would give it.
    let seed = 7;
    const value = () => (seed = (seed * 48_271) % 2_147_483_647) / 21_474_836.47;
    const points = (count: number, step: number) => Array.from({ length: count }, (_, index): MetricPoint => [new Date(end - (count - 1 - index) * step).toISOString(), Math.round(value() * 1e4) / 1e4]);
    const series = components.flatMap((component) =>
      Array.from({ length: MAX_SERIES_PER_COMPONENT }, (_, index): MetricSeries => ({
        component,
        metric: `metric_${index}`,
        label: `Measured figure number ${index} of this component, with a label as long as allowed`.slice(0, 80),
        unit: 'percent',
        daily: points(MAX_DAILY_POINTS, 24 * HOUR),
        recent: points(MAX_RECENT_POINTS, 15 * 60_000),
      })),
    );
    const file = join(site.root, 'largest.json');
    await writeFile(file, JSON.stringify({ version: 1, generatedAt: TEST_NOW.toISOString(), series }, null, 4));
    // An incident on every component since the first recent point: its page charts every series' finest points.
    const since = new Date(end - (MAX_RECENT_POINTS - 1) * 15 * 60_000).toISOString();
    await writeFile(
      join(site.root, 'content/incidents/2026-11-27-everything.mdx'),
      `---\ntitle: Everything at once\nimpact: major\ncomponents:\n${components.map((id) => `  - id: ${id}\n    status: major_outage`).join('\n')}\nupdates:\n  - at: ${since}\n    status: investigating\n    message: Every component is down.\n---\n`,
    );
    slugs.push('2026-11-27-everything');
    const pulled = await site.pullMetrics({ METRICS_URL: file });
    // Its labels are not the sample's, so the pull also names the sample's label translations it left unused.
    expect(pulled.output.trim().split('\n')[0]).toBe(`metrics: ${series.length} series from json source (a local file)`);
    const build = await site.build();
    expect(build.code, build.output).toBe(0);
    const incident = await page('incidents/2026-11-27-everything/index.html');
    expect(incident.match(/data-chart=/g)).toHaveLength(series.length);
    expect(incident).toContain(`data-chart="${components.at(-1)}/metric_${MAX_SERIES_PER_COMPONENT - 1}"`);
    await expectIncidentsAndBudget();
  }, 60_000);
});
