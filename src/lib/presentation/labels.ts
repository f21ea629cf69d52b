/** Reader-facing words for the domain's enums, kept with the enums' owners out of templates. */
import type { Impact, IncidentStatus, MaintenanceState, MaintenanceStatus } from '../content/types.ts';
import type { EventKind } from '../status/events.ts';

export const IMPACT_LABEL: Record<Impact, string> = {
  none: 'No impact',
  minor: 'Minor',
  major: 'Major',
  critical: 'Critical',
};

export const INCIDENT_STATUS_LABEL: Record<IncidentStatus, string> = {
  investigating: 'Investigating',
  identified: 'Identified',
  monitoring: 'Monitoring',
  resolved: 'Resolved',
};

export const MAINTENANCE_STATUS_LABEL: Record<MaintenanceStatus, string> = {
  scheduled: 'Scheduled',
  in_progress: 'In progress',
  verifying: 'Verifying',
  completed: 'Completed',
};

export const MAINTENANCE_STATE_LABEL: Record<MaintenanceState, string> = {
  upcoming: 'Upcoming',
  in_progress: 'In progress',
  completed: 'Completed',
};

/** Headings of the history's first sections; the past is headed by month instead. */
export const HISTORY_PHASE_HEADING = {
  ongoing: 'Ongoing',
  upcoming: 'Upcoming',
} as const;

/** What happened, as a notification's or an update feed entry's heading begins. */
export const EVENT_KIND_LABEL: Record<EventKind, string> = {
  'incident.opened': 'Incident opened',
  'incident.updated': 'Incident updated',
  'incident.resolved': 'Incident resolved',
  'maintenance.scheduled': 'Maintenance scheduled',
  'maintenance.started': 'Maintenance started',
  'maintenance.completed': 'Maintenance completed',
};
