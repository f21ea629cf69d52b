/** What an incident's timeline says, derived once and never typed twice. */
import type { IncidentInput, IncidentStatus, Update } from '../content/types.ts';

export interface TimelineEntry<S extends string> extends Update<S> {
  /** Time since the previous update; null for the first. */
  sincePreviousMs: number | null;
}

export interface DerivedIncident extends IncidentInput {
  status: IncidentStatus;
  startedAt: Date;
  resolvedAt: Date | null;
  /** Start to resolution, or to the build clock while active. */
  durationMs: number;
  active: boolean;
  latestUpdate: Update<IncidentStatus>;
  /** Newest first, as readers scan it. */
  timeline: TimelineEntry<IncidentStatus>[];
}

/** Newest-first timeline with the gap between consecutive updates. */
export function timelineOf<S extends string>(updates: readonly Update<S>[]): TimelineEntry<S>[] {
  return updates
    .map((update, index) => {
      const previous = updates[index - 1];
      return {
        ...update,
        sincePreviousMs: previous ? update.at.getTime() - previous.at.getTime() : null,
      };
    })
    .reverse();
}

export function deriveIncident(input: IncidentInput, now: Date): DerivedIncident {
  const first = input.updates[0];
  const latest = input.updates.at(-1);
  if (!first || !latest) {
    throw new Error(`incident "${input.slug}" has no updates; the schema requires at least one`);
  }
  const active = latest.status !== 'resolved';
  const resolvedAt = active ? null : latest.at;
  const end = resolvedAt ?? now;
  return {
    ...input,
    status: latest.status,
    startedAt: first.at,
    resolvedAt,
    durationMs: Math.max(0, end.getTime() - first.at.getTime()),
    active,
    latestUpdate: latest,
    timeline: timelineOf(input.updates),
  };
}

/** Newest start first; ties by slug so the order never depends on file system order. */
export function byNewestStart(a: { startedAt: Date; slug: string }, b: { startedAt: Date; slug: string }): number {
  return b.startedAt.getTime() - a.startedAt.getTime() || a.slug.localeCompare(b.slug);
}
