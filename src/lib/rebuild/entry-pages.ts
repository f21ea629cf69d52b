import type { TextLanguage } from '../i18n/translated.ts';
import { namesIn } from '../i18n/operator-text.ts';
import type { MetricsFreshness } from '../metrics/view.ts';
import type { DerivedIncident } from '../status/incident.ts';
import type { DerivedMaintenance } from '../status/maintenance.ts';
import type { IncidentChart, StatusModel } from '../status/model.ts';

/**
 * Whether an incident's page shows the build clock: when it was built, how long the
 * incident has run, how old the metrics are. An open incident's page does, and so does
 * any while the metrics are not fresh, as their notice counts from the clock. A resolved
 * incident's page with fresh metrics shows none of it (Statuspage's incident pages have
 * no "last updated" either: the timeline dates every update), so it reads the same from
 * one build to the next and a build may keep it (`unchanged-pages.ts`).
 */
export function incidentPageShowsClock(incident: DerivedIncident, metrics: MetricsFreshness): boolean {
  return incident.active || metrics.state !== 'fresh';
}

/**
 * Everything an incident's page shows in `language` besides the code and the site's
 * settings, for the digest a build keeps the page by: the incident with its
 * translations, its rendered body, its charts (with each series' latest figure), the
 * components' names, and the clock and metrics notice where the page shows them.
 */
export function incidentPageInputs(
  model: StatusModel,
  page: { incident: DerivedIncident; charts: readonly IncidentChart[]; html: string },
  language: TextLanguage,
): unknown {
  const clock = incidentPageShowsClock(page.incident, model.metrics);
  return {
    language: language.locale,
    ...page,
    names: namesIn(model.components, language),
    metrics: clock ? model.metrics : model.metrics.state,
    clock: clock ? model.generatedAt : null,
  };
}

/**
 * Whether a maintenance window's page shows the build clock: its state follows the clock
 * until the window is completed, and so does its "last updated". A completed window's
 * page reads the same from one build to the next.
 */
export function maintenancePageShowsClock(maintenance: DerivedMaintenance): boolean {
  return maintenance.state !== 'completed';
}

/** Everything a maintenance window's page shows in `language` besides the code and the site's settings. */
export function maintenancePageInputs(
  model: StatusModel,
  page: { maintenance: DerivedMaintenance; html: string },
  language: TextLanguage,
): unknown {
  return {
    language: language.locale,
    ...page,
    names: namesIn(model.components, language),
    clock: maintenancePageShowsClock(page.maintenance) ? model.generatedAt : null,
  };
}
