/**
 * The record of what was sent: for each target, the ids of the events it has been
 * given (or that were there when it was first seen). A store reads it and writes it back
 * only if nobody changed it in between, so two runs can never both claim one event.
 */
import { createHash } from 'node:crypto';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { z } from 'astro/zod';

/** 10,000 incidents of a dozen updates under 20 targets stay well inside. */
export const MAX_RECORD_BYTES = 32 * 1024 * 1024;

export const recordSchema = z.strictObject({
  version: z.literal(1),
  targets: z.record(z.string().max(40), z.array(z.string().max(200))),
});

export type NotifyRecord = z.output<typeof recordSchema>;

export interface RecordStore {
  /** Where it lives, for the log. */
  describe: string;
  /** The record; null when there is none yet, or it cannot be read (then a baseline is taken). */
  read(): Promise<{ record: NotifyRecord | null; problem?: string }>;
  /** Writes it, or throws RecordConflict when it changed since `read`. */
  write(record: NotifyRecord, message: string): Promise<void>;
  /** Frees what the store holds (a scratch clone). */
  close?(): Promise<void>;
}

export class RecordConflict extends Error {}

export function recordText(record: NotifyRecord): string {
  const targets = Object.fromEntries(Object.entries(record.targets).sort(([a], [b]) => a.localeCompare(b)).map(([id, events]) => [id, [...events].sort()]));
  return `${JSON.stringify({ version: 1, targets }, null, 1)}\n`;
}

/** The record from its text; a damaged one is reported, never trusted. */
export function parseRecord(text: string): { record: NotifyRecord | null; problem?: string } {
  if (text.length > MAX_RECORD_BYTES) return { record: null, problem: 'the record is larger than allowed' };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { record: null, problem: 'the record is not JSON' };
  }
  const result = recordSchema.safeParse(data);
  return result.success ? { record: result.data } : { record: null, problem: 'the record does not have the expected shape' };
}

const digest = (text: string | null) => (text === null ? 'none' : createHash('sha256').update(text).digest('hex'));

async function readText(path: string): Promise<string | null> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/**
 * A record in a local file, for `--record <file>` and the tests. It refuses to write
 * over a file changed since it was read; a new copy is renamed into place, so a crash
 * never leaves half a record.
 */
export function fileRecordStore(path: string): RecordStore {
  let seen = 'none';
  return {
    describe: `file ${path}`,
    async read() {
      const text = await readText(path);
      seen = digest(text);
      return text === null ? { record: null } : parseRecord(text);
    },
    async write(record) {
      if (digest(await readText(path)) !== seen) throw new RecordConflict(`${path} changed since it was read`);
      const text = recordText(record);
      await writeFile(`${path}.tmp`, text);
      await rename(`${path}.tmp`, path);
      seen = digest(text);
    },
  };
}
