import { describe, expect, it } from 'vitest';
import { deriveIncident } from '../../../src/lib/status/incident';
import { deriveMaintenance } from '../../../src/lib/status/maintenance';
import { componentIntervals, formatUptime, stateBetween, uptimeDays, uptimePercent, type StatusInterval } from '../../../src/lib/status/uptime';
import { TEST_NOW } from '../../support/clock';
import { incident, maintenance } from '../../support/builders';
import { dictionary } from '../../../src/lib/i18n/dictionary';

const EN = dictionary('en');

const interval = (start: string, end: string, status: StatusInterval['status']): StatusInterval => ({
  start: new Date(start), end: new Date(end), status, kind: 'incident', slug: start, title: start,
});

describe('componentIntervals', () => {
  it('spans each incident from start to resolution, or to now while active', () => {
    const incidents = [
      incident('a', [['2026-11-25T07:00:00Z', 'investigating'], ['2026-11-25T09:00:00Z', 'resolved']], { components: [{ id: 'sms', status: 'major_outage' }] }),
      incident('b', [['2026-11-28T05:00:00Z', 'investigating']], { components: [{ id: 'sms', status: 'degraded_performance' }] }),
      incident('c', [['2026-11-28T05:00:00Z', 'investigating']], { components: [{ id: 'voice', status: 'major_outage' }] }),
    ].map((input) => deriveIncident(input, TEST_NOW));
    expect(componentIntervals('sms', incidents, [], TEST_NOW).map((item) => [item.start.toISOString(), item.end.toISOString(), item.status])).toEqual([
      ['2026-11-25T07:00:00.000Z', '2026-11-25T09:00:00.000Z', 'major_outage'],
      ['2026-11-28T05:00:00.000Z', '2026-11-28T06:00:00.000Z', 'degraded_performance'],
    ]);
  });

  it('spans maintenance over its window, ends it when completed early, and skips upcoming ones', () => {
    const windows = [
      maintenance('done-early', ['2026-11-20T01:00:00Z', '2026-11-20T03:00:00Z'], [['2026-11-20T01:00:00Z', 'in_progress'], ['2026-11-20T02:00:00Z', 'completed']], ['sms']),
      maintenance('later', ['2026-12-20T01:00:00Z', '2026-12-20T03:00:00Z'], [], ['sms']),
    ].map((input) => deriveMaintenance(input, TEST_NOW));
    expect(componentIntervals('sms', [], windows, TEST_NOW).map((item) => [item.slug, item.end.toISOString(), item.status])).toEqual([
      ['done-early', '2026-11-20T02:00:00.000Z', 'under_maintenance'],
    ]);
  });
});

describe('stateBetween', () => {
  const day = [new Date('2026-11-25T00:00:00Z'), new Date('2026-11-26T00:00:00Z')] as const;

  it('weights a major outage fully and a partial outage at 30 %, counting overlaps once at the worst', () => {
    const state = stateBetween(
      [interval('2026-11-25T10:00:00Z', '2026-11-25T12:00:00Z', 'partial_outage'), interval('2026-11-25T11:00:00Z', '2026-11-25T11:30:00Z', 'major_outage')],
      ...day,
    );
    expect(state.status).toBe('major_outage');
    expect(state.downtimeMs).toBe(30 * 60_000 + 0.3 * 90 * 60_000);
    expect(state.events).toHaveLength(2);
    // Each status's time, worst first, as a day's details list it; the overlap counts once, at the worse.
    expect(state.statusTimes).toEqual([
      { status: 'major_outage', ms: 30 * 60_000 },
      { status: 'partial_outage', ms: 90 * 60_000 },
    ]);
  });

  it('counts degraded performance and maintenance as no downtime, and clips to the day', () => {
    const state = stateBetween(
      [interval('2026-11-24T20:00:00Z', '2026-11-25T02:00:00Z', 'degraded_performance'), interval('2026-11-25T23:00:00Z', '2026-11-26T05:00:00Z', 'under_maintenance')],
      ...day,
    );
    expect(state).toMatchObject({ status: 'degraded_performance', downtimeMs: 0 });
    expect(state.statusTimes).toEqual([
      { status: 'degraded_performance', ms: 2 * 3_600_000 },
      { status: 'under_maintenance', ms: 3_600_000 },
    ]);
  });
});

describe('uptimeDays and uptimePercent', () => {
  it('lists 90 days oldest first, today partial, and adds measured days only when worse', () => {
    const days = uptimeDays(
      [interval('2026-11-27T00:00:00Z', '2026-11-27T06:00:00Z', 'major_outage')],
      TEST_NOW,
      new Map([['2026-11-26', 'degraded_performance'], ['2026-11-27', 'degraded_performance']]),
    );
    expect(days).toHaveLength(90);
    expect(days[0]?.day.toISOString()).toBe('2026-08-31T00:00:00.000Z');
    expect(days.at(-1)).toMatchObject({ key: '2026-11-28', elapsedMs: 6 * 3_600_000, status: 'operational', percent: 100 });
    expect(days.at(-2)).toMatchObject({ key: '2026-11-27', status: 'major_outage', measured: null, downtimeMs: 6 * 3_600_000, percent: 75 });
    expect(days.at(-3)).toMatchObject({ key: '2026-11-26', status: 'degraded_performance', measured: 'degraded_performance', downtimeMs: 0, percent: 100 });
    const total = 89 * 86_400_000 + 6 * 3_600_000;
    expect(uptimePercent(days)).toBeCloseTo(100 * (1 - (6 * 3_600_000) / total), 10);
  });

  it('is 100 % with nothing to count and never rounds up to 100 % with downtime', () => {
    expect(uptimePercent([])).toBe(100);
    expect(formatUptime(99.999, EN)).toBe('99.99 %');
    expect(formatUptime(100, EN)).toBe('100.00 %');
    expect(formatUptime(70, EN)).toBe('70.00 %');
    expect(formatUptime(99.999, dictionary('id'))).toBe('99,99 %');
  });
});
