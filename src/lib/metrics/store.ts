/**
 * The pull's memory between builds: the last good snapshot and a report of the last
 * attempt. A new snapshot is written to a temporary file and renamed over the old one,
 * so a crash mid-write never loses the last good copy.
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { metricsSnapshotSchema, type MetricsSnapshot } from './snapshot.ts';

export const DEFAULT_METRICS_DIR = '.statuswire/metrics';
const SNAPSHOT_FILE = 'snapshot.json';
const REPORT_FILE = 'last-pull.json';

export const pullReportSchema = z.strictObject({
  attemptedAt: z.string(),
  source: z.string(),
  ok: z.boolean(),
  /** Reader-facing, e.g. "the source did not answer". */
  reason: z.string().optional(),
  /** For the log, e.g. "no answer within 10 s". */
  detail: z.string().optional(),
});
export type PullReport = z.output<typeof pullReportSchema>;

export interface MetricsState {
  snapshot: MetricsSnapshot | null;
  report: PullReport | null;
}

/** The metrics folder: METRICS_DIR, or `.statuswire/metrics` under the project. */
export function metricsDir(root: string, env: Record<string, string | undefined> = process.env): string {
  return env.METRICS_DIR ? env.METRICS_DIR : join(root, DEFAULT_METRICS_DIR);
}

async function writeAtomically(path: string, text: string): Promise<void> {
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, text);
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

async function readJson<T>(path: string, schema: z.ZodType<T>): Promise<T | null> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    return null;
  }
  const parsed = schema.safeParse(JSON.parse(text));
  if (!parsed.success) throw new Error(`${path} is damaged; delete it and run the metrics pull again`);
  return parsed.data;
}

/** What the last pulls left behind; nothing at all before the first pull. */
export async function loadMetricsState(directory: string): Promise<MetricsState> {
  const [snapshot, report] = await Promise.all([
    readJson(join(directory, SNAPSHOT_FILE), metricsSnapshotSchema),
    readJson(join(directory, REPORT_FILE), pullReportSchema),
  ]);
  return { snapshot, report };
}
