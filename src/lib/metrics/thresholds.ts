/** Measured status: what a metric value says about a component, before anyone writes an incident. */
import { worstStatus } from '../status/status.ts';
import type { Dictionary } from '../i18n/dictionary.ts';
import type { IncidentComponentStatus } from '../content/types.ts';
import type { Threshold, ThresholdRule } from './config.ts';
import { formatMetric } from './format.ts';
import type { MetricUnit } from './snapshot.ts';

function ruleMatches(rule: ThresholdRule, value: number): boolean {
  if (rule.below !== undefined) return value < rule.below;
  if (rule.above !== undefined) return value > rule.above;
  return false;
}

/** The worst status any rule gives this value; null when the value is healthy or missing. */
export function measuredStatus(threshold: Threshold, value: number | null): IncidentComponentStatus | null {
  if (value === null) return null;
  const matched = threshold.rules.filter((rule) => ruleMatches(rule, value)).map((rule) => rule.status);
  return matched.length === 0 ? null : (worstStatus(matched) as IncidentComponentStatus);
}

export function thresholdFor(thresholds: readonly Threshold[], component: string, metric: string): Threshold | undefined {
  return thresholds.find((threshold) => threshold.component === component && threshold.metric === metric);
}

export interface ThresholdMark {
  status: IncidentComponentStatus;
  value: number;
  /** The words beside its line on a chart, like "Degraded performance below 95 %". */
  label: string;
}

/** Each rule as a line to draw: a dashed line alone would leave readers guessing what it marks. */
export function thresholdMarks(threshold: Threshold | undefined, unit: MetricUnit, words: Dictionary): ThresholdMark[] {
  return (threshold?.rules ?? []).map((rule) => {
    const value = (rule.below ?? rule.above)!;
    const side = rule.below !== undefined ? 'below' : 'above';
    return { status: rule.status, value, label: words.metrics.threshold(words.componentStatus[rule.status], side, formatMetric(value, unit, words)) };
  });
}
