import { mkdir, mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadMetricsState, saveReport, saveSnapshot } from '../../../src/lib/metrics/store';
import { TEST_NOW } from '../../support/clock';
import { dailySeries, snapshotOf } from '../../support/metrics';

const GOOD = snapshotOf([dailySeries('sms-smartfren', 'delivery_rate', [91, 92], TEST_NOW)], TEST_NOW);
const REPORT = { attemptedAt: TEST_NOW.toISOString(), source: 'json source https://metrics.example', ok: true };

describe('the kept metrics', () => {
  let directory: string;
  const snapshotFile = () => join(directory, 'snapshot.json');
  beforeEach(async () => {
    directory = await mkdtemp(join(tmpdir(), 'statuswire-store-'));
  });
  afterEach(() => rm(directory, { recursive: true, force: true }));

  it('are nothing, without a problem, before the first pull', async () => {
    expect(await loadMetricsState(join(directory, 'absent'), TEST_NOW)).toEqual({ snapshot: null, report: null, problems: [] });
  });

  it('read back what was saved', async () => {
    await saveSnapshot(directory, GOOD);
    await saveReport(directory, REPORT);
    expect(await loadMetricsState(directory, TEST_NOW)).toEqual({ snapshot: GOOD, report: REPORT, problems: [] });
  });

  it.each([
    ['damaged JSON', () => writeFile(snapshotFile(), '{"version": 1, "ser'), 'is not valid JSON'],
    ['an older format', () => writeFile(snapshotFile(), JSON.stringify({ ...GOOD, series: [{ ...GOOD.series[0], daily: Array.from({ length: 200 }, () => GOOD.series[0]!.daily[0]) }] })), 'is not usable: wrong shape at series[0].daily: Too big'],
    ['a snapshot dated after the build clock', () => saveSnapshot(directory, snapshotOf([], new Date(TEST_NOW.getTime() + 86_400_000))), 'is not usable: wrong shape at generatedAt: is after the build clock'],
    ['a file too large to be a snapshot', async () => {
      await writeFile(snapshotFile(), '');
      await truncate(snapshotFile(), 9 * 1024 * 1024);
    }, `is larger than ${8 * 1024 * 1024} bytes`],
    ['a folder in its place', () => mkdir(snapshotFile()), 'is not a regular file'],
  ])('set %s aside as a problem, never thrown', async (_, damage, problem) => {
    await saveReport(directory, REPORT);
    await damage();
    expect(await loadMetricsState(directory, TEST_NOW)).toEqual({ snapshot: null, report: REPORT, problems: [expect.stringContaining(`${snapshotFile()} ${problem}`)] });
  });

  it('set a damaged pull report aside too', async () => {
    await saveSnapshot(directory, GOOD);
    await writeFile(join(directory, 'last-pull.json'), JSON.stringify({ ...REPORT, reason: 'x'.repeat(10_000) }));
    expect(await loadMetricsState(directory, TEST_NOW)).toEqual({
      snapshot: GOOD,
      report: null,
      problems: [`${join(directory, 'last-pull.json')} is not usable: it is not a pull report`],
    });
  });
});
