import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fileRecordStore, parseRecord, RecordConflict } from '../../../src/lib/notify/record';
import { gitRecordStore, RECORD_FILE } from '../../../src/lib/notify/record-git';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'statuswire-record-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const record = (ids: string[]) => ({ version: 1 as const, targets: { 'ops-slack': ids } });

describe('the record of what was sent', () => {
  it('is null when absent, and a damaged one is reported rather than trusted', () => {
    expect(parseRecord('{')).toEqual({ record: null, problem: 'the record is not JSON' });
    expect(parseRecord('{"version":2,"targets":{}}').record).toBeNull();
    expect(parseRecord('{"version":1,"targets":{"a":["x"]}}').record).toEqual({ version: 1, targets: { a: ['x'] } });
  });

  it('in a file: refuses to overwrite a record changed since it was read', async () => {
    const path = join(dir, 'record.json');
    const first = fileRecordStore(path);
    const second = fileRecordStore(path);
    expect(await first.read()).toEqual({ record: null });
    await second.read();
    await first.write(record(['a']), 'claim');
    await expect(second.write(record(['b']), 'claim')).rejects.toBeInstanceOf(RecordConflict);
    expect((await fileRecordStore(path).read()).record).toEqual(record(['a']));
  });

  it('on a git branch: created by the first write, and a second run that read the old one cannot push over it', async () => {
    const remote = join(dir, 'site.git');
    execFileSync('git', ['init', '-q', '--bare', remote]);
    const first = gitRecordStore({ remote, branch: 'statuswire-notify' });
    const second = gitRecordStore({ remote, branch: 'statuswire-notify' });
    try {
      expect(await first.read()).toEqual({ record: null });
      expect(await second.read()).toEqual({ record: null });
      await first.write(record(['a']), 'Record the baseline');
      await expect(second.write(record(['b']), 'Record the baseline')).rejects.toBeInstanceOf(RecordConflict);
      await first.write(record(['a', 'c']), 'Claim 1 notification(s)');
      const third = gitRecordStore({ remote, branch: 'statuswire-notify' });
      expect((await third.read()).record).toEqual(record(['a', 'c']));
      await third.close?.();
      const log = execFileSync('git', ['--git-dir', remote, 'log', '--format=%s', 'statuswire-notify'], { encoding: 'utf8' });
      expect(log.trim().split('\n')).toEqual(['Claim 1 notification(s)', 'Record the baseline']);
      expect(execFileSync('git', ['--git-dir', remote, 'ls-tree', '--name-only', 'statuswire-notify'], { encoding: 'utf8' }).trim()).toBe(RECORD_FILE);
    } finally {
      await first.close?.();
      await second.close?.();
    }
  });

  it('on a git branch without the record file: reported, and a baseline is taken', async () => {
    const remote = join(dir, 'site.git');
    execFileSync('git', ['init', '-q', '--bare', remote]);
    const work = join(dir, 'work');
    execFileSync('git', ['init', '-q', work]);
    await writeFile(join(work, 'other.txt'), 'x');
    execFileSync('git', ['-C', work, 'add', '.']);
    execFileSync('git', ['-C', work, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'x']);
    execFileSync('git', ['-C', work, 'push', '-q', remote, 'HEAD:refs/heads/statuswire-notify']);
    const store = gitRecordStore({ remote, branch: 'statuswire-notify' });
    expect(await store.read()).toEqual({ record: null, problem: `the branch has no ${RECORD_FILE}` });
    await store.close?.();
  });
});
