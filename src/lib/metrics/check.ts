/**
 * Checks a document against the snapshot format and the build clock. Used on every
 * pull and on the kept last-good copy, so a copy written before these bounds, or
 * damaged by hand, is refused like a bad answer. Problems name the field and never
 * quote the document: a source's text may hold anything, secrets included.
 */
import type { z } from 'astro/zod';
import { fieldName } from '../content/problems.ts';
import { parseTimestamp } from '../presentation/time.ts';
import {
  CLOCK_SKEW_MS,
  MAX_DAILY_POINTS,
  MAX_SERIES_PER_COMPONENT,
  MAX_SNAPSHOT_AGE_MS,
  metricsSnapshotSchema,
  type MetricPoint,
  type MetricsSnapshot,
} from './snapshot.ts';

type SnapshotCheck = { ok: true; snapshot: MetricsSnapshot } | { ok: false; detail: string };

const DAY_MS = 86_400_000;

function problem(path: readonly PropertyKey[], message: string): { ok: false; detail: string } {
  return { ok: false, detail: `wrong shape at ${fieldName(path) || 'the top level'}: ${message}` };
}

/** zod's own words, except where they would repeat the document's field names. */
function issueMessage(issue: z.core.$ZodIssue): string {
  return issue.code === 'unrecognized_keys' ? 'has a field the format does not know' : issue.message;
}

const timeOf = (text: string): number => {
  const parsed = parseTimestamp(text);
  return parsed.ok ? parsed.date.getTime() : Number.NaN;
};

function pointsProblem(points: readonly MetricPoint[], path: PropertyKey[], generatedAt: number): { ok: false; detail: string } | null {
  let previous = Number.NEGATIVE_INFINITY;
  for (const [index, [time]] of points.entries()) {
    const at = timeOf(time);
    if (at > generatedAt + CLOCK_SKEW_MS) return problem([...path, index, 0], 'is after generatedAt');
    if (at < generatedAt - MAX_DAILY_POINTS * DAY_MS) return problem([...path, index, 0], `is more than ${MAX_DAILY_POINTS} days before generatedAt`);
    if (at <= previous) return problem([...path, index, 0], 'is not after the point before it; list points oldest first, one per time');
    previous = at;
  }
  return null;
}

/** The document as a snapshot the build at `now` can show, or the first thing wrong with it. */
export function checkSnapshot(document: unknown, now: Date): SnapshotCheck {
  const parsed = metricsSnapshotSchema.safeParse(document);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return problem(issue.path, issueMessage(issue));
  }
  const snapshot = parsed.data;
  const generatedAt = timeOf(snapshot.generatedAt);
  if (generatedAt > now.getTime() + CLOCK_SKEW_MS) {
    return problem(['generatedAt'], `is after the build clock (${now.toISOString()}); check the producer's clock`);
  }
  if (generatedAt < now.getTime() - MAX_SNAPSHOT_AGE_MS) {
    return problem(['generatedAt'], `is more than ${MAX_SNAPSHOT_AGE_MS / DAY_MS} days before the build clock (${now.toISOString()})`);
  }
  const perComponent = new Map<string, number>();
  const seen = new Set<string>();
  for (const [index, series] of snapshot.series.entries()) {
    const count = (perComponent.get(series.component) ?? 0) + 1;
    if (count > MAX_SERIES_PER_COMPONENT) return problem(['series', index, 'component'], `has more than ${MAX_SERIES_PER_COMPONENT} series`);
    perComponent.set(series.component, count);
    const key = `${series.component}\n${series.metric}`;
    if (seen.has(key)) return problem(['series', index], 'repeats the component and metric of an earlier series');
    seen.add(key);
    for (const points of ['daily', 'recent'] as const) {
      const wrong = pointsProblem(series[points], ['series', index, points], generatedAt);
      if (wrong) return wrong;
    }
  }
  return { ok: true, snapshot };
}
