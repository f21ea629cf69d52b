import { describe, expect, it } from 'vitest';
import { runNotify } from '../../../src/lib/notify/run';
import { dictionary } from '../../../src/lib/i18n/dictionary';
import type { NotifyRecord, RecordStore } from '../../../src/lib/notify/record';
import type { Target } from '../../../src/lib/notify/targets';
import { incident } from '../../support/builders';
import { testModel } from '../../support/model';

/** A record in memory that counts its writes. */
function memoryStore(initial: NotifyRecord | null = null) {
  let record = initial;
  const writes: string[] = [];
  const store: RecordStore = {
    describe: 'memory',
    read: async () => ({ record: record && structuredClone(record) }),
    write: async (next, message) => {
      record = structuredClone(next);
      writes.push(message);
    },
  };
  return { store, writes, current: () => record };
}

// No URL is set, so a send fails at once without a request: what is pending stays pending.
const targets: Target[] = [{ id: 'ops-slack', kind: 'slack', urlEnv: 'SLACK_URL' }];
const model = testModel([incident('2026-11-27-delays', [['2026-11-27T08:00:00Z', 'investigating']])]);
const options = (store: RecordStore, lines: string[] = []) => ({ model, site: { name: 'Kabar Cloud', url: 'https://status.kabar.example' }, words: dictionary(), targets, env: {}, store, log: (line: string) => lines.push(line) });

describe('runNotify', () => {
  it('records a baseline once, and writes nothing more while nothing changes', async () => {
    const memory = memoryStore();
    expect((await runNotify(options(memory.store))).baseline).toEqual(['ops-slack']);
    expect(memory.writes).toEqual(['Record the baseline']);
    expect(memory.current()?.targets['ops-slack']).toEqual(['2026-11-27-delays-update-1']);
    await runNotify(options(memory.store));
    expect(memory.writes).toHaveLength(1);
  });

  it('claims before sending and releases what failed, so it is pending for the next run', async () => {
    const memory = memoryStore({ version: 1, targets: { 'ops-slack': [] } });
    const lines: string[] = [];
    const summary = await runNotify(options(memory.store, lines));
    expect(summary.failed).toEqual([{ target: 'ops-slack', event: '2026-11-27-delays-update-1', reason: 'SLACK_URL not set' }]);
    expect(memory.writes).toEqual(['Claim 1 notification(s)', 'Release 1 failed notification(s) for the next run']);
    expect(memory.current()?.targets['ops-slack']).toEqual([]);
    expect(lines.join('\n')).toContain('ops-slack (slack (SLACK_URL not set))');
  });

  it('in a dry run, writes nothing and sends nothing', async () => {
    const memory = memoryStore({ version: 1, targets: { 'ops-slack': [] } });
    const lines: string[] = [];
    await runNotify({ ...options(memory.store, lines), dryRun: true });
    expect(memory.writes).toEqual([]);
    expect(lines[0]).toMatch(/^would send 2026-11-27-delays-update-1 \(incident.opened\) to ops-slack/);
  });
});
