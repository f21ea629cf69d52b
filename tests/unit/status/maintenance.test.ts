import { describe, expect, it } from 'vitest';
import { deriveMaintenance, maintenanceState } from '../../../src/lib/status/maintenance';
import { maintenance } from '../../support/builders';

const WINDOW: [string, string] = ['2026-12-01T01:00:00Z', '2026-12-01T03:00:00Z'];
const at = (iso: string) => new Date(iso);

describe('maintenanceState', () => {
  it('follows the clock when the writer has said nothing since scheduling', () => {
    const planned = maintenance('m', WINDOW, [['2026-11-20T00:00:00Z', 'scheduled']]);
    expect(maintenanceState(planned, at('2026-11-30T00:00:00Z'))).toBe('upcoming');
    expect(maintenanceState(planned, at('2026-12-01T01:00:00Z'))).toBe('in_progress');
    expect(maintenanceState(planned, at('2026-12-01T03:00:00Z'))).toBe('completed');
  });

  it('stays in progress past its window while the writer says so: an overrun is news', () => {
    const overrun = maintenance('m', WINDOW, [
      ['2026-11-20T00:00:00Z', 'scheduled'],
      ['2026-12-01T01:00:00Z', 'in_progress'],
      ['2026-12-01T02:50:00Z', 'verifying'],
    ]);
    expect(maintenanceState(overrun, at('2026-12-01T05:00:00Z'))).toBe('in_progress');
  });

  it('ends early when completed, and starts early when marked in progress', () => {
    const early = maintenance('m', WINDOW, [
      ['2026-12-01T00:30:00Z', 'in_progress'],
      ['2026-12-01T01:30:00Z', 'completed'],
    ]);
    expect(maintenanceState(early, at('2026-12-01T02:00:00Z'))).toBe('completed');
    const started = maintenance('m', WINDOW, [['2026-12-01T00:30:00Z', 'in_progress']]);
    expect(maintenanceState(started, at('2026-12-01T00:40:00Z'))).toBe('in_progress');
  });

  it('derives the latest update and a newest-first timeline', () => {
    const derived = deriveMaintenance(
      maintenance('m', WINDOW, [
        ['2026-11-20T00:00:00Z', 'scheduled'],
        ['2026-12-01T01:00:00Z', 'in_progress'],
      ]),
      at('2026-12-01T02:00:00Z'),
    );
    expect(derived.state).toBe('in_progress');
    expect(derived.latestUpdate?.status).toBe('in_progress');
    expect(derived.timeline.map((entry) => entry.status)).toEqual(['in_progress', 'scheduled']);
    expect(deriveMaintenance(maintenance('n', WINDOW), at('2026-11-01T00:00:00Z')).latestUpdate).toBeNull();
  });
});
