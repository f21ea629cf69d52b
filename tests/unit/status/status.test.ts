import { describe, expect, it } from 'vitest';
import { deriveIncident } from '../../../src/lib/status/incident';
import { deriveMaintenance } from '../../../src/lib/status/maintenance';
import { componentStatus, overallHeadline, overallStatus, worstStatus } from '../../../src/lib/status/status';
import { dictionary } from '../../../src/lib/i18n/dictionary';
import { TEST_NOW } from '../../support/clock';
import { incident, maintenance } from '../../support/builders';

const active = (slug: string, components: { id: string; status: 'degraded_performance' | 'partial_outage' | 'major_outage' }[], impact: 'none' | 'minor' | 'major' | 'critical' = 'minor') =>
  deriveIncident(incident(slug, [['2026-11-28T01:00:00Z', 'investigating']], { components, impact }), TEST_NOW);
const resolved = (slug: string, components: { id: string; status: 'major_outage' }[]) =>
  deriveIncident(
    incident(slug, [['2026-11-27T01:00:00Z', 'investigating'], ['2026-11-27T02:00:00Z', 'resolved']], { components, impact: 'critical' }),
    TEST_NOW,
  );

describe('worstStatus', () => {
  it('ranks maintenance above operational and below any outage', () => {
    expect(worstStatus([])).toBe('operational');
    expect(worstStatus(['operational', 'under_maintenance'])).toBe('under_maintenance');
    expect(worstStatus(['under_maintenance', 'degraded_performance'])).toBe('degraded_performance');
    expect(worstStatus(['major_outage', 'partial_outage'])).toBe('major_outage');
  });
});

describe('componentStatus', () => {
  it('takes the worst active incident and ignores resolved ones', () => {
    const incidents = [
      active('a', [{ id: 'sms', status: 'degraded_performance' }]),
      active('b', [{ id: 'sms', status: 'partial_outage' }]),
      resolved('c', [{ id: 'sms', status: 'major_outage' }]),
    ];
    expect(componentStatus('sms', incidents, [])).toBe('partial_outage');
    expect(componentStatus('voice', incidents, [])).toBe('operational');
  });

  it('shows maintenance only while it is in progress and nothing worse is happening', () => {
    const now = new Date('2026-12-01T02:00:00Z');
    const running = deriveMaintenance(maintenance('m', ['2026-12-01T01:00:00Z', '2026-12-01T03:00:00Z'], [], ['sms']), now);
    const later = deriveMaintenance(maintenance('n', ['2026-12-05T01:00:00Z', '2026-12-05T03:00:00Z'], [], ['voice']), now);
    expect(componentStatus('sms', [], [running, later])).toBe('under_maintenance');
    expect(componentStatus('voice', [], [running, later])).toBe('operational');
    expect(componentStatus('sms', [active('a', [{ id: 'sms', status: 'major_outage' }])], [running])).toBe('major_outage');
  });
});

describe('overallStatus', () => {
  it('says all systems operational when nothing is wrong', () => {
    expect(overallStatus(['operational', 'operational'], [])).toMatchObject({ indicator: 'none', description: 'All Systems Operational' });
  });

  it('words the page by the worst component', () => {
    expect(overallStatus(['operational', 'under_maintenance'], []).description).toBe('Service Under Maintenance');
    expect(overallStatus(['degraded_performance'], []).description).toBe('Partially Degraded Service');
    expect(overallStatus(['partial_outage', 'degraded_performance'], [])).toMatchObject({ indicator: 'major', description: 'Partial System Outage' });
    expect(overallStatus(['major_outage'], [])).toMatchObject({ indicator: 'critical', description: 'Major System Outage' });
  });

  it('keeps what the headline comes from, so each language words it', () => {
    const byComponent = overallStatus(['partial_outage'], []);
    const byIncident = overallStatus(['degraded_performance'], [active('a', [{ id: 'sms', status: 'degraded_performance' }], 'critical')]);
    expect([byComponent.from, byIncident.from]).toEqual([{ component: 'partial_outage' }, { impact: 'critical' }]);
    expect(overallHeadline(byComponent, dictionary('en'))).toBe(byComponent.description);
    expect(overallHeadline(byComponent, dictionary('id'))).toBe('Gangguan Sebagian Sistem');
    expect(overallHeadline(byIncident, dictionary('id'))).toBe('Gangguan Layanan Kritis');
  });

  it('lets an active incident raise the headline above its components', () => {
    const critical = active('a', [{ id: 'sms', status: 'degraded_performance' }], 'critical');
    expect(overallStatus(['degraded_performance'], [critical])).toMatchObject({ indicator: 'critical', description: 'Critical Service Outage' });
    const informational = active('b', [], 'none');
    expect(overallStatus(['operational'], [informational]).indicator).toBe('none');
  });

  it('prefers the component wording on a tie, since it names what is broken', () => {
    const major = active('a', [{ id: 'sms', status: 'partial_outage' }], 'major');
    expect(overallStatus(['partial_outage'], [major]).description).toBe('Partial System Outage');
  });
});
