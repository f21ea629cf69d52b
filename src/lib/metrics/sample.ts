/**
 * The sample metrics source: figures generated from `content/metrics-sample.yaml`,
 * the build clock and the sample incidents. A given day always gets the same value
 * (the noise is seeded by component, metric and day), so the sample looks live as the
 * clock moves, and a component's figures sag while an incident holds it.
 */
import { z } from 'astro/zod';
import type { DerivedIncident } from '../status/incident.ts';
import type { DerivedMaintenance } from '../status/maintenance.ts';
import { startOfUtcDay, utcDayKey } from '../presentation/time.ts';
import type { ComponentStatus } from '../content/types.ts';
import { componentIntervals, UPTIME_DAYS, type StatusInterval } from '../status/uptime.ts';
import { METRIC_UNITS, type MetricPoint, type MetricsSnapshot } from './snapshot.ts';

const sampleProfileSchema = z.strictObject({
  component: z.string().min(1),
  metric: z.string().regex(/^[a-z0-9][a-z0-9_]*$/),
  label: z.string().min(1),
  unit: z.enum(METRIC_UNITS),
  /** A normal day's value. */
  baseline: z.number(),
  /** Typical day-to-day wobble. */
  noise: z.number().nonnegative(),
  /** Added per step of severity (degraded 1, partial 2, major 3) for the share of time affected. */
  perSeverity: z.number(),
});

export const sampleProfilesSchema = z.strictObject({ series: z.array(sampleProfileSchema).min(1) });

export type SampleProfile = z.output<typeof sampleProfileSchema>;

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

const SEVERITY_STEP: Record<ComponentStatus, number> = {
  operational: 0,
  under_maintenance: 0,
  degraded_performance: 1,
  partial_outage: 2,
  major_outage: 3,
};

/** FNV-1a, then one round of mulberry32: a stable uniform number in [0, 1) per key. */
export function seededUniform(key: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < key.length; index++) {
    hash ^= key.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  let t = (hash + 0x6d2b79f5) | 0;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

/** Roughly normal noise in about [-1.5, 1.5] from three seeded uniforms. */
function noiseFor(key: string): number {
  return seededUniform(`${key}#1`) + seededUniform(`${key}#2`) + seededUniform(`${key}#3`) - 1.5;
}

/** Severity weighted by the share of [from, to) each incident covered; the worst one counts. */
export function severityBetween(intervals: readonly StatusInterval[], from: number, to: number): number {
  let worst = 0;
  for (const interval of intervals) {
    const overlap = Math.min(interval.end.getTime(), to) - Math.max(interval.start.getTime(), from);
    if (overlap <= 0) continue;
    worst = Math.max(worst, (SEVERITY_STEP[interval.status] * overlap) / (to - from));
  }
  return worst;
}

function sampleValue(profile: SampleProfile, key: string, severityWeight: number): number {
  const raw = profile.baseline + profile.noise * noiseFor(key) + profile.perSeverity * severityWeight;
  const bounded = profile.unit === 'percent' ? Math.min(100, Math.max(0, raw)) : Math.max(0, raw);
  return Math.round(bounded * 100) / 100;
}

export function sampleSnapshot(
  profiles: readonly SampleProfile[],
  incidents: readonly DerivedIncident[],
  maintenance: readonly DerivedMaintenance[],
  now: Date,
): MetricsSnapshot {
  const today = startOfUtcDay(now).getTime();
  const currentHour = Math.floor(now.getTime() / HOUR_MS) * HOUR_MS;
  return {
    version: 1,
    generatedAt: now.toISOString(),
    series: profiles.map((profile) => {
      const intervals = componentIntervals(profile.component, incidents, maintenance, now);
      const seed = `${profile.component}/${profile.metric}`;
      const daily: MetricPoint[] = [];
      for (let index = UPTIME_DAYS - 1; index >= 0; index--) {
        const start = today - index * DAY_MS;
        const end = Math.min(start + DAY_MS, now.getTime());
        const day = new Date(start);
        daily.push([day.toISOString(), sampleValue(profile, `${seed}/${utcDayKey(day)}`, severityBetween(intervals, start, end))]);
      }
      // The 24 whole hours before the current one, so every point covers a full hour.
      const recent: MetricPoint[] = [];
      for (let index = 24; index >= 1; index--) {
        const start = currentHour - index * HOUR_MS;
        const hour = new Date(start);
        const severity = severityBetween(intervals, start, start + HOUR_MS);
        recent.push([hour.toISOString(), sampleValue(profile, `${seed}/${hour.toISOString()}`, severity)]);
      }
      return { component: profile.component, metric: profile.metric, label: profile.label, unit: profile.unit, daily, recent };
    }),
  };
}
