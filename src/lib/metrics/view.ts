/** What the page says about metrics: how fresh they are, per-component series, measured status. */
import { severity } from '../status/status.ts';
import { formatAgo, formatUtcDateTime, utcDayKey } from '../presentation/time.ts';
import type { Dictionary } from '../i18n/dictionary.ts';
import type { IncidentComponentStatus, LabelTranslations, MetricLabelTranslations } from '../content/types.ts';
import { labelTranslations } from '../i18n/operator-text.ts';
import type { Threshold } from './config.ts';
import type { MetricSeries, MetricsSnapshot } from './snapshot.ts';
import type { MetricsState } from './store.ts';
import { measuredStatus, thresholdFor } from './thresholds.ts';

export interface MetricsFreshness {
  /**
   * fresh: the last pull worked and its figures are within the freshness window;
   * stale: older figures are shown, because the pull failed or the source sent nothing
   * newer; missing: nothing to show.
   */
  state: 'fresh' | 'stale' | 'missing';
  asOf: Date | null;
  /**
   * Why the figures are stale or missing; null when fresh or never pulled. A failed pull
   * gives its own reason as the pull worded it (null when it gave none); the others are
   * worded by each page's dictionary.
   */
  reason: { failed: string | null } | 'unusable' | 'nothing-newer' | null;
}

export function metricsFreshness(state: MetricsState, now: Date, staleAfterMinutes: number): MetricsFreshness {
  const { snapshot, report } = state;
  const failed = report !== null && !report.ok;
  if (!snapshot) {
    // Kept figures that could not be used say so; the log has the detail.
    const reason = failed ? { failed: report.reason ?? null } : state.problems.length > 0 ? 'unusable' : null;
    return { state: 'missing', asOf: null, reason };
  }
  const asOf = new Date(snapshot.generatedAt);
  if (failed) return { state: 'stale', asOf, reason: { failed: report.reason ?? null } };
  if (now.getTime() - asOf.getTime() > staleAfterMinutes * 60_000) return { state: 'stale', asOf, reason: 'nothing-newer' };
  return { state: 'fresh', asOf, reason: null };
}

/** Why the figures are stale or missing, in readers' words; null when fresh or never pulled. */
export function freshnessReason(freshness: MetricsFreshness, words: Dictionary): string | null {
  const { reason } = freshness;
  if (reason === null) return null;
  if (reason === 'unusable') return words.metrics.unusable;
  if (reason === 'nothing-newer') return words.metrics.nothingNewer;
  return reason.failed ?? words.metrics.unreadable;
}

/** The sentence readers see above the figures, as plain text. */
export function freshnessNotice(freshness: MetricsFreshness, now: Date, words: Dictionary): string {
  const reason = freshnessReason(freshness, words);
  if (!freshness.asOf) return reason ? words.metrics.missingNotice(reason) : words.metrics.neverPulled;
  if (freshness.state === 'fresh') return words.metrics.freshNotice(formatUtcDateTime(freshness.asOf, words.time));
  return words.metrics.asOfNotice(formatAgo(freshness.asOf, now, words.time), reason ?? words.metrics.unreadable);
}

export interface SeriesView extends MetricSeries {
  latest: number | null;
  threshold: Threshold | undefined;
  /** The operator's translations of `label` (content/metrics.yaml), by language. */
  translations: LabelTranslations | undefined;
}

/** The newest non-empty value, preferring the finer recent points. */
export function latestValue(series: MetricSeries): number | null {
  for (const points of [series.recent, series.daily]) {
    for (let index = points.length - 1; index >= 0; index--) {
      const value = points[index]![1];
      if (value !== null) return value;
    }
  }
  return null;
}

export function seriesOf(
  snapshot: MetricsSnapshot | null,
  componentId: string,
  thresholds: readonly Threshold[],
  labels?: MetricLabelTranslations,
): SeriesView[] {
  return (snapshot?.series ?? [])
    .filter((series) => series.component === componentId)
    .map((series) => ({
      ...series,
      latest: latestValue(series),
      threshold: thresholdFor(thresholds, componentId, series.metric),
      translations: labelTranslations(series.label, labels),
    }));
}

export interface MeasuredStatus {
  status: IncidentComponentStatus;
  metric: string;
  label: string;
  translations: LabelTranslations | undefined;
  value: number;
  unit: MetricSeries['unit'];
}

/** The worst status any series' latest value gives the component now. */
export function currentMeasuredStatus(series: readonly SeriesView[]): MeasuredStatus | null {
  let worst: MeasuredStatus | null = null;
  for (const view of series) {
    if (!view.threshold || view.latest === null) continue;
    const status = measuredStatus(view.threshold, view.latest);
    if (status && (!worst || severity(status) > severity(worst.status))) {
      worst = { status, metric: view.metric, label: view.label, translations: view.translations, value: view.latest, unit: view.unit };
    }
  }
  return worst;
}


/** Day key to the worst status thresholds gave that day's figures. */
export function measuredDays(series: readonly SeriesView[]): Map<string, IncidentComponentStatus> {
  const days = new Map<string, IncidentComponentStatus>();
  for (const view of series) {
    if (!view.threshold) continue;
    for (const [time, value] of view.daily) {
      const status = measuredStatus(view.threshold, value);
      if (!status) continue;
      const key = utcDayKey(new Date(time));
      const previous = days.get(key);
      if (!previous || severity(status) > severity(previous)) days.set(key, status);
    }
  }
  return days;
}

export interface DayFigure {
  label: string;
  translations: LabelTranslations | undefined;
  unit: MetricSeries['unit'];
  /** Null when the series has no figure for the day. */
  value: number | null;
}

/** Each series' value on one UTC day, for a day's details. */
export function figuresOn(series: readonly SeriesView[], dayKey: string): DayFigure[] {
  return series.map((view) => ({
    label: view.label,
    translations: view.translations,
    unit: view.unit,
    value: valuesByDay(view.daily).get(dayKey) ?? null,
  }));
}

// Every component's 90 days look up the same series: each point's day is read once, and
// the first point of a day answers for it.
const dayValues = new WeakMap<MetricSeries['daily'], Map<string, number | null>>();
function valuesByDay(points: MetricSeries['daily']): Map<string, number | null> {
  let values = dayValues.get(points);
  if (!values) {
    values = new Map();
    for (const [time, value] of points) {
      const key = utcDayKey(new Date(time));
      if (!values.has(key)) values.set(key, value);
    }
    dayValues.set(points, values);
  }
  return values;
}

// Every incident's charts look through the same series: each point's time is read once.
const pointTimes = new WeakMap<MetricSeries['daily'], number[]>();
function timesOf(points: MetricSeries['daily']): number[] {
  let times = pointTimes.get(points);
  if (!times) pointTimes.set(points, (times = points.map(([time]) => new Date(time).getTime())));
  return times;
}

/**
 * The points covering [from, to] with a day's margin either side: hourly when the
 * finer series spans the whole window, daily otherwise. `shownFrom` is the time of the
 * first point when it comes after `from`: the incident began before the figures kept,
 * and the chart must not pass for all of it.
 */
export function pointsDuring(
  series: MetricSeries,
  from: Date,
  to: Date,
): { points: MetricSeries['daily']; hourly: boolean; shownFrom: Date | null } {
  const margin = 86_400_000;
  const inside = (points: MetricSeries['daily'], pad: number) => {
    const times = timesOf(points);
    return points.filter((_, index) => times[index]! >= from.getTime() - pad && times[index]! <= to.getTime() + pad);
  };
  const firstRecent = series.recent[0];
  if (firstRecent && new Date(firstRecent[0]).getTime() <= from.getTime()) {
    return { points: inside(series.recent, 3_600_000), hourly: true, shownFrom: null };
  }
  const points = inside(series.daily, margin);
  const first = points[0] ? new Date(points[0][0]) : null;
  return { points, hourly: false, shownFrom: first && first.getTime() > from.getTime() ? first : null };
}
