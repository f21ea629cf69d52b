import { describe, expect, it } from 'vitest';
import { HISTORY_PAGE_SIZE, componentHistoryPages, groupByMonth, historyItems, paginate, recentDays } from '../../../src/lib/status/history';
import { deriveIncident } from '../../../src/lib/status/incident';
import { deriveMaintenance } from '../../../src/lib/status/maintenance';
import { TEST_NOW } from '../../support/clock';
import { incident, maintenance } from '../../support/builders';

const incidents = [
  incident('oct', [['2026-10-03T05:00:00Z', 'resolved']]),
  incident('nov-27', [['2026-11-27T23:30:00Z', 'investigating']]),
  incident('nov-25', [['2026-11-25T07:20:00Z', 'investigating'], ['2026-11-25T09:50:00Z', 'resolved']]),
].map((input) => deriveIncident(input, TEST_NOW));
const windows = [
  maintenance('nov-maint', ['2026-11-25T01:00:00Z', '2026-11-25T03:00:00Z']),
  maintenance('jan-maint', ['2027-01-14T01:00:00Z', '2027-01-14T03:00:00Z']),
].map((input) => deriveMaintenance(input, TEST_NOW));

describe('historyItems', () => {
  it('merges incidents and maintenance, newest first', () => {
    expect(historyItems(incidents, windows).map((item) => item.slug)).toEqual(['jan-maint', 'nov-27', 'nov-25', 'nov-maint', 'oct']);
  });
});

describe('recentDays', () => {
  it('lists each of the last 7 UTC days, empty ones included, with what started that day', () => {
    const days = recentDays(historyItems(incidents, windows), TEST_NOW, 7);
    expect(days).toHaveLength(7);
    expect(days.map((day) => day.day.toISOString().slice(0, 10))).toEqual([
      '2026-11-28', '2026-11-27', '2026-11-26', '2026-11-25', '2026-11-24', '2026-11-23', '2026-11-22',
    ]);
    expect(days.map((day) => day.items.map((item) => item.slug))).toEqual([
      [], ['nov-27'], [], ['nov-25', 'nov-maint'], [], [], [],
    ]);
  });
});

describe('groupByMonth', () => {
  it('groups consecutive items by UTC month in their order', () => {
    const months = groupByMonth(historyItems(incidents, windows));
    expect(months.map((month) => [month.key, month.items.length])).toEqual([
      ['2027-01', 1],
      ['2026-11', 3],
      ['2026-10', 1],
    ]);
  });
});

describe('paginate', () => {
  it('splits into pages of the given size and always has a first page', () => {
    expect(paginate([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(paginate([], 25)).toEqual([[]]);
    expect(() => paginate([1], 0)).toThrow(/at least 1/);
  });
});

describe('componentHistoryPages', () => {
  it('pages the incidents and maintenance of a component together, newest first', () => {
    expect(componentHistoryPages({ incidents, maintenance: windows }).map((page) => page.map((item) => item.slug))).toEqual([
      ['jan-maint', 'nov-27', 'nov-25', 'nov-maint', 'oct'],
    ]);
    const many = Array.from({ length: HISTORY_PAGE_SIZE + 1 }, () => incidents[0]!);
    expect(componentHistoryPages({ incidents: many, maintenance: [] }).map((page) => page.length)).toEqual([HISTORY_PAGE_SIZE, 1]);
    expect(componentHistoryPages({ incidents: [], maintenance: [] })).toEqual([[]]);
  });
});
