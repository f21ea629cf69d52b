import { describe, expect, it } from 'vitest';
import { byNewestStart, deriveIncident, timelineOf } from '../../../src/lib/status/incident';
import { TEST_NOW } from '../../support/clock';
import { incident } from '../../support/builders';

describe('deriveIncident', () => {
  it('derives an active incident from its timeline', () => {
    const derived = deriveIncident(
      incident('a', [
        ['2026-11-28T01:00:00Z', 'investigating'],
        ['2026-11-28T02:30:00Z', 'identified'],
      ]),
      TEST_NOW,
    );
    expect(derived.status).toBe('identified');
    expect(derived.active).toBe(true);
    expect(derived.startedAt.toISOString()).toBe('2026-11-28T01:00:00.000Z');
    expect(derived.resolvedAt).toBeNull();
    expect(derived.durationMs).toBe(5 * 3_600_000);
    expect(derived.latestUpdate.status).toBe('identified');
  });

  it('derives resolution time and duration of a resolved incident', () => {
    const derived = deriveIncident(
      incident('b', [
        ['2026-11-25T07:20:00Z', 'investigating'],
        ['2026-11-25T09:50:00Z', 'resolved'],
      ]),
      TEST_NOW,
    );
    expect(derived.active).toBe(false);
    expect(derived.resolvedAt?.toISOString()).toBe('2026-11-25T09:50:00.000Z');
    expect(derived.durationMs).toBe(150 * 60_000);
  });

  it('refuses an incident without updates instead of inventing a start', () => {
    expect(() => deriveIncident(incident('c', []), TEST_NOW)).toThrow(/no updates/);
  });
});

describe('timelineOf', () => {
  it('lists newest first with the gap since the previous update', () => {
    const timeline = timelineOf(
      incident('a', [
        ['2026-11-28T01:00:00Z', 'investigating'],
        ['2026-11-28T01:45:00Z', 'identified'],
        ['2026-11-28T04:00:00Z', 'monitoring'],
      ]).updates,
    );
    expect(timeline.map((entry) => [entry.status, entry.sincePreviousMs])).toEqual([
      ['monitoring', 135 * 60_000],
      ['identified', 45 * 60_000],
      ['investigating', null],
    ]);
  });
});

describe('byNewestStart', () => {
  it('orders by start, newest first, then by slug', () => {
    const items = [
      { slug: 'b', startedAt: new Date('2026-01-01T00:00:00Z') },
      { slug: 'c', startedAt: new Date('2026-06-01T00:00:00Z') },
      { slug: 'a', startedAt: new Date('2026-01-01T00:00:00Z') },
    ];
    expect(items.sort(byNewestStart).map((item) => item.slug)).toEqual(['c', 'a', 'b']);
  });
});
