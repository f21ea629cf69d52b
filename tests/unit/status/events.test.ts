import { describe, expect, it } from 'vitest';
import { eventsOf } from '../../../src/lib/status/events';
import type { IncidentInput, MaintenanceInput } from '../../../src/lib/content/types';
import { TEST_NOW } from '../../support/clock';
import { testModel } from '../../support/model';

const at = (iso: string) => new Date(iso);

const incident: IncidentInput = {
  slug: '2026-11-27-delays',
  title: 'Delays',
  impact: 'major',
  components: [{ id: 'sms-smartfren', status: 'partial_outage' }],
  updates: [
    { at: at('2026-11-27T01:00:00Z'), status: 'investigating', message: 'Looking.' },
    { at: at('2026-11-27T02:00:00Z'), status: 'identified', message: 'Found it.' },
    { at: at('2026-11-27T03:00:00Z'), status: 'resolved', message: 'Fixed.' },
  ],
};

const window = (start: string, end: string, updates: MaintenanceInput['updates'] = []): MaintenanceInput => ({
  slug: `m-${start.slice(0, 10)}`,
  title: 'Migration',
  components: ['sms-telkomsel'],
  window: { start: at(start), end: at(end) },
  updates,
});

describe('eventsOf', () => {
  it('gives each incident update the id the API gives it, and a kind from its place and status', () => {
    const events = eventsOf(testModel([incident]));
    expect(events.map((event) => [event.id, event.kind, event.status])).toEqual([
      ['2026-11-27-delays-update-1', 'incident.opened', 'investigating'],
      ['2026-11-27-delays-update-2', 'incident.updated', 'identified'],
      ['2026-11-27-delays-update-3', 'incident.resolved', 'resolved'],
    ]);
    expect(events[0]).toMatchObject({ title: 'Delays', impact: 'major', components: ['sms-smartfren'], message: 'Looking.', subject: 'incident' });
  });

  it('schedules, starts and completes maintenance as the build clock passes its window', () => {
    const upcoming = window('2026-12-01T00:00:00Z', '2026-12-01T02:00:00Z');
    const running = window('2026-11-28T05:00:00Z', '2026-11-28T07:00:00Z');
    const done = window('2026-11-20T05:00:00Z', '2026-11-20T07:00:00Z');
    const ids = eventsOf(testModel([], [upcoming, running, done], TEST_NOW)).map((event) => `${event.id} ${event.kind}`);
    expect(new Set(ids)).toEqual(
      new Set([
        'm-2026-11-20-scheduled maintenance.scheduled',
        'm-2026-11-20-started maintenance.started',
        'm-2026-11-20-completed maintenance.completed',
        'm-2026-11-28-scheduled maintenance.scheduled',
        'm-2026-11-28-started maintenance.started',
        'm-2026-12-01-scheduled maintenance.scheduled',
      ]),
    );
  });

  it('takes a maintenance step from the writer\'s update when one moved it', () => {
    const early = window('2026-12-01T00:00:00Z', '2026-12-01T02:00:00Z', [
      { at: at('2026-11-28T05:30:00Z'), status: 'in_progress', message: 'Started early.' },
    ]);
    const started = eventsOf(testModel([], [early])).find((event) => event.kind === 'maintenance.started');
    expect(started).toMatchObject({ id: 'm-2026-12-01-started', message: 'Started early.', at: at('2026-11-28T05:30:00Z') });
  });
});
