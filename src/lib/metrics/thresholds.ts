/** Measured status: what a metric value says about a component, before anyone writes an incident. */
import { worstStatus } from '../status/status.ts';
import type { IncidentComponentStatus } from '../content/types.ts';
import type { Threshold, ThresholdRule } from './config.ts';

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
