import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadUpstreamCopies, loadUpstreamCopy, saveCopy, saveReport, upstreamsDir } from '../../../src/lib/upstream/store';
import { checkSummary, type UpstreamSummary } from '../../../src/lib/upstream/summary';
import { TEST_NOW } from '../../support/clock';
import { sampleCarrierSummary } from '../../support/upstreams';

const checked = checkSummary(sampleCarrierSummary());
const SUMMARY = (checked.ok ? checked.summary : null) as UpstreamSummary;
const HOUR_AGO = new Date(TEST_NOW.getTime() - 3_600_000);

describe('the kept upstream copies', () => {
  let directory: string;
  beforeEach(async () => {
    directory = await mkdtemp(join(tmpdir(), 'statuswire-upstreams-'));
  });
  afterEach(() => rm(directory, { recursive: true, force: true }));

  it('live in UPSTREAMS_DIR, or .statuswire/upstreams under the project', () => {
    expect(upstreamsDir('/site', {})).toBe('/site/.statuswire/upstreams');
    expect(upstreamsDir('/site', { UPSTREAMS_DIR: '/kept' })).toBe('/kept');
  });

  it('are nothing, without a problem, before the first pull', async () => {
    expect(await loadUpstreamCopy(join(directory, 'absent'), 'carrier', TEST_NOW)).toEqual({ summary: null, fetchedAt: null, report: null, problems: [] });
  });

  it('read back the summary, when it was fetched, and the last report', async () => {
    await saveCopy(directory, 'carrier', SUMMARY, HOUR_AGO);
    const report = { attemptedAt: TEST_NOW.toISOString(), ok: false, reason: 'the page answered HTTP 401', detail: 'answered HTTP 401' };
    await saveReport(directory, 'carrier', report);
    expect(await loadUpstreamCopy(directory, 'carrier', TEST_NOW)).toEqual({ summary: SUMMARY, fetchedAt: HOUR_AGO, report, problems: [] });
  });

  it('keep each page apart', async () => {
    await saveCopy(directory, 'carrier', SUMMARY, HOUR_AGO);
    const copies = await loadUpstreamCopies(directory, ['carrier', 'cloud'], TEST_NOW);
    expect(copies.get('carrier')?.summary).toEqual(SUMMARY);
    expect(copies.get('cloud')?.summary).toBeNull();
  });

  it.each([
    ['damaged JSON', () => writeFile(join(directory, 'carrier.json'), '{"version": 1, "fe'), 'is not valid JSON'],
    ['another shape', () => writeFile(join(directory, 'carrier.json'), JSON.stringify({ version: 1, fetchedAt: TEST_NOW.toISOString(), summary: { page: {} } })), 'is not a kept upstream file'],
    ['a folder in its place', () => mkdir(join(directory, 'carrier.json')), 'is not a regular file'],
    ['a copy fetched after the build clock', () => saveCopy(directory, 'carrier', SUMMARY, new Date(TEST_NOW.getTime() + 86_400_000)), 'was fetched after the build clock'],
  ])('set %s aside as a problem, never thrown', async (_, damage, problem) => {
    await mkdir(directory, { recursive: true });
    await damage();
    const copy = await loadUpstreamCopy(directory, 'carrier', TEST_NOW);
    expect(copy.summary).toBeNull();
    expect(copy.problems).toHaveLength(1);
    expect(copy.problems[0]).toContain(problem);
  });
});
