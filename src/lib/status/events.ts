/**
 * What a subscriber hears about, derived from the page model, for the notifications and
 * the per-update feeds: each posted incident update
 * (the first opens the incident, a "resolved" one resolves it) and each step of a
 * maintenance window. Ids are stable across builds: an update's is the one the Statuspage
 * API gives it (`<slug>-update-<n>`, updates are only appended), a maintenance step's is
 * `<slug>-<step>`, so the record of what was sent can name them for good.
 */
import type { Impact, IncidentStatus, MaintenanceStatus } from '../content/types.ts';
import type { DerivedMaintenance } from './maintenance.ts';
import type { StatusModel } from './model.ts';

export const EVENT_KINDS = [
  'incident.opened',
  'incident.updated',
  'incident.resolved',
  'maintenance.scheduled',
  'maintenance.started',
  'maintenance.completed',
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export interface StatusEvent {
  id: string;
  kind: EventKind;
  /** The incident's or maintenance's slug. */
  slug: string;
  subject: 'incident' | 'maintenance';
  title: string;
  status: IncidentStatus | MaintenanceStatus;
  impact: Impact | 'maintenance';
  /** Affected component ids, in the writer's order. */
  components: string[];
  /** The writer's Markdown for this step; empty when the clock, not an update, made it. */
  message: string;
  at: Date;
  /** The window, for maintenance. */
  window?: { start: Date; end: Date };
}

// Every updates feed, one per component and language, asks for the same list: at 10,000
// incidents it is 30,000 events to make and sort, so it is made once per model.
const eventLists = new WeakMap<StatusModel, readonly StatusEvent[]>();

/** Every event the model holds, oldest first (ties by id, so the order never varies). */
export function eventsOf(model: StatusModel): readonly StatusEvent[] {
  let events = eventLists.get(model);
  if (!events) {
    events = [...model.incidents.flatMap(incidentEvents), ...model.maintenance.flatMap(maintenanceEvents)].sort(
      (a, b) => a.at.getTime() - b.at.getTime() || a.id.localeCompare(b.id),
    );
    eventLists.set(model, events);
  }
  return events;
}

function incidentEvents(incident: StatusModel['incidents'][number]): StatusEvent[] {
  return incident.updates.map((update, index) => ({
    id: `${incident.slug}-update-${index + 1}`,
    kind: update.status === 'resolved' ? 'incident.resolved' : index === 0 ? 'incident.opened' : 'incident.updated',
    slug: incident.slug,
    subject: 'incident',
    title: incident.title,
    status: update.status,
    impact: incident.impact,
    components: incident.components.map((affected) => affected.id),
    message: update.message,
    at: update.at,
  }));
}

/**
 * Scheduled as soon as the window is written; started and completed once the model says
 * so, by the writer's update or by the window opening or closing on a scheduled build.
 * The message is that of the update which moved it, if one did.
 */
function maintenanceEvents(maintenance: DerivedMaintenance): StatusEvent[] {
  const base = {
    slug: maintenance.slug,
    subject: 'maintenance' as const,
    title: maintenance.title,
    impact: 'maintenance' as const,
    components: [...maintenance.components],
    window: maintenance.window,
  };
  const firstWith = (statuses: MaintenanceStatus[]) => maintenance.updates.find((update) => statuses.includes(update.status));
  const scheduled = firstWith(['scheduled']);
  const events: StatusEvent[] = [
    {
      ...base,
      id: `${maintenance.slug}-scheduled`,
      kind: 'maintenance.scheduled',
      status: 'scheduled',
      message: scheduled?.message ?? '',
      at: scheduled?.at ?? maintenance.updates[0]?.at ?? maintenance.window.start,
    },
  ];
  if (maintenance.state !== 'upcoming') {
    const started = firstWith(['in_progress', 'verifying']);
    events.push({
      ...base,
      id: `${maintenance.slug}-started`,
      kind: 'maintenance.started',
      status: 'in_progress',
      message: started?.message ?? '',
      at: started?.at ?? maintenance.window.start,
    });
  }
  if (maintenance.state === 'completed') {
    const completed = firstWith(['completed']);
    events.push({
      ...base,
      id: `${maintenance.slug}-completed`,
      kind: 'maintenance.completed',
      status: 'completed',
      message: completed?.message ?? '',
      at: completed?.at ?? maintenance.window.end,
    });
  }
  return events;
}
