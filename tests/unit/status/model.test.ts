import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { metricsConfigSchema } from '../../../src/lib/metrics/config';
import { componentHistoryPages } from '../../../src/lib/status/history';
import { buildStatusModel, incidentCharts } from '../../../src/lib/status/model';
import { componentsFileSchema } from '../../../src/lib/content/schemas';
import { TEST_NOW } from '../../support/clock';
import { incident, maintenance } from '../../support/builders';
import { COMPONENTS_YAML } from '../../support/fixtures';
import { dailySeries, snapshotOf } from '../../support/metrics';

const components = componentsFileSchema.parse(parse(COMPONENTS_YAML));

const model = buildStatusModel({
  components,
  now: TEST_NOW,
  metrics: { snapshot: null, report: null, problems: [] },
  metricsConfig: metricsConfigSchema.parse({}),
  incidents: [
    incident('2026-01-12-smartfren', [['2026-01-12T02:40:00Z', 'investigating'], ['2026-11-20T03:00:00Z', 'monitoring']], {
      impact: 'major',
      components: [
        { id: 'sms-smartfren', status: 'partial_outage' },
        { id: 'verify-api', status: 'degraded_performance' },
      ],
    }),
    incident('2026-11-25-telkomsel', [['2026-11-25T07:20:00Z', 'investigating'], ['2026-11-25T09:50:00Z', 'resolved']], {
      components: [{ id: 'sms-telkomsel', status: 'major_outage' }],
    }),
  ],
  maintenance: [
    maintenance('2027-01-14-migration', ['2027-01-14T01:00:00Z', '2027-01-14T03:00:00Z']),
    maintenance('2026-11-28-now', ['2026-11-28T05:00:00Z', '2026-11-28T07:00:00Z'], [], ['verify-api']),
    maintenance('2026-10-18-done', ['2026-10-18T01:00:00Z', '2026-10-18T03:00:00Z']),
  ],
});

describe('buildStatusModel', () => {
  it('keeps groups and components in file order with their current status', () => {
    expect(model.groups.map((group) => [group.id, group.status])).toEqual([
      ['sms-delivery', 'partial_outage'],
      ['apis', 'degraded_performance'],
    ]);
    expect(model.components.map((component) => [component.id, component.status])).toEqual([
      ['sms-smartfren', 'partial_outage'],
      ['sms-telkomsel', 'operational'],
      ['verify-api', 'degraded_performance'],
    ]);
  });

  it('derives the headline from the same statuses the components show', () => {
    expect(model.overall).toMatchObject({ indicator: 'major', description: 'Partial System Outage' });
  });

  it('lists incidents newest first and only unresolved ones as active', () => {
    expect(model.incidents.map((item) => item.slug)).toEqual(['2026-11-25-telkomsel', '2026-01-12-smartfren']);
    expect(model.activeIncidents.map((item) => item.slug)).toEqual(['2026-01-12-smartfren']);
  });

  it('puts maintenance in progress before upcoming and leaves completed out of the open list', () => {
    expect(model.openMaintenance.map((item) => [item.slug, item.state])).toEqual([
      ['2026-11-28-now', 'in_progress'],
      ['2027-01-14-migration', 'upcoming'],
    ]);
  });

  it('attaches each component its own incidents and maintenance', () => {
    const telkomsel = model.components.find((component) => component.id === 'sms-telkomsel');
    expect(telkomsel?.incidents.map((item) => item.slug)).toEqual(['2026-11-25-telkomsel']);
    expect(telkomsel?.maintenance.map((item) => item.slug)).toEqual(['2026-10-18-done', '2027-01-14-migration']);
    expect(model.componentNames.get('verify-api')).toBe('Verify API');
  });

  it('gives each uptime day its key, its own uptime and what touched the component', () => {
    const telkomsel = model.components.find((component) => component.id === 'sms-telkomsel')!;
    const day = telkomsel.uptime.days.find((item) => item.key === '2026-11-25')!;
    expect(day.day.toISOString()).toBe('2026-11-25T00:00:00.000Z');
    expect(day.percent).toBeCloseTo(100 * (1 - 150 / 1440), 10);
    expect(day.statusTimes).toEqual([{ status: 'major_outage', ms: 150 * 60_000 }]);
    expect(day.events.map((event) => [event.kind, event.slug, event.title])).toEqual([['incident', '2026-11-25-telkomsel', 'Incident 2026-11-25-telkomsel']]);
    expect(day.figures).toEqual([]);
    expect(telkomsel.uptime.days.find((item) => item.key === '2026-11-24')).toMatchObject({ percent: 100, statusTimes: [], events: [] });
  });

  it('fills the last 7 days and the history from the same items', () => {
    expect(model.recentDays).toHaveLength(7);
    // The Smartfren incident is open at the clock: it is listed on every day.
    expect(model.recentDays[0]?.items.map((item) => item.slug)).toEqual(['2026-11-28-now', '2026-01-12-smartfren']);
    expect(model.recentDays.map((day) => day.items.some((item) => item.slug === '2026-01-12-smartfren'))).toEqual(Array(7).fill(true));
    expect(model.history.map((item) => [item.slug, item.phase])).toEqual([
      ['2026-11-28-now', 'ongoing'],
      ['2026-01-12-smartfren', 'ongoing'],
      ['2027-01-14-migration', 'upcoming'],
      ['2026-11-25-telkomsel', 'past'],
      ['2026-10-18-done', 'past'],
    ]);
    expect(model.generatedAt).toBe(TEST_NOW);
  });
});

describe('component history', () => {
  it('opens a component\'s page with its ongoing incident, then upcoming maintenance, then the past', () => {
    const verify = model.components.find((component) => component.id === 'verify-api')!;
    expect(componentHistoryPages(verify)[0]!.map((item) => [item.slug, item.phase])).toEqual([
      ['2026-11-28-now', 'ongoing'],
      ['2026-01-12-smartfren', 'ongoing'],
    ]);
    const telkomsel = model.components.find((component) => component.id === 'sms-telkomsel')!;
    expect(componentHistoryPages(telkomsel)[0]!.map((item) => [item.slug, item.phase])).toEqual([
      ['2027-01-14-migration', 'upcoming'],
      ['2026-11-25-telkomsel', 'past'],
      ['2026-10-18-done', 'past'],
    ]);
  });
});

describe('measured status', () => {
  const threshold = { component: 'sms-telkomsel', metric: 'delivery_rate', rules: [{ status: 'degraded_performance' as const, below: 95 }] };
  const build = (ok: boolean, generatedAt = TEST_NOW) => {
    const snapshot = snapshotOf([dailySeries('sms-telkomsel', 'delivery_rate', [99, 93], generatedAt)], generatedAt);
    return buildStatusModel({
      components,
      now: TEST_NOW,
      incidents: [],
      maintenance: [],
      metrics: { snapshot, report: { attemptedAt: TEST_NOW.toISOString(), source: 'test', ok, ...(ok ? {} : { reason: 'the source did not answer' }) }, problems: [] },
      metricsConfig: metricsConfigSchema.parse({ thresholds: [threshold], staleAfterMinutes: 180 }),
    });
  };

  it('marks a component from fresh figures before anyone writes an incident, labelled as measured', () => {
    const model = build(true);
    const telkomsel = model.components.find((component) => component.id === 'sms-telkomsel');
    expect(telkomsel?.status).toBe('degraded_performance');
    expect(telkomsel?.measured).toMatchObject({ status: 'degraded_performance', metric: 'delivery_rate', value: 93 });
    expect(telkomsel?.uptime.days.at(-1)?.measured).toBe('degraded_performance');
    expect(model.overall.description).toBe('Partially Degraded Service');
    // Each day carries each metric's figure that day, or null where the series has none.
    expect(telkomsel?.uptime.days.at(-1)?.figures).toEqual([{ label: 'delivery_rate of sms-telkomsel', unit: 'percent', value: 93 }]);
    expect(telkomsel?.uptime.days.at(-2)?.figures[0]?.value).toBe(99);
    expect(telkomsel?.uptime.days.at(-3)?.figures[0]?.value).toBeNull();
  });

  it('never raises an alarm from stale figures, though it still shows them', () => {
    const model = build(false);
    const telkomsel = model.components.find((component) => component.id === 'sms-telkomsel');
    expect(model.metrics.state).toBe('stale');
    expect(telkomsel?.status).toBe('operational');
    expect(telkomsel?.measured).toBeNull();
    expect(telkomsel?.series).toHaveLength(1);
    expect(model.overall.indicator).toBe('none');
  });

  it('never raises an alarm from figures older than the freshness window, though the pull worked', () => {
    const model = build(true, new Date(TEST_NOW.getTime() - 181 * 60_000));
    const telkomsel = model.components.find((component) => component.id === 'sms-telkomsel');
    expect(model.metrics).toMatchObject({ state: 'stale', reason: 'nothing-newer' });
    expect(telkomsel?.status).toBe('operational');
    expect(telkomsel?.measured).toBeNull();
    expect(telkomsel?.series).toHaveLength(1);
  });
});

describe('incident charts', () => {
  const snapshot = snapshotOf(
    [
      dailySeries('sms-telkomsel', 'delivery_rate', [99, 93, 98, 99], TEST_NOW),
      dailySeries('sms-smartfren', 'delivery_rate', [99], TEST_NOW),
      dailySeries('verify-api', 'latency', [1, 1, 1, 1], TEST_NOW),
    ],
    TEST_NOW,
  );
  const model = buildStatusModel({
    components,
    now: TEST_NOW,
    metrics: { snapshot, report: null, problems: [] },
    metricsConfig: metricsConfigSchema.parse({}),
    incidents: [
      incident('resolved', [['2026-11-25T07:20:00Z', 'investigating'], ['2026-11-25T09:50:00Z', 'resolved']], {
        components: [
          { id: 'sms-telkomsel', status: 'major_outage' },
          { id: 'sms-smartfren', status: 'partial_outage' },
        ],
      }),
      incident('ongoing', [['2026-11-27T23:30:00Z', 'investigating']], { components: [{ id: 'sms-smartfren', status: 'partial_outage' }] }),
    ],
    maintenance: [],
  });
  const charted = (slug: string) =>
    incidentCharts(model, model.incidents.find((item) => item.slug === slug)!).map((chart) => [
      chart.series.component,
      chart.hourly,
      chart.points.map(([time]) => time.slice(0, 10)),
    ]);

  it('chart only the affected components, a day either side, leaving out a series with nothing then', () => {
    expect(charted('resolved')).toEqual([['sms-telkomsel', false, ['2026-11-25', '2026-11-26']]]);
  });

  it('chart an ongoing incident up to now', () => {
    expect(charted('ongoing')).toEqual([['sms-smartfren', false, ['2026-11-28']]]);
  });
});
