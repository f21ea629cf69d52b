/** Status roll-up: from incidents and maintenance to components and the whole page. */
import type { DerivedIncident } from './incident.ts';
import type { DerivedMaintenance } from './maintenance.ts';
import { dictionary, type Dictionary } from '../i18n/dictionary.ts';
import { COMPONENT_STATUSES, type ComponentStatus, type Impact, type Indicator } from '../content/types.ts';

export function severity(status: ComponentStatus): number {
  return COMPONENT_STATUSES.indexOf(status);
}

export function worstStatus(statuses: readonly ComponentStatus[]): ComponentStatus {
  return statuses.reduce<ComponentStatus>(
    (worst, status) => (severity(status) > severity(worst) ? status : worst),
    'operational',
  );
}

/** A component's status now: the worst active incident, else maintenance, else operational. */
export function componentStatus(
  componentId: string,
  incidents: readonly DerivedIncident[],
  maintenance: readonly DerivedMaintenance[],
): ComponentStatus {
  const statuses: ComponentStatus[] = [];
  for (const incident of incidents) {
    if (!incident.active) continue;
    for (const affected of incident.components) {
      if (affected.id === componentId) statuses.push(affected.status);
    }
  }
  for (const window of maintenance) {
    if (window.state === 'in_progress' && window.components.includes(componentId)) {
      statuses.push('under_maintenance');
    }
  }
  return worstStatus(statuses);
}

export interface OverallStatus {
  indicator: Indicator;
  /** In the default language's words, as the Statuspage API gives it; pages word it with `overallHeadline`. */
  description: string;
  /** What the headline comes from, so each language can word it. */
  from: { component: ComponentStatus } | { impact: Impact };
}

const INDICATOR_RANK: Record<Indicator, number> = { none: 0, maintenance: 1, minor: 2, major: 3, critical: 4 };

const words = dictionary();

const FROM_COMPONENT: Record<ComponentStatus, OverallStatus> = {
  operational: { indicator: 'none', description: words.overallFromComponent.operational, from: { component: 'operational' } },
  under_maintenance: { indicator: 'maintenance', description: words.overallFromComponent.under_maintenance, from: { component: 'under_maintenance' } },
  degraded_performance: { indicator: 'minor', description: words.overallFromComponent.degraded_performance, from: { component: 'degraded_performance' } },
  partial_outage: { indicator: 'major', description: words.overallFromComponent.partial_outage, from: { component: 'partial_outage' } },
  major_outage: { indicator: 'critical', description: words.overallFromComponent.major_outage, from: { component: 'major_outage' } },
};

const FROM_IMPACT: Record<Impact, OverallStatus> = {
  none: { indicator: 'none', description: words.overallFromImpact.none, from: { impact: 'none' } },
  minor: { indicator: 'minor', description: words.overallFromImpact.minor, from: { impact: 'minor' } },
  major: { indicator: 'major', description: words.overallFromImpact.major, from: { impact: 'major' } },
  critical: { indicator: 'critical', description: words.overallFromImpact.critical, from: { impact: 'critical' } },
};

/** The page's headline in a language's words. */
export function overallHeadline(overall: Pick<OverallStatus, 'from'>, words: Dictionary): string {
  return 'component' in overall.from ? words.overallFromComponent[overall.from.component] : words.overallFromImpact[overall.from.impact];
}

/**
 * The page's headline, worded like Statuspage: the worst of every component's status
 * and every active incident's impact. Components word it when they tie, since they
 * say what is broken.
 */
export function overallStatus(
  componentStatuses: readonly ComponentStatus[],
  activeIncidents: readonly DerivedIncident[],
): OverallStatus {
  const candidates = [
    FROM_COMPONENT[worstStatus(componentStatuses)],
    ...activeIncidents.map((incident) => FROM_IMPACT[incident.impact]),
  ];
  return candidates.reduce((worst, candidate) =>
    INDICATOR_RANK[candidate.indicator] > INDICATOR_RANK[worst.indicator] ? candidate : worst,
  );
}

/** A component's status in the default language's words. */
export const COMPONENT_STATUS_LABEL: Record<ComponentStatus, string> = words.componentStatus;
