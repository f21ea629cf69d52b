import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashTree, listFiles } from '../support/dist';
import { syntheticIncidents, syntheticMaintenance } from '../../scripts/lib/bench/synthetic.ts';
import { TEST_EPOCH, TEST_NOW } from '../support/clock';
import { copySite, type SiteCopy } from '../support/site-copy';

const LATER = String(Number(TEST_EPOCH) + 86_400);
const CHANGED = 'incidents/2026-07-22-webhook-delivery-lag/index.html';
const REMOVED = 'incidents/2026-06-18-dashboard-sso-login-errors/index.html';
const DAMAGED = 'incidents/2026-09-09-messaging-api-outage/index.html';
const OPEN = 'incidents/2026-01-12-smartfren-delivery-delays/index.html';

/** `npm run build` at `epoch`: both pulls, inside the build. */
async function build(site: SiteCopy, epoch: string): Promise<string> {
  const result = await site.buildWithPulls({ SOURCE_DATE_EPOCH: epoch });
  if (result.code !== 0) throw new Error(result.output);
  return result.output;
}

/** The sample and 80 incidents more, so the history and a component's record run to several pages. */
async function addHistory(site: SiteCopy): Promise<void> {
  const components = ['sms-telkomsel', 'sms-indosat', 'messaging-api', 'webhooks'];
  for (const file of [...syntheticIncidents(80, components, TEST_NOW), ...syntheticMaintenance(80, components, TEST_NOW)]) {
    await mkdir(join(site.root, 'content', file.path, '..'), { recursive: true });
    await writeFile(join(site.root, 'content', file.path), file.text);
  }
}

/** A day's content change: one incident edited, one deleted. */
async function changeContent(site: SiteCopy): Promise<void> {
  const edited = join(site.root, 'content/incidents/2026-07-22-webhook-delivery-lag.mdx');
  await writeFile(edited, `${await readFile(edited, 'utf8')}\nOne more paragraph of analysis.\n`);
  await rm(join(site.root, 'content/incidents/2026-06-18-dashboard-sso-login-errors.mdx'));
}

async function modifiedTimes(dist: string): Promise<Map<string, number>> {
  const times = new Map<string, number>();
  for (const file of await listFiles(dist)) times.set(file, (await stat(join(dist, file))).mtimeMs);
  return times;
}

describe('a build over the last one, a day later, with one incident edited and one deleted', () => {
  let site: SiteCopy;
  let fromScratch: SiteCopy;
  let before: Map<string, number>;
  let after: Map<string, number>;
  let output: string;

  beforeAll(async () => {
    [site, fromScratch] = await Promise.all([copySite(), copySite()]);
    await Promise.all([addHistory(site), addHistory(fromScratch)]);
    await build(site, TEST_EPOCH);
    before = await modifiedTimes(join(site.root, 'dist'));
    await writeFile(join(site.root, 'dist', DAMAGED), 'not the page any more');
    await changeContent(site);
    output = await build(site, LATER);
    after = await modifiedTimes(join(site.root, 'dist'));
    await changeContent(fromScratch);
    await build(fromScratch, LATER);
  }, 180_000);

  afterAll(() => Promise.all([site.remove(), fromScratch.remove()]));

  const kept = () => [...after].filter(([file, time]) => before.get(file) === time).map(([file]) => file);

  it('writes the same files, byte for byte, as a build from scratch', async () => {
    const built = await hashTree(join(site.root, 'dist'));
    const expected = await hashTree(join(fromScratch.root, 'dist'));
    expect([...built.keys()]).toEqual([...expected.keys()]);
    expect([...built].filter(([file, hash]) => expected.get(file) !== hash).map(([file]) => file)).toEqual([]);
  });

  it('keeps resolved incidents\', completed maintenance\'s and past history pages whose inputs did not change, in both languages', () => {
    const keptPages = kept().filter((file) => file.endsWith('index.html'));
    expect(keptPages.every((file) => /^(id\/)?(incidents|maintenance|history|components\/[^/]+\/page)\//.test(file)), keptPages.join(', ')).toBe(true);
    for (const kind of ['incidents/', 'maintenance/', 'history/', 'id/incidents/', 'id/history/']) expect(keptPages.some((file) => file.startsWith(kind)), kind).toBe(true);
    expect(keptPages.some((file) => /^components\/[^/]+\/page\//.test(file))).toBe(true);
    expect(output).toMatch(new RegExp(`kept ${keptPages.length} page\\(s\\) of the previous build`));
  });

  it('renders again the edited incident, a page damaged since, and pages that show the clock', () => {
    for (const file of [CHANGED, `id/${CHANGED}`, DAMAGED, OPEN, `id/${OPEN}`, 'history/index.html', 'index.html', 'id/index.html']) expect(kept(), file).not.toContain(file);
  });

  it('checks again only the edited entry, reusing the last good build\'s verdicts on the others', async () => {
    const entries = (await readdir(join(site.root, 'content/incidents'))).length + (await readdir(join(site.root, 'content/maintenance'))).length;
    expect(output).toContain(`checked 1 new or changed entry; ${entries - 1} unchanged since the last good build`);
  });

  it('removes the deleted incident\'s pages and lists the kept ones in the sitemap', async () => {
    expect(after.has(REMOVED)).toBe(false);
    const sitemap = await readFile(join(site.root, 'dist/sitemap-0.xml'), 'utf8');
    for (const file of kept().filter((name) => name.endsWith('index.html'))) expect(sitemap).toContain(`/${file.replace(/index\.html$/, '')}</loc>`);
  });
});
