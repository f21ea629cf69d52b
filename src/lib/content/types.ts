/** Domain vocabulary shared by the schemas, the model and every output. */

export const IMPACTS = ['none', 'minor', 'major', 'critical'] as const;
export type Impact = (typeof IMPACTS)[number];

/** Statuses a writer may put an affected component in. */
export const INCIDENT_COMPONENT_STATUSES = [
  'degraded_performance',
  'partial_outage',
  'major_outage',
] as const;
export type IncidentComponentStatus = (typeof INCIDENT_COMPONENT_STATUSES)[number];

/** Every status a component can show, least to most severe. */
export const COMPONENT_STATUSES = [
  'operational',
  'under_maintenance',
  'degraded_performance',
  'partial_outage',
  'major_outage',
] as const;
export type ComponentStatus = (typeof COMPONENT_STATUSES)[number];

export const INCIDENT_STATUSES = ['investigating', 'identified', 'monitoring', 'resolved'] as const;
export type IncidentStatus = (typeof INCIDENT_STATUSES)[number];

export const MAINTENANCE_STATUSES = ['scheduled', 'in_progress', 'verifying', 'completed'] as const;
export type MaintenanceStatus = (typeof MAINTENANCE_STATUSES)[number];

/** Where a maintenance window stands at the build clock. */
export type MaintenanceState = 'upcoming' | 'in_progress' | 'completed';

/** Statuspage's page indicator. */
export type Indicator = 'none' | 'minor' | 'major' | 'critical' | 'maintenance';

export interface Component {
  id: string;
  name: string;
  description?: string;
  group: string;
}

export interface Update<S extends string> {
  at: Date;
  status: S;
  message: string;
}

export interface AffectedComponent {
  id: string;
  status: IncidentComponentStatus;
}

/** A translated update message, named by the time of the update it translates. */
export interface TranslatedUpdate {
  /** The time as the writer typed it, to name it in a problem. */
  written: string;
  at: Date;
  message: string;
}

/** A writer's translation into one language; what is left out is shown in the original. */
export interface EntryTranslation {
  title?: string | undefined;
  updates?: TranslatedUpdate[] | undefined;
  /** The translated body, already rendered to HTML. */
  body?: string | undefined;
}

/** Translations by language code, for languages other than the site's default. */
export type EntryTranslations = Partial<Record<string, EntryTranslation>>;

/** An incident as the writer typed it, already validated. */
export interface IncidentInput {
  slug: string;
  title: string;
  impact: Impact;
  components: AffectedComponent[];
  updates: Update<IncidentStatus>[];
  translations?: EntryTranslations | undefined;
}

/** A maintenance as the writer typed it, already validated. */
export interface MaintenanceInput {
  slug: string;
  title: string;
  components: string[];
  window: { start: Date; end: Date };
  updates: Update<MaintenanceStatus>[];
  translations?: EntryTranslations | undefined;
}
