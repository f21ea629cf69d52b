import type { IncidentInput, IncidentStatus, MaintenanceInput, MaintenanceStatus } from '../../src/lib/content/types';

type UpdateSpec<S> = [at: string, status: S];

export function incident(
  slug: string,
  updates: UpdateSpec<IncidentStatus>[],
  extra: Partial<IncidentInput> = {},
): IncidentInput {
  return {
    slug,
    title: `Incident ${slug}`,
    impact: 'minor',
    components: [],
    updates: updates.map(([at, status]) => ({ at: new Date(at), status, message: `${status} at ${at}` })),
    ...extra,
  };
}

export function maintenance(
  slug: string,
  window: [start: string, end: string],
  updates: UpdateSpec<MaintenanceStatus>[] = [],
  components: string[] = ['sms-telkomsel'],
): MaintenanceInput {
  return {
    slug,
    title: `Maintenance ${slug}`,
    components,
    window: { start: new Date(window[0]), end: new Date(window[1]) },
    updates: updates.map(([at, status]) => ({ at: new Date(at), status, message: `${status} at ${at}` })),
  };
}
