import { describe, expect, it } from 'vitest';
import { HISTORY_PAGE_SIZE, activeSpan, componentHistoryPages, historyItems, historySections, paginate, recentDays } from '../../../src/lib/status/history';
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

const later = [
  maintenance('feb-maint', ['2027-02-10T01:00:00Z', '2027-02-10T04:00:00Z']),
  maintenance('running', ['2026-11-28T05:00:00Z', '2026-11-28T07:00:00Z']),
].map((input) => deriveMaintenance(input, TEST_NOW));
const january = deriveIncident(incident('jan-open', [['2026-01-12T02:40:00Z', 'investigating'], ['2026-11-20T03:00:00Z', 'monitoring']]), TEST_NOW);

describe('historyItems', () => {
  it('puts what is ongoing first, then upcoming soonest first, then the past newest first', () => {
    const items = historyItems([...incidents, january], [...windows, ...later]);
    expect(items.map((item) => [item.slug, item.phase])).toEqual([
      ['running', 'ongoing'],
      ['nov-27', 'ongoing'],
      ['jan-open', 'ongoing'],
      ['jan-maint', 'upcoming'],
      ['feb-maint', 'upcoming'],
      ['nov-25', 'past'],
      ['nov-maint', 'past'],
      ['oct', 'past'],
    ]);
  });

  it('keeps an incident still open from last January above next year\'s maintenance', () => {
    expect(historyItems([january], windows).map((item) => item.slug)).toEqual(['jan-open', 'jan-maint', 'nov-maint']);
  });
});

describe('activeSpan', () => {
  const [item] = historyItems([january], []);
  it('runs an open incident to now and a resolved one to its resolution', () => {
    expect(activeSpan(item!, TEST_NOW)).toEqual({ start: new Date('2026-01-12T02:40:00Z'), end: TEST_NOW });
    const [resolved] = historyItems([incidents[2]!], []);
    expect(activeSpan(resolved!, TEST_NOW)).toEqual({ start: new Date('2026-11-25T07:20:00Z'), end: new Date('2026-11-25T09:50:00Z') });
  });

  it('runs maintenance through its window, to the update that completed it, or to now while in progress; nothing before it starts', () => {
    const spans = (window: ReturnType<typeof maintenance>) => activeSpan(historyItems([], [deriveMaintenance(window, TEST_NOW)])[0]!, TEST_NOW);
    expect(spans(maintenance('w', ['2026-11-25T01:00:00Z', '2026-11-25T03:00:00Z']))?.end).toEqual(new Date('2026-11-25T03:00:00Z'));
    expect(spans(maintenance('w', ['2026-11-25T01:00:00Z', '2026-11-25T03:00:00Z'], [['2026-11-25T01:40:00Z', 'completed']]))?.end).toEqual(new Date('2026-11-25T01:40:00Z'));
    expect(spans(maintenance('w', ['2026-11-25T01:00:00Z', '2026-11-25T03:00:00Z'], [['2026-11-25T01:00:00Z', 'in_progress']]))?.end).toEqual(TEST_NOW);
    expect(spans(maintenance('w', ['2027-01-14T01:00:00Z', '2027-01-14T03:00:00Z']))).toBeNull();
  });
});

describe('recentDays', () => {
  it('lists each of the last 7 UTC days, empty ones included, with everything active on it', () => {
    const days = recentDays(historyItems(incidents, windows), TEST_NOW, 7);
    expect(days).toHaveLength(7);
    expect(days.map((day) => day.day.toISOString().slice(0, 10))).toEqual([
      '2026-11-28', '2026-11-27', '2026-11-26', '2026-11-25', '2026-11-24', '2026-11-23', '2026-11-22',
    ]);
    // nov-27 is still open at now (28 Nov, 06:00 UTC): it was active on both days.
    expect(days.map((day) => day.items.map((item) => item.slug))).toEqual([
      ['nov-27'], ['nov-27'], [], ['nov-25', 'nov-maint'], [], [], [],
    ]);
  });

  it('lists an incident open since January on every one of the 7 days', () => {
    const days = recentDays(historyItems([january], []), TEST_NOW, 7);
    expect(days.map((day) => day.items.map((item) => item.slug))).toEqual(Array.from({ length: 7 }, () => ['jan-open']));
  });

  it('lists an incident on both UTC days when it crosses midnight UTC, though in WIB it was one morning', () => {
    const crossing = deriveIncident(
      incident('crossing', [['2026-11-24T06:30:00+07:00', 'investigating'], ['2026-11-24T07:30:00+07:00', 'resolved']]),
      TEST_NOW,
    );
    const days = recentDays(historyItems([crossing], []), TEST_NOW, 7);
    expect(days.filter((day) => day.items.length > 0).map((day) => day.day.toISOString().slice(0, 10))).toEqual(['2026-11-24', '2026-11-23']);
  });

  it('does not carry an incident resolved at midnight UTC sharp into the next day, nor list what has not started', () => {
    const atMidnight = deriveIncident(incident('midnight', [['2026-11-26T22:00:00Z', 'investigating'], ['2026-11-27T00:00:00Z', 'resolved']]), TEST_NOW);
    const days = recentDays(historyItems([atMidnight], later), TEST_NOW, 7);
    expect(days.map((day) => day.items.map((item) => item.slug))).toEqual([['running'], [], ['midnight'], [], [], [], []]);
  });
});

describe('historySections', () => {
  it('heads what is ongoing and what is upcoming on their own, then the past by UTC month', () => {
    const sections = historySections(historyItems([...incidents, january], windows));
    expect(sections.map((section) => [section.key, section.phase, section.items.map((item) => item.slug)])).toEqual([
      ['ongoing', 'ongoing', ['nov-27', 'jan-open']],
      ['upcoming', 'upcoming', ['jan-maint']],
      ['2026-11', 'past', ['nov-25', 'nov-maint']],
      ['2026-10', 'past', ['oct']],
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
  it('pages the incidents and maintenance of a component together: ongoing, upcoming, then past', () => {
    expect(componentHistoryPages({ incidents, maintenance: windows }).map((page) => page.map((item) => item.slug))).toEqual([
      ['nov-27', 'jan-maint', 'nov-25', 'nov-maint', 'oct'],
    ]);
    const many = Array.from({ length: HISTORY_PAGE_SIZE + 1 }, () => incidents[0]!);
    expect(componentHistoryPages({ incidents: many, maintenance: [] }).map((page) => page.length)).toEqual([HISTORY_PAGE_SIZE, 1]);
    expect(componentHistoryPages({ incidents: [], maintenance: [] })).toEqual([[]]);
  });
});
