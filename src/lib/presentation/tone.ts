/** One visual scale for every status-like value, so colour (palette.ts), icon and words always agree. */
import type { ComponentStatus, Impact, Indicator, IncidentStatus, MaintenanceState } from '../content/types.ts';

export type Tone = 'operational' | 'maintenance' | 'degraded' | 'partial' | 'major';

export const TONE_OF_COMPONENT_STATUS: Record<ComponentStatus, Tone> = {
  operational: 'operational',
  under_maintenance: 'maintenance',
  degraded_performance: 'degraded',
  partial_outage: 'partial',
  major_outage: 'major',
};

export const TONE_OF_INDICATOR: Record<Indicator, Tone> = {
  none: 'operational',
  maintenance: 'maintenance',
  minor: 'degraded',
  major: 'partial',
  critical: 'major',
};

const TONE_OF_IMPACT: Record<Impact, Tone> = {
  none: 'operational',
  minor: 'degraded',
  major: 'partial',
  critical: 'major',
};

/** A resolved incident reads as settled whatever its impact was. */
export function toneOfIncident(impact: Impact, status: IncidentStatus): Tone {
  return status === 'resolved' ? 'operational' : TONE_OF_IMPACT[impact];
}

export function toneOfMaintenance(state: MaintenanceState): Tone {
  return state === 'completed' ? 'operational' : 'maintenance';
}
