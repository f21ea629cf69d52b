/** Reader-facing words for the domain's enums: views over the default language's dictionary. */
import { dictionary } from '../i18n/dictionary.ts';

const words = dictionary();

export const IMPACT_LABEL = words.impact;
export const INCIDENT_STATUS_LABEL = words.incidentStatus;
export const MAINTENANCE_STATUS_LABEL = words.maintenanceStatus;
export const MAINTENANCE_STATE_LABEL = words.maintenanceState;

/** Headings of the history's first sections; the past is headed by month instead. */
export const HISTORY_PHASE_HEADING = words.historyPhase;

/** What happened, as a notification's or an update feed entry's heading begins. */
export const EVENT_KIND_LABEL = words.eventKind;
