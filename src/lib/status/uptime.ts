/**
 * Daily states and the uptime figure behind the 90-day bars.
 *
 * Uptime = 1 − weighted downtime ÷ time in the window. Only incident time counts:
 * a major outage counts in full, a partial outage at 30 % (Statuspage's weighting),
 * degraded performance and maintenance not at all. Measured thresholds colour a day
 * but add no downtime, because a daily figure cannot say how long a problem lasted.
 */
import type { DerivedIncident } from './incident.ts';
import type { DerivedMaintenance } from './maintenance.ts';
import { severity, worstStatus } from './status.ts';
import { lastUtcDays, utcDayKey } from '../presentation/time.ts';
import type { ComponentStatus, EntryTranslations } from '../content/types.ts';
import type { Dictionary } from '../i18n/dictionary.ts';
import { localNumber } from '../i18n/number.ts';

export const UPTIME_DAYS = 90;
const DAY_MS = 86_400_000;

const DOWNTIME_WEIGHT: Record<ComponentStatus, number> = {
  operational: 0,
  under_maintenance: 0,
  degraded_performance: 0,
  partial_outage: 0.3,
  major_outage: 1,
};

export interface StatusInterval {
  start: Date;
  end: Date;
  status: ComponentStatus;
  kind: 'incident' | 'maintenance';
  slug: string;
  title: string;
  /** The writer's translations of the title, so a day names it in the page's language. */
  translations?: EntryTranslations | undefined;
}

/** When each incident and maintenance held this component in a status, up to `now`. */
export function componentIntervals(
  componentId: string,
  incidents: readonly DerivedIncident[],
  maintenance: readonly DerivedMaintenance[],
  now: Date,
): StatusInterval[] {
  const intervals: StatusInterval[] = [];
  for (const incident of incidents) {
    const affected = incident.components.find((component) => component.id === componentId);
    if (!affected) continue;
    intervals.push({
      start: incident.startedAt,
      end: incident.resolvedAt ?? now,
      status: affected.status,
      kind: 'incident',
      slug: incident.slug,
      title: incident.title,
      translations: incident.translations,
    });
  }
  for (const window of maintenance) {
    if (window.state === 'upcoming' || !window.components.includes(componentId)) continue;
    const completedAt = window.updates.find((update) => update.status === 'completed')?.at;
    const end = completedAt ?? (window.state === 'in_progress' ? now : window.window.end);
    intervals.push({
      start: window.window.start,
      end: end < window.window.start ? window.window.start : end,
      status: 'under_maintenance',
      kind: 'maintenance',
      slug: window.slug,
      title: window.title,
      translations: window.translations,
    });
  }
  return intervals;
}

/** How long a status other than operational was held, as Statuspage lists it in a day's tooltip. */
export interface StatusTime {
  status: ComponentStatus;
  ms: number;
}

interface DayState {
  /** Worst status held at any moment of the day. */
  status: ComponentStatus;
  /** Weighted downtime within the day. */
  downtimeMs: number;
  /** Time held in each status other than operational, worst first. */
  statusTimes: StatusTime[];
  /** What touched the component that day. */
  events: StatusInterval[];
}

/** Sweeps [from, to) once, taking the worst status at each moment. */
export function stateBetween(intervals: readonly StatusInterval[], from: Date, to: Date): DayState {
  const events = intervals.filter((interval) => interval.start < to && interval.end > from);
  const edges = new Set<number>([from.getTime(), to.getTime()]);
  for (const interval of events) {
    edges.add(Math.max(interval.start.getTime(), from.getTime()));
    edges.add(Math.min(interval.end.getTime(), to.getTime()));
  }
  const points = [...edges].sort((a, b) => a - b);
  let downtimeMs = 0;
  const statuses: ComponentStatus[] = [];
  const held = new Map<ComponentStatus, number>();
  for (let index = 0; index < points.length - 1; index++) {
    const start = points[index]!;
    const end = points[index + 1]!;
    const covering = events.filter((interval) => interval.start.getTime() <= start && interval.end.getTime() >= end);
    const status = worstStatus(covering.map((interval) => interval.status));
    statuses.push(status);
    downtimeMs += DOWNTIME_WEIGHT[status] * (end - start);
    if (status !== 'operational') held.set(status, (held.get(status) ?? 0) + end - start);
  }
  const statusTimes = [...held]
    .map(([status, ms]) => ({ status, ms }))
    .sort((a, b) => severity(b.status) - severity(a.status));
  return { status: worstStatus(statuses), downtimeMs, statusTimes, events };
}

export interface UptimeDay extends DayState {
  day: Date;
  /** "2026-01-12": the UTC day, as links and anchors name it. */
  key: string;
  /** The day's own uptime, weighted as the window's. */
  percent: number;
  /** How much of the day had passed at the build clock (today is partial). */
  elapsedMs: number;
  /** Status a metric threshold gave the day, when worse than what people reported. */
  measured: ComponentStatus | null;
}

/** The last `days` UTC days, oldest first as bars read left to right. */
export function uptimeDays(
  intervals: readonly StatusInterval[],
  now: Date,
  measuredByDay: ReadonlyMap<string, ComponentStatus> = new Map(),
  days: number = UPTIME_DAYS,
): UptimeDay[] {
  const shown = lastUtcDays(now, days).reverse();
  // Years of incidents, but only those touching the window can colour a day of it.
  const windowStart = shown[0]?.getTime() ?? now.getTime();
  const inWindow = intervals.filter((interval) => interval.end.getTime() > windowStart && interval.start < now);
  return shown
    .map((day) => {
      const end = new Date(Math.min(day.getTime() + DAY_MS, now.getTime()));
      const state = stateBetween(inWindow, day, end);
      const key = utcDayKey(day);
      const measured = measuredByDay.get(key) ?? null;
      const measuredIsWorse = measured !== null && severity(measured) > severity(state.status);
      const elapsedMs = end.getTime() - day.getTime();
      return {
        ...state,
        day,
        key,
        percent: elapsedMs === 0 ? 100 : 100 * (1 - state.downtimeMs / elapsedMs),
        elapsedMs,
        status: measuredIsWorse ? measured : state.status,
        measured: measuredIsWorse ? measured : null,
      };
    });
}

/** Percentage of the window without weighted downtime; 100 for an empty window. */
export function uptimePercent(days: readonly UptimeDay[]): number {
  const total = days.reduce((sum, day) => sum + day.elapsedMs, 0);
  if (total === 0) return 100;
  const down = days.reduce((sum, day) => sum + day.downtimeMs, 0);
  return 100 * (1 - down / total);
}

/** "99.95 %" ("99,95 %" in Indonesian): two decimals, never rounded up to 100 while there was downtime. */
export function formatUptime(percent: number, words: Pick<Dictionary, 'number'>): string {
  const floored = Math.floor(percent * 100) / 100;
  return `${localNumber(floored.toFixed(2), words)} %`;
}
