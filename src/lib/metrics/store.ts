/**
 * The pull's memory between builds: the last good snapshot and a report of the last
 * attempt. A new snapshot is written to a temporary file and renamed over the old one,
 * so a crash mid-write never loses the last good copy. Reading never throws: a kept
 * file that is damaged, too large or from before the current bounds is set aside with
 * a problem to log, and the page shows no metrics rather than broken ones.
 */
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { NotAFileError, readFileBytes, TooLargeError } from './bounded-read.ts';
import { checkSnapshot } from './check.ts';
import { MAX_SNAPSHOT_BYTES, type MetricsSnapshot } from './snapshot.ts';

const DEFAULT_METRICS_DIR = '.statuswire/metrics';
const SNAPSHOT_FILE = 'snapshot.json';
const REPORT_FILE = 'last-pull.json';
const MAX_REPORT_BYTES = 16 * 1024;

const pullReportSchema = z.strictObject({
  attemptedAt: z.string().max(40),
  source: z.string().max(200),
  ok: z.boolean(),
  /** Reader-facing, e.g. "the source did not answer". */
  reason: z.string().max(200).optional(),
  /** For the log, e.g. "no answer within 10 s". */
  detail: z.string().max(500).optional(),
});
type PullReport = z.output<typeof pullReportSchema>;

export interface MetricsState {
  snapshot: MetricsSnapshot | null;
  report: PullReport | null;
  /** Why a kept file was set aside, one line each, for the log; empty when both were usable or absent. */
  problems: string[];
}

/** The metrics folder: METRICS_DIR, or `.statuswire/metrics` under the project. */
export function metricsDir(root: string, env: Record<string, string | undefined> = process.env): string {
  return env.METRICS_DIR ? env.METRICS_DIR : join(root, DEFAULT_METRICS_DIR);
}

/** Writes to a temporary name and renames, so a crash mid-write never loses the kept file. */
export async function writeAtomically(path: string, contents: string | Uint8Array): Promise<void> {
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, contents);
  await rename(temporary, path);
}

export async function saveSnapshot(directory: string, snapshot: MetricsSnapshot): Promise<void> {
  await mkdir(directory, { recursive: true });
  await writeAtomically(join(directory, SNAPSHOT_FILE), `${JSON.stringify(snapshot)}\n`);
}

export async function saveReport(directory: string, report: PullReport): Promise<void> {
  await mkdir(directory, { recursive: true });
  await writeAtomically(join(directory, REPORT_FILE), `${JSON.stringify(report, null, 2)}\n`);
}

export type Kept<T> = { value: T | null; problem: string | null };

/** A kept file's bytes, bounded by `maxBytes`; absent is not a problem, anything else unreadable is. */
export async function readKeptBytes(path: string, maxBytes: number): Promise<Kept<Buffer>> {
  try {
    return { value: await readFileBytes(path, maxBytes), problem: null };
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code === 'ENOENT') return { value: null, problem: null };
    if (error instanceof TooLargeError) return { value: null, problem: `${path} is larger than ${maxBytes} bytes` };
    if (error instanceof NotAFileError) return { value: null, problem: `${path} is not a regular file` };
    return { value: null, problem: `${path} could not be read${typeof code === 'string' ? ` (${code})` : ''}` };
  }
}

/** A kept JSON file checked by `check`; absent is not a problem, anything else unusable is. */
export async function readKept<T>(path: string, maxBytes: number, check: (document: unknown) => { ok: true; value: T } | { ok: false; detail: string }): Promise<Kept<T>> {
  const { value: bytes, problem } = await readKeptBytes(path, maxBytes);
  if (!bytes) return { value: null, problem };
  let document: unknown;
  try {
    document = JSON.parse(bytes.toString('utf8'));
  } catch {
    return { value: null, problem: `${path} is not valid JSON` };
  }
  const checked = check(document);
  return checked.ok ? { value: checked.value, problem: null } : { value: null, problem: `${path} is not usable: ${checked.detail}` };
}

/** What the last pulls left behind, checked against the build clock; nothing at all before the first pull. */
export async function loadMetricsState(directory: string, now: Date): Promise<MetricsState> {
  const [snapshot, report] = await Promise.all([
    readKept(join(directory, SNAPSHOT_FILE), MAX_SNAPSHOT_BYTES, (document) => {
      const checked = checkSnapshot(document, now);
      return checked.ok ? { ok: true, value: checked.snapshot } : checked;
    }),
    readKept(join(directory, REPORT_FILE), MAX_REPORT_BYTES, (document) => {
      const parsed = pullReportSchema.safeParse(document);
      return parsed.success ? { ok: true, value: parsed.data } : { ok: false, detail: 'it is not a pull report' };
    }),
  ]);
  return {
    snapshot: snapshot.value,
    report: report.value,
    problems: [snapshot.problem, report.problem].filter((problem): problem is string => problem !== null),
  };
}
