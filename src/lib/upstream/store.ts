/**
 * The upstream pull's memory between builds: per page, the last good summary with the
 * time it was fetched, and a report of the last attempt. Files are written to a
 * temporary name and renamed, so a crash mid-write never loses the last good copy.
 * Reading never throws: a damaged kept file is set aside with a problem to log, and the
 * page shows that upstream as unknown rather than guess.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { readKept, writeAtomically } from '../metrics/store.ts';
import { CLOCK_SKEW_MS } from '../metrics/snapshot.ts';
import { MAX_SUMMARY_BYTES, upstreamSummarySchema, type UpstreamSummary } from './summary.ts';

const DEFAULT_UPSTREAMS_DIR = '.statuswire/upstreams';
const MAX_REPORT_BYTES = 16 * 1024;

const keptCopySchema = z.strictObject({
  version: z.literal(1),
  fetchedAt: z.iso.datetime({ offset: true }),
  summary: upstreamSummarySchema,
});

const pullReportSchema = z.strictObject({
  attemptedAt: z.iso.datetime({ offset: true }),
  ok: z.boolean(),
  /** Reader-facing, e.g. "the page did not answer". */
  reason: z.string().max(200).optional(),
  /** For the log, e.g. "no answer within 10 s". */
  detail: z.string().max(500).optional(),
});

export type UpstreamPullReport = z.output<typeof pullReportSchema>;

/** What the last pulls of one page left behind. */
export interface UpstreamCopy {
  summary: UpstreamSummary | null;
  fetchedAt: Date | null;
  report: UpstreamPullReport | null;
  /** Why a kept file was set aside, for the log. */
  problems: string[];
}

/** The upstreams folder: UPSTREAMS_DIR, or `.statuswire/upstreams` under the project. */
export function upstreamsDir(root: string, env: Record<string, string | undefined> = process.env): string {
  return env.UPSTREAMS_DIR ? env.UPSTREAMS_DIR : join(root, DEFAULT_UPSTREAMS_DIR);
}

const copyFile = (directory: string, pageId: string) => join(directory, `${pageId}.json`);
const reportFile = (directory: string, pageId: string) => join(directory, `${pageId}.pull.json`);

export async function saveCopy(directory: string, pageId: string, summary: UpstreamSummary, fetchedAt: Date): Promise<void> {
  await mkdir(directory, { recursive: true });
  await writeAtomically(copyFile(directory, pageId), `${JSON.stringify({ version: 1, fetchedAt: fetchedAt.toISOString(), summary })}\n`);
}

export async function saveReport(directory: string, pageId: string, report: UpstreamPullReport): Promise<void> {
  await mkdir(directory, { recursive: true });
  await writeAtomically(reportFile(directory, pageId), `${JSON.stringify(report, null, 2)}\n`);
}

/** The kept-file check for a zod schema, in the words the log uses for an upstream's files. */
function parsedBy<T>(schema: z.ZodType<T>) {
  return (document: unknown) => {
    const parsed = schema.safeParse(document);
    return parsed.success ? { ok: true as const, value: parsed.data } : { ok: false as const, detail: 'it is not a kept upstream file' };
  };
}

/** One page's kept copy and last report; a copy dated after the build clock is set aside. */
export async function loadUpstreamCopy(directory: string, pageId: string, now: Date): Promise<UpstreamCopy> {
  const [copy, report] = await Promise.all([
    readKept(copyFile(directory, pageId), MAX_SUMMARY_BYTES + 1024, parsedBy(keptCopySchema)),
    readKept(reportFile(directory, pageId), MAX_REPORT_BYTES, parsedBy(pullReportSchema)),
  ]);
  const problems = [copy.problem, report.problem].filter((problem): problem is string => problem !== null);
  let kept = copy.value;
  if (kept && Date.parse(kept.fetchedAt) > now.getTime() + CLOCK_SKEW_MS) {
    problems.push(`${copyFile(directory, pageId)} was fetched after the build clock`);
    kept = null;
  }
  return {
    summary: kept?.summary ?? null,
    fetchedAt: kept ? new Date(kept.fetchedAt) : null,
    report: report.value,
    problems,
  };
}

/** Every configured page's kept state, by page id. */
export async function loadUpstreamCopies(directory: string, pageIds: readonly string[], now: Date): Promise<Map<string, UpstreamCopy>> {
  const copies = await Promise.all(pageIds.map(async (id) => [id, await loadUpstreamCopy(directory, id, now)] as const));
  return new Map(copies);
}
