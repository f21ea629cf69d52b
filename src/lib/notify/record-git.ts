/**
 * The record on a branch of the site's own repository (`statuswire-notify`), one file in
 * one commit per change. A push that is not a fast-forward is refused by the server, so
 * a run that read an older record can never overwrite a newer one: that refusal is the
 * compare-and-swap two overlapping runs need. The branch outlives caches, runners and
 * failed deploys, and its history shows what was sent when.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { parseRecord, RecordConflict, recordText, type RecordStore } from './record.ts';

const run = promisify(execFile);
export const RECORD_FILE = 'notify-record.json';

interface GitRemote {
  /** A URL or path git can fetch from and push to. */
  remote: string;
  branch: string;
  /**
   * Extra git settings, like the token's authorization header. They go in through the
   * environment (GIT_CONFIG_*), never the command line, which an error message would quote.
   */
  config?: Record<string, string>;
}

export function gitRecordStore({ remote, branch, config = {} }: GitRemote): RecordStore {
  const settings = Object.entries(config);
  const env = {
    ...process.env,
    GIT_TERMINAL_PROMPT: '0',
    GIT_CONFIG_COUNT: String(settings.length),
    ...Object.fromEntries(settings.flatMap(([key, value], index) => [[`GIT_CONFIG_KEY_${index}`, key], [`GIT_CONFIG_VALUE_${index}`, value]])),
  };
  let parent: string | null = null;
  let directory: string | null = null;
  const git = async (args: string[], input?: string) => {
    directory ??= await mkdtemp(join(tmpdir(), 'statuswire-notify-'));
    const child = run('git', args, { cwd: directory, maxBuffer: 64 * 1024 * 1024, env });
    if (input !== undefined) child.child.stdin?.end(input);
    return (await child).stdout.trim();
  };
  return {
    describe: `branch ${branch}`,
    async read() {
      await git(['init', '-q']);
      try {
        await git(['fetch', '-q', '--depth=1', remote, `refs/heads/${branch}`]);
      } catch {
        // No such branch yet: the first run takes a baseline and creates it.
        parent = null;
        return { record: null };
      }
      parent = await git(['rev-parse', 'FETCH_HEAD']);
      try {
        return parseRecord(await git(['show', `FETCH_HEAD:${RECORD_FILE}`]));
      } catch {
        return { record: null, problem: `the branch has no ${RECORD_FILE}` };
      }
    },
    async write(record, message) {
      const blob = await git(['hash-object', '-w', '--stdin'], recordText(record));
      const tree = await git(['mktree'], `100644 blob ${blob}\t${RECORD_FILE}\n`);
      const identity = ['-c', 'user.name=StatusWire notify', '-c', 'user.email=notify@statuswire.invalid'];
      const commit = await git([...identity, 'commit-tree', tree, ...(parent ? ['-p', parent] : []), '-m', message]);
      try {
        await git(['push', '-q', remote, `${commit}:refs/heads/${branch}`]);
      } catch {
        throw new RecordConflict(`the ${branch} branch moved since it was read (another run?), or cannot be pushed to`);
      }
      parent = commit;
    },
    async close() {
      if (directory) await rm(directory, { recursive: true, force: true });
    },
  };
}
