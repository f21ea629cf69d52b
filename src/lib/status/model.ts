/**
 * The one typed model of the page, derived once per build. Every output (pages, feeds,
 * calendars, the API and badges) renders from it and never recomputes status itself.
 */
import { historyItems, recentDays, type HistoryDay, type HistoryItem } from './history.ts';
import { byNewestStart, deriveIncident, type DerivedIncident } from './incident.ts';
import { deriveMaintenance, type DerivedMaintenance } from './maintenance.ts';
import type { MetricsConfig } from '../metrics/config.ts';
import type { MetricPoint } from '../metrics/snapshot.ts';
import type { MetricsState } from '../metrics/store.ts';
import {
  currentMeasuredStatus,
  figuresOn,
  measuredDays,
  metricsFreshness,
  pointsDuring,
  seriesOf,
  type DayFigure,
  type MeasuredStatus,
  type MetricsFreshness,
  type SeriesView,
} from '../metrics/view.ts';
import type { ComponentsFile, UpstreamsFile } from '../content/schemas.ts';
import type { UpstreamCopy } from '../upstream/store.ts';
import { followedLink, upstreamLinks, type UpstreamLinkView } from '../upstream/view.ts';
import { componentStatus, overallStatus, severity, worstStatus, type OverallStatus } from './status.ts';
import type { Component, ComponentStatus, IncidentInput, MaintenanceInput, OperatorTranslations } from '../content/types.ts';
import { componentIntervals, uptimeDays, uptimePercent, type UptimeDay } from './uptime.ts';

/** A day of a component's uptime with each of its metrics' figures that day, for the day's details. */
export interface UptimeDayView extends UptimeDay {
  figures: DayFigure[];
}

export interface ComponentView extends Component {
  /** The worst of what people reported and what thresholds measured. */
  status: ComponentStatus;
  /** Set when a metric threshold, not a person, gave the status above. */
  measured: MeasuredStatus | null;
  /** Every upstream component it depends on, as the last good copies have them. */
  upstreams: UpstreamLinkView[];
  /** Set when a followed upstream component, not a person or a metric, gave the status above. */
  followed: UpstreamLinkView | null;
  uptime: { days: UptimeDayView[]; percent: number };
  series: SeriesView[];
  /** Incidents that affected it, newest first. */
  incidents: DerivedIncident[];
  /** Maintenance that touches it, soonest window first. */
  maintenance: DerivedMaintenance[];
}

export interface GroupView {
  id: string;
  name: string;
  description?: string;
  translations?: OperatorTranslations | undefined;
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
  metrics: MetricsFreshness;
}

interface ModelInput {
  components: ComponentsFile;
  incidents: readonly IncidentInput[];
  maintenance: readonly MaintenanceInput[];
  metrics: MetricsState;
  metricsConfig: MetricsConfig;
  /** content/upstreams.yaml and the kept copy of each page; none when left out. */
  upstreams?: { config: UpstreamsFile; copies: ReadonlyMap<string, UpstreamCopy> };
  now: Date;
}

const RECENT_DAYS = 7;

const bySoonestWindow = (a: DerivedMaintenance, b: DerivedMaintenance) =>
  a.window.start.getTime() - b.window.start.getTime() || a.slug.localeCompare(b.slug);

export function buildStatusModel(input: ModelInput): StatusModel {
  const { now } = input;
  const incidents = input.incidents.map((incident) => deriveIncident(incident, now)).sort(byNewestStart);
  const maintenance = input.maintenance.map((window) => deriveMaintenance(window, now)).sort(bySoonestWindow);
  const activeIncidents = incidents.filter((incident) => incident.active);

  const metrics = metricsFreshness(input.metrics, now, input.metricsConfig.staleAfterMinutes);
  // Old figures must not raise an alarm on their own: only fresh ones can mark a component.
  const snapshot = metrics.state === 'missing' ? null : input.metrics.snapshot;

  const groups: GroupView[] = input.components.groups.map((group) => {
    const components = group.components.map((component): ComponentView => {
      const reported = componentStatus(component.id, incidents, maintenance);
      const series = seriesOf(snapshot, component.id, input.metricsConfig.thresholds, input.metricsConfig.translations);
      const measuredNow = metrics.state === 'fresh' ? currentMeasuredStatus(series) : null;
      const measuredOwn = measuredNow && severity(measuredNow.status) > severity(reported) ? measuredNow : null;
      const upstreams = input.upstreams ? upstreamLinks(component.id, input.upstreams.config, input.upstreams.copies, now) : [];
      const followed = followedLink(upstreams, measuredOwn ? measuredOwn.status : reported);
      // Whichever source gave the worst status is the one named beside it.
      const measured = followed ? null : measuredOwn;
      const days = uptimeDays(componentIntervals(component.id, incidents, maintenance, now), now, measuredDays(series));
      return {
        ...component,
        group: group.id,
        status: followed?.status ?? measured?.status ?? reported,
        measured,
        upstreams,
        followed,
        uptime: { days: days.map((day) => ({ ...day, figures: figuresOn(series, day.key) })), percent: uptimePercent(days) },
        series,
        incidents: incidents.filter((incident) => incident.components.some((affected) => affected.id === component.id)),
        maintenance: maintenance.filter((window) => window.components.includes(component.id)),
      };
    });
    return {
      id: group.id,
      name: group.name,
      ...(group.description === undefined ? {} : { description: group.description }),
      ...(group.translations === undefined ? {} : { translations: group.translations }),
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
    metrics,
  };
}

export interface IncidentChart {
  series: SeriesView;
  points: MetricPoint[];
  hourly: boolean;
  /** The first point's time, when the incident began before it. */
  shownFrom: Date | null;
}

/**
 * The figures of every component an incident affected, around its time until it was
 * resolved (or until now); a series with no points then is left out.
 */
export function incidentCharts(model: StatusModel, incident: DerivedIncident): IncidentChart[] {
  const end = incident.resolvedAt ?? model.generatedAt;
  const seriesOfComponent = new Map(model.components.map((component) => [component.id, component.series]));
  return incident.components
    .flatMap((affected) => seriesOfComponent.get(affected.id) ?? [])
    .map((series) => ({ series, ...pointsDuring(series, incident.startedAt, end) }))
    .filter((chart) => chart.points.length > 0);
}
