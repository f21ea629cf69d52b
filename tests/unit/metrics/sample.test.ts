import { describe, expect, it } from 'vitest';
import { deriveIncident } from '../../../src/lib/status/incident';
import { sampleSnapshot, seededUniform, severityBetween, type SampleProfile } from '../../../src/lib/metrics/sample';
import { metricsSnapshotSchema } from '../../../src/lib/metrics/snapshot';
import { TEST_NOW } from '../../support/clock';
import { incident } from '../../support/builders';

const profile: SampleProfile = {
  component: 'sms-smartfren', metric: 'delivery_rate', label: 'Delivered', unit: 'percent', baseline: 98.5, noise: 0.4, perSeverity: -3.5,
};
const outage = deriveIncident(
  incident('outage', [['2026-11-20T00:00:00Z', 'investigating'], ['2026-11-22T00:00:00Z', 'resolved']], {
    components: [{ id: 'sms-smartfren', status: 'partial_outage' }],
  }),
  TEST_NOW,
);

describe('sample metrics', () => {
  const snapshot = sampleSnapshot([profile], [outage], [], TEST_NOW);
  const daily = new Map(snapshot.series[0]!.daily);

  it('produce 90 days up to the build clock and 24 whole hours, in our format', () => {
    expect(metricsSnapshotSchema.parse(snapshot)).toEqual(snapshot);
    expect(snapshot.series[0]?.daily).toHaveLength(90);
    expect(snapshot.series[0]?.daily.at(-1)?.[0]).toBe('2026-11-28T00:00:00.000Z');
    expect(snapshot.series[0]?.recent).toHaveLength(24);
    expect(snapshot.series[0]?.recent.at(-1)?.[0]).toBe('2026-11-28T05:00:00.000Z');
  });

  it('sag while an incident holds the component', () => {
    expect(daily.get('2026-11-21T00:00:00.000Z')).toBeLessThan(92.5);
    expect(daily.get('2026-11-24T00:00:00.000Z')).toBeGreaterThan(97.5);
  });

  it('give a day the same value whatever the clock, so the sample looks live', () => {
    const later = sampleSnapshot([profile], [outage], [], new Date('2026-12-05T06:00:00Z'));
    expect(new Map(later.series[0]!.daily).get('2026-11-24T00:00:00.000Z')).toBe(daily.get('2026-11-24T00:00:00.000Z'));
  });

  it('keep percentages within 0 to 100', () => {
    const extreme = sampleSnapshot([{ ...profile, baseline: 99.9, noise: 5, perSeverity: -80 }], [outage], [], TEST_NOW);
    for (const [, value] of extreme.series[0]!.daily) expect(value).toBeGreaterThanOrEqual(0), expect(value).toBeLessThanOrEqual(100);
  });

  it('weight severity by the share of time affected', () => {
    const intervals = [{ start: new Date(0), end: new Date(500), status: 'major_outage' as const, kind: 'incident' as const, slug: 'x', title: 'x' }];
    expect(severityBetween(intervals, 0, 1000)).toBe(1.5);
    expect(severityBetween(intervals, 500, 1000)).toBe(0);
    expect(seededUniform('a')).toBe(seededUniform('a'));
    expect(seededUniform('a')).not.toBe(seededUniform('b'));
  });
});
