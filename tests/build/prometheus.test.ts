import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchText } from '../../src/lib/metrics/http';
import { pullMetrics } from '../../src/lib/metrics/pull';
import { startOfUtcDay } from '../../src/lib/presentation/time';

/**
 * Against a real Prometheus (Debian's package; .ci/run installs it): the test backfills
 * 92 days of a gauge with promtool, starts the server on 127.0.0.1 and pulls from it.
 */
const PROMETHEUS = '/usr/bin/prometheus';
const PROMTOOL = '/usr/bin/promtool';
const installed = existsSync(PROMETHEUS) && existsSync(PROMTOOL);
if (!installed && process.env.CI) throw new Error('CI must run the Prometheus test: install the Debian package "prometheus"');

const DAY_S = 86_400;
// Two days back, so every sample lies in the past whatever the machine's clock says.
const now = new Date(startOfUtcDay(new Date(Date.now() - 2 * DAY_S * 1000)).getTime() + 6 * 3_600_000);
/** The gauge's value all through a UTC day: easy to predict, different day to day. */
const valueOfDay = (dayStartSeconds: number) => 90 + ((dayStartSeconds / DAY_S) % 7);

function freePort(): Promise<number> {
  return new Promise((done) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

describe.skipIf(!installed)('a Prometheus source', () => {
  let folder: string;
  let server: ChildProcess;
  let url: string;

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'statuswire-prometheus-'));
    const lines = ['# HELP sms_delivered_ratio Share of messages delivered within 60 s.', '# TYPE sms_delivered_ratio gauge'];
    const end = Math.floor(now.getTime() / 1000);
    const today = startOfUtcDay(now).getTime() / 1000;
    // One sample at noon of each older day (promtool writes a block per two hours that
    // hold samples, so sparse history keeps the backfill quick), then one every half
    // hour, at quarter past and quarter to, over the last 26 hours.
    const times: number[] = [];
    for (let day = today - 92 * DAY_S; day < end - 26 * 3_600; day += DAY_S) times.push(day + DAY_S / 2);
    for (let time = end - 26 * 3_600 + 900; time < end; time += 1800) times.push(time);
    for (const time of times.filter((time, index) => index === 0 || time > times[index - 1]!)) {
      lines.push(`sms_delivered_ratio{network="smartfren"} ${valueOfDay(time - (time % DAY_S))} ${time}`);
    }
    lines.push('# EOF');
    await writeFile(join(folder, 'data.om'), `${lines.join('\n')}\n`);
    const backfill = spawnSync(PROMTOOL, ['tsdb', 'create-blocks-from', 'openmetrics', join(folder, 'data.om'), join(folder, 'data')], { encoding: 'utf8' });
    if (backfill.status !== 0) throw new Error(`promtool failed: ${backfill.stderr}`);
    await writeFile(join(folder, 'prometheus.yml'), 'global: {}\n');
    const port = await freePort();
    url = `http://127.0.0.1:${port}`;
    server = spawn(PROMETHEUS, [
      `--config.file=${join(folder, 'prometheus.yml')}`,
      `--storage.tsdb.path=${join(folder, 'data')}`,
      '--storage.tsdb.retention.time=3650d',
      `--web.listen-address=127.0.0.1:${port}`,
    ], { stdio: 'ignore' });
    for (let attempt = 0; attempt < 150; attempt++) {
      if (await fetch(`${url}/-/ready`).then((response) => response.ok, () => false)) return;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    throw new Error('Prometheus did not become ready within 30 s');
  }, 60_000);

  afterAll(async () => {
    server?.kill();
    await rm(folder, { recursive: true, force: true });
  });

  it('gives 90 daily and 24 hourly points, each labelled with the period it covers', async () => {
    const outcome = await pullMetrics(
      {
        kind: 'prometheus',
        url,
        timeoutSeconds: 10,
        queries: [{ component: 'sms-smartfren', metric: 'delivery_rate', label: 'Delivered within 60 s', unit: 'percent', query: 'last_over_time(sms_delivered_ratio{network="smartfren"}[1d])' }],
      },
      { now, componentIds: ['sms-smartfren'], token: undefined, fetchText, readText: () => Promise.reject(new Error('unused')), sample: () => { throw new Error('unused'); } },
    );
    if (!outcome.ok) throw new Error(outcome.detail);
    const series = outcome.snapshot.series[0]!;
    expect(series.daily).toHaveLength(90);
    expect(series.daily.at(-1)?.[0]).toBe(new Date(startOfUtcDay(now).getTime() - DAY_S * 1000).toISOString());
    for (const [time, value] of series.daily) expect(value).toBe(valueOfDay(new Date(time).getTime() / 1000));
    expect(series.recent).toHaveLength(24);
    for (const [time, value] of series.recent) {
      const seconds = new Date(time).getTime() / 1000;
      expect(value).toBe(valueOfDay(seconds - (seconds % DAY_S)));
    }
  });

  it('reports a query that returns several series as a wrong shape', async () => {
    const outcome = await pullMetrics(
      { kind: 'prometheus', url, timeoutSeconds: 10, queries: [{ component: 'sms-smartfren', metric: 'x', label: 'X', unit: 'count', query: 'sms_delivered_ratio or vector(1)' }] },
      { now, componentIds: ['sms-smartfren'], token: undefined, fetchText, readText: () => Promise.reject(new Error('unused')), sample: () => { throw new Error('unused'); } },
    );
    expect(outcome).toMatchObject({ ok: false, reason: 'the source sent an answer in the wrong shape' });
  });
});
