/** Where a maintenance window stands, from the build clock and its updates. */
import { timelineOf, type TimelineEntry } from './incident.ts';
import type { MaintenanceInput, MaintenanceState, MaintenanceStatus, Update } from '../content/types.ts';

export interface DerivedMaintenance extends MaintenanceInput {
  state: MaintenanceState;
  latestUpdate: Update<MaintenanceStatus> | null;
  timeline: TimelineEntry<MaintenanceStatus>[];
  /** Same field name as incidents so history can sort both together. */
  startedAt: Date;
}

/**
 * A writer's explicit status wins: "completed" ends it early, "in_progress" or
 * "verifying" keeps it open past its window (an overrun is news). Without one, the
 * window and the clock decide.
 */
export function maintenanceState(input: MaintenanceInput, now: Date): MaintenanceState {
  const latest = input.updates.at(-1)?.status;
  if (latest === 'completed') return 'completed';
  if (latest === 'in_progress' || latest === 'verifying') return 'in_progress';
  const time = now.getTime();
  if (time < input.window.start.getTime()) return 'upcoming';
  if (time < input.window.end.getTime()) return 'in_progress';
  return 'completed';
}

export function deriveMaintenance(input: MaintenanceInput, now: Date): DerivedMaintenance {
  return {
    ...input,
    state: maintenanceState(input, now),
    latestUpdate: input.updates.at(-1) ?? null,
    timeline: timelineOf(input.updates),
    startedAt: input.window.start,
  };
}
