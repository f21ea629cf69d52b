/**
 * The one typed model of the page, derived once per build. Every output (pages now;
 * feeds, API and badges later) renders from it and never recomputes status itself.
 */
import { historyItems, recentDays, type HistoryDay, type HistoryItem } from './history';
import { byNewestStart, deriveIncident, type DerivedIncident } from './incident';
import { deriveMaintenance, type DerivedMaintenance } from './maintenance';
import type { ComponentsFile } from './schemas';
import { componentStatus, overallStatus, worstStatus, type OverallStatus } from './status';
import type { Component, ComponentStatus, IncidentInput, MaintenanceInput } from './types';

export interface ComponentView extends Component {
  groupName: string;
  status: ComponentStatus;
  /** Incidents that affected it, newest first. */
  incidents: DerivedIncident[];
  /** Maintenance that touches it, soonest window first. */
  maintenance: DerivedMaintenance[];
}

export interface GroupView {
  id: string;
  name: string;
  description?: string;
  components: ComponentView[];
  /** Worst status inside, for a collapsed summary. */
  status: ComponentStatus;
}

export interface StatusModel {
  generatedAt: Date;
  overall: OverallStatus;
  groups: GroupView[];
  components: ComponentView[];
  /** Display name of every component id. */
  componentNames: ReadonlyMap<string, string>;
  incidents: DerivedIncident[];
  activeIncidents: DerivedIncident[];
  maintenance: DerivedMaintenance[];
  /** In progress first, then upcoming, each soonest first. */
  openMaintenance: DerivedMaintenance[];
  history: HistoryItem[];
  recentDays: HistoryDay[];
}

export interface ModelInput {
  components: ComponentsFile;
  incidents: readonly IncidentInput[];
  maintenance: readonly MaintenanceInput[];
  now: Date;
}

export const RECENT_DAYS = 7;

const bySoonestWindow = (a: DerivedMaintenance, b: DerivedMaintenance) =>
  a.window.start.getTime() - b.window.start.getTime() || a.slug.localeCompare(b.slug);

export function buildStatusModel(input: ModelInput): StatusModel {
  const { now } = input;
  const incidents = input.incidents.map((incident) => deriveIncident(incident, now)).sort(byNewestStart);
  const maintenance = input.maintenance.map((window) => deriveMaintenance(window, now)).sort(bySoonestWindow);
  const activeIncidents = incidents.filter((incident) => incident.active);

  const groups: GroupView[] = input.components.groups.map((group) => {
    const components = group.components.map((component): ComponentView => ({
      ...component,
      group: group.id,
      groupName: group.name,
      status: componentStatus(component.id, incidents, maintenance),
      incidents: incidents.filter((incident) => incident.components.some((affected) => affected.id === component.id)),
      maintenance: maintenance.filter((window) => window.components.includes(component.id)),
    }));
    return {
      id: group.id,
      name: group.name,
      ...(group.description === undefined ? {} : { description: group.description }),
      components,
      status: worstStatus(components.map((component) => component.status)),
    };
  });
  const components = groups.flatMap((group) => group.components);
  const history = historyItems(incidents, maintenance);

  return {
    generatedAt: now,
    overall: overallStatus(components.map((component) => component.status), activeIncidents),
    groups,
    components,
    componentNames: new Map(components.map((component) => [component.id, component.name])),
    incidents,
    activeIncidents,
    maintenance,
    openMaintenance: [
      ...maintenance.filter((window) => window.state === 'in_progress'),
      ...maintenance.filter((window) => window.state === 'upcoming'),
    ],
    history,
    recentDays: recentDays(history, now, RECENT_DAYS),
  };
}
