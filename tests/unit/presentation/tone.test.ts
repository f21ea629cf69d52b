import { describe, expect, it } from 'vitest';
import { TONE_OF_COMPONENT_STATUS, TONE_OF_INDICATOR, toneOfIncident, toneOfMaintenance } from '../../../src/lib/presentation/tone';

describe('tones', () => {
  it('give every component status its own tone, in order of severity', () => {
    expect(Object.values(TONE_OF_COMPONENT_STATUS)).toEqual(['operational', 'maintenance', 'degraded', 'partial', 'major']);
  });

  it('map the page indicator onto the same scale', () => {
    expect(TONE_OF_INDICATOR.critical).toBe(TONE_OF_COMPONENT_STATUS.major_outage);
    expect(TONE_OF_INDICATOR.maintenance).toBe('maintenance');
  });

  it('settle resolved incidents and completed maintenance', () => {
    expect(toneOfIncident('critical', 'monitoring')).toBe('major');
    expect(toneOfIncident('critical', 'resolved')).toBe('operational');
    expect(toneOfMaintenance('upcoming')).toBe('maintenance');
    expect(toneOfMaintenance('completed')).toBe('operational');
  });
});
