/**
 * The page model as Statuspage v2 documents. Pure mapping: every status, indicator and
 * list comes from the model, so the API can never disagree with the pages.
 *
 * Ids are the names writers already use: a component's or group's id from
 * content/components.yaml, an incident's or maintenance's file slug, and for an update
 * `<slug>-update-<n>`, n counting from 1 in the order written (updates are only ever
 * appended, so n never changes).
 */
import type { DerivedIncident } from '../../status/incident.ts';
import type { DerivedMaintenance } from '../../status/maintenance.ts';
import type { StatusModel } from '../../status/model.ts';
import { absoluteUrl, DEFAULT_LANGUAGE_PATHS, incidentPath, maintenancePath } from '../urls.ts';
import type { MaintenanceStatus, Update } from '../../content/types.ts';
import type {
  StatuspageApi,
  StatuspageComponent,
  StatuspageIncident,
  StatuspagePage,
  StatuspageScheduledMaintenance,
} from './statuspage-schema.ts';

interface ApiSite {
  name: string;
  url: string;
}

/** Statuspage's own list endpoints stop at the 50 most recent. */
export const LIST_LIMIT = 50;

const iso = (date: Date): string => date.toISOString();

export function statuspageApi(model: StatusModel, site: ApiSite): StatuspageApi {
  const page = pageOf(model, site);
  const components = componentRows(model, page.id);
  const rows = new Map(components.map((row) => [row.id, row]));
  const incident = (item: DerivedIncident) => incidentOf(item, page.id, site.url, rows);
  const maintenance = (item: DerivedMaintenance) => maintenanceOf(item, page.id, site.url, rows);
  const status = { indicator: model.overall.indicator, description: model.overall.description };
  const unresolved = model.activeIncidents.map(incident);
  const newestWindowFirst = [...model.maintenance].reverse();

  return {
    summary: {
      page,
      status,
      components,
      incidents: unresolved,
      scheduled_maintenances: model.openMaintenance.map(maintenance),
    },
    status: { page, status },
    components: { page, components },
    incidents: { page, incidents: model.incidents.slice(0, LIST_LIMIT).map(incident) },
    unresolvedIncidents: { page, incidents: unresolved },
    scheduledMaintenances: { page, scheduled_maintenances: newestWindowFirst.slice(0, LIST_LIMIT).map(maintenance) },
    upcomingMaintenances: {
      page,
      scheduled_maintenances: model.maintenance.filter((item) => item.state === 'upcoming').map(maintenance),
    },
    activeMaintenances: {
      page,
      scheduled_maintenances: model.maintenance.filter((item) => item.state === 'in_progress').map(maintenance),
    },
  };
}

/**
 * One incident or maintenance as the API documents it, with the page and its status: the
 * body of a Statuspage-shaped webhook (src/lib/notify).
 */
export function statuspageEntry(model: StatusModel, site: ApiSite, subject: 'incident' | 'maintenance', slug: string) {
  const page = pageOf(model, site);
  const rows = new Map(componentRows(model, page.id).map((row) => [row.id, row]));
  const incident = subject === 'incident' ? model.incidents.find((item) => item.slug === slug) : undefined;
  const maintenance = subject === 'maintenance' ? model.maintenance.find((item) => item.slug === slug) : undefined;
  const entry = incident ? incidentOf(incident, page.id, site.url, rows) : maintenance ? maintenanceOf(maintenance, page.id, site.url, rows) : undefined;
  return { page, status: { indicator: model.overall.indicator, description: model.overall.description }, entry };
}

function pageOf(model: StatusModel, site: ApiSite): StatuspagePage {
  const url = new URL(site.url);
  return {
    id: url.hostname,
    name: site.name,
    url: url.href.replace(/\/$/, ''),
    time_zone: 'Etc/UTC',
    updated_at: iso(model.generatedAt),
  };
}

/**
 * Each group row, then its components. StatusWire keeps no history of when a component
 * was added or last changed, so both times are the build clock.
 */
function componentRows(model: StatusModel, pageId: string): StatuspageComponent[] {
  const built = iso(model.generatedAt);
  return model.groups.flatMap((group, groupIndex): StatuspageComponent[] => [
    {
      id: group.id,
      name: group.name,
      status: group.status,
      created_at: built,
      updated_at: built,
      position: groupIndex + 1,
      description: group.description ?? null,
      showcase: false,
      start_date: null,
      group_id: null,
      page_id: pageId,
      group: true,
      only_show_if_degraded: false,
      components: group.components.map((component) => component.id),
    },
    ...group.components.map((component, index): StatuspageComponent => ({
      id: component.id,
      name: component.name,
      status: component.status,
      created_at: built,
      updated_at: built,
      position: index + 1,
      description: component.description ?? null,
      showcase: true,
      start_date: null,
      group_id: group.id,
      page_id: pageId,
      group: false,
      only_show_if_degraded: false,
    })),
  ]);
}

function rowsOf(ids: readonly string[], rows: ReadonlyMap<string, StatuspageComponent>): StatuspageComponent[] {
  return ids.flatMap((componentId) => rows.get(componentId) ?? []);
}

/** Newest first, as Statuspage lists them. */
function updatesOf<S extends string>(slug: string, updates: readonly Update<S>[]) {
  return updates
    .map((update, index) => ({
      id: `${slug}-update-${index + 1}`,
      status: update.status,
      body: update.message,
      incident_id: slug,
      created_at: iso(update.at),
      updated_at: iso(update.at),
      display_at: iso(update.at),
      affected_components: null,
      deliver_notifications: false,
      custom_tweet: null,
      tweet_id: null,
    }))
    .reverse();
}

function incidentOf(
  incident: DerivedIncident,
  pageId: string,
  siteUrl: string,
  rows: ReadonlyMap<string, StatuspageComponent>,
): StatuspageIncident {
  const monitoring = incident.updates.findLast((update) => update.status === 'monitoring');
  return {
    id: incident.slug,
    name: incident.title,
    status: incident.status,
    created_at: iso(incident.startedAt),
    updated_at: iso(incident.latestUpdate.at),
    monitoring_at: monitoring ? iso(monitoring.at) : null,
    resolved_at: incident.resolvedAt ? iso(incident.resolvedAt) : null,
    impact: incident.impact,
    shortlink: absoluteUrl(incidentPath(DEFAULT_LANGUAGE_PATHS, incident.slug), siteUrl),
    started_at: iso(incident.startedAt),
    page_id: pageId,
    incident_updates: updatesOf(incident.slug, incident.updates),
    components: rowsOf(
      incident.components.map((affected) => affected.id),
      rows,
    ),
  };
}

/** Statuspage's maintenance status: the model's state, told apart by the writer's last word. */
export function maintenanceStatus(maintenance: DerivedMaintenance): MaintenanceStatus {
  if (maintenance.state === 'upcoming') return 'scheduled';
  if (maintenance.state === 'completed') return 'completed';
  return maintenance.latestUpdate?.status === 'verifying' ? 'verifying' : 'in_progress';
}

function maintenanceOf(
  maintenance: DerivedMaintenance,
  pageId: string,
  siteUrl: string,
  rows: ReadonlyMap<string, StatuspageComponent>,
): StatuspageScheduledMaintenance {
  const status = maintenanceStatus(maintenance);
  const created = maintenance.updates[0]?.at ?? maintenance.window.start;
  const latest = maintenance.latestUpdate;
  const completedAt = latest?.status === 'completed' ? latest.at : maintenance.window.end;
  return {
    id: maintenance.slug,
    name: maintenance.title,
    status,
    created_at: iso(created),
    updated_at: iso(latest?.at ?? created),
    monitoring_at: null,
    resolved_at: status === 'completed' ? iso(completedAt) : null,
    impact: 'maintenance',
    shortlink: absoluteUrl(maintenancePath(DEFAULT_LANGUAGE_PATHS, maintenance.slug), siteUrl),
    started_at: iso(maintenance.window.start),
    page_id: pageId,
    incident_updates: updatesOf(maintenance.slug, maintenance.updates),
    components: rowsOf(maintenance.components, rows),
    scheduled_for: iso(maintenance.window.start),
    scheduled_until: iso(maintenance.window.end),
  };
}
