import { describe, expect, it } from 'vitest';
import { thresholdSchema } from '../../../src/lib/metrics/config';
import { measuredStatus, thresholdMarks } from '../../../src/lib/metrics/thresholds';
import { currentMeasuredStatus, figuresOn, freshnessNotice, freshnessReason, latestValue, measuredDays, metricsFreshness, pointsDuring, seriesOf } from '../../../src/lib/metrics/view';
import { TEST_NOW } from '../../support/clock';
import { dailySeries, snapshotOf } from '../../support/metrics';
import { dictionary } from '../../../src/lib/i18n/dictionary';

const EN = dictionary('en');

const threshold = thresholdSchema.parse({
  component: 'sms-smartfren',
  metric: 'delivery_rate',
  rules: [{ status: 'degraded_performance', below: 95 }, { status: 'partial_outage', below: 85 }],
});

describe('thresholds', () => {
  it('give the worst matching status, nothing for healthy or missing values', () => {
    expect(measuredStatus(threshold, 99)).toBeNull();
    expect(measuredStatus(threshold, 94.9)).toBe('degraded_performance');
    expect(measuredStatus(threshold, 80)).toBe('partial_outage');
    expect(measuredStatus(threshold, null)).toBeNull();
    const latency = thresholdSchema.parse({ component: 'a', metric: 'p95', rules: [{ status: 'degraded_performance', above: 5000 }] });
    expect(measuredStatus(latency, 5001)).toBe('degraded_performance');
  });

  it('give each rule a line with words saying what crossing it means', () => {
    expect(thresholdMarks(threshold, 'percent', EN)).toEqual([
      { status: 'degraded_performance', value: 95, label: 'Degraded performance below 95 %' },
      { status: 'partial_outage', value: 85, label: 'Partial outage below 85 %' },
    ]);
    const latency = thresholdSchema.parse({ component: 'a', metric: 'p95', rules: [{ status: 'major_outage', above: 5000 }] });
    expect(thresholdMarks(latency, 'milliseconds', EN)).toEqual([{ status: 'major_outage', value: 5000, label: 'Major outage above 5,000 ms' }]);
    expect(thresholdMarks(undefined, 'percent', EN)).toEqual([]);
    expect(thresholdMarks(threshold, 'percent', dictionary('id')).map((mark) => mark.label)).toEqual(['Performa menurun di bawah 95 %', 'Gangguan sebagian di bawah 85 %']);
  });

  it('need exactly one of below and above', () => {
    expect(thresholdSchema.safeParse({ component: 'a', metric: 'b', rules: [{ status: 'partial_outage', below: 1, above: 2 }] }).success).toBe(false);
    expect(thresholdSchema.safeParse({ component: 'a', metric: 'b', rules: [{ status: 'partial_outage' }] }).success).toBe(false);
  });
});

describe('series views', () => {
  const series = dailySeries('sms-smartfren', 'delivery_rate', [99, 93, 80, 98], TEST_NOW, [['2026-11-28T05:00:00Z', 90]]);
  const snapshot = snapshotOf([series, dailySeries('voice', 'calls', [1], TEST_NOW)], TEST_NOW);
  const views = seriesOf(snapshot, 'sms-smartfren', [threshold]);

  it('pick the component series with its threshold and latest value, preferring the finer points', () => {
    expect(views).toHaveLength(1);
    expect(views[0]?.threshold).toBe(threshold);
    expect(views[0]?.latest).toBe(90);
    expect(latestValue({ ...series, recent: [] })).toBe(98);
    expect(latestValue({ ...series, recent: [], daily: [['2026-11-28T00:00:00Z', null]] })).toBeNull();
  });

  it('measure the current status and each day', () => {
    expect(currentMeasuredStatus(views)).toEqual({ status: 'degraded_performance', metric: 'delivery_rate', label: series.label, value: 90, unit: 'percent' });
    expect([...measuredDays(views)]).toEqual([
      ['2026-11-26', 'degraded_performance'],
      ['2026-11-27', 'partial_outage'],
    ]);
    expect(figuresOn(views, '2026-11-27')).toEqual([{ label: series.label, unit: 'percent', value: 80 }]);
    expect(figuresOn(views, '2020-01-01')[0]?.value).toBeNull();
    const twice = [{ ...views[0]!, daily: [['2026-11-27T00:00:00Z', 70], ['2026-11-27T12:00:00Z', 60], ['2026-11-28T00:00:00Z', null]] as [string, number | null][] }];
    expect(figuresOn(twice, '2026-11-27')[0]?.value).toBe(70);
    expect(figuresOn(twice, '2026-11-28')[0]?.value).toBeNull();
  });

  it('cut out the points around a window, hourly when the finer series covers it', () => {
    const daily = pointsDuring(series, new Date('2026-11-26T10:00:00Z'), new Date('2026-11-26T12:00:00Z'));
    expect(daily.hourly).toBe(false);
    expect(daily.points.map(([time]) => time.slice(0, 10))).toEqual(['2026-11-26', '2026-11-27']);
    const hourly = pointsDuring(series, new Date('2026-11-28T05:00:00Z'), new Date('2026-11-28T05:30:00Z'));
    expect(hourly).toEqual({ points: [['2026-11-28T05:00:00Z', 90]], hourly: true, shownFrom: null });
  });

  it('say from when they show a window that began before the first figure kept', () => {
    const first = new Date(series.daily[0]![0]);
    expect(pointsDuring(series, new Date(first.getTime() + 3_600_000), new Date('2026-11-28T00:00:00Z')).shownFrom).toBeNull();
    const before = pointsDuring(series, new Date('2026-01-12T02:40:00Z'), new Date('2026-11-28T00:00:00Z'));
    expect(before.hourly).toBe(false);
    expect(before.shownFrom).toEqual(first);
    expect(before.points[0]![0]).toBe(series.daily[0]![0]);
  });
});

describe('metricsFreshness', () => {
  const snapshot = snapshotOf([], new Date('2026-11-28T03:00:00Z'));
  const failed = { attemptedAt: TEST_NOW.toISOString(), source: 'json source x', ok: false, reason: 'the source did not answer' };
  const worked = { ...failed, ok: true };
  const WINDOW = 180;

  const notice = (freshness: ReturnType<typeof metricsFreshness>, locale: 'en' | 'id' = 'en') => freshnessNotice(freshness, TEST_NOW, dictionary(locale));

  it('states the time of fresh figures', () => {
    const fresh = metricsFreshness({ snapshot, report: worked, problems: [] }, TEST_NOW, WINDOW);
    expect(fresh).toEqual({ state: 'fresh', asOf: new Date('2026-11-28T03:00:00Z'), reason: null });
    expect(notice(fresh)).toBe('Metrics as of 28 Nov 2026, 03:00 UTC.');
    expect(notice(fresh, 'id')).toBe('Metrik diperbarui 28 Nov 2026 pukul 03.00 UTC.');
  });

  it('states the age and the reason of stale figures', () => {
    const stale = metricsFreshness({ snapshot, report: failed, problems: [] }, TEST_NOW, WINDOW);
    expect(stale).toMatchObject({ state: 'stale', reason: { failed: 'the source did not answer' } });
    expect(freshnessReason(stale, EN)).toBe('the source did not answer');
    expect(notice(stale)).toBe('Metrics as of 3 hours ago: the source did not answer.');
    const unworded = metricsFreshness({ snapshot, report: { ...failed, reason: undefined }, problems: [] }, TEST_NOW, WINDOW);
    expect(notice(unworded, 'id')).toBe('Metrik diperbarui 3 jam yang lalu: sumber data tidak dapat dibaca.');
  });

  it('calls figures older than the freshness window stale, though the pull worked', () => {
    const stale = metricsFreshness({ snapshot, report: worked, problems: [] }, TEST_NOW, 179);
    expect(stale).toMatchObject({ state: 'stale', reason: 'nothing-newer' });
    expect(notice(stale)).toBe('Metrics as of 3 hours ago: the source has sent nothing newer.');
    expect(notice(stale, 'id')).toBe('Metrik diperbarui 3 jam yang lalu: sumber data belum mengirim data yang lebih baru.');
  });

  it('shows nothing, and says why, without any good figures', () => {
    const missing = metricsFreshness({ snapshot: null, report: failed, problems: [] }, TEST_NOW, WINDOW);
    expect(missing).toMatchObject({ state: 'missing', asOf: null });
    expect(notice(missing)).toContain('No metrics to show: the source did not answer');
    expect(notice(metricsFreshness({ snapshot: null, report: null, problems: [] }, TEST_NOW, WINDOW))).toBe('No metrics have been pulled yet, so none are shown.');
  });

  it('says kept figures could not be used when they were set aside', () => {
    const missing = metricsFreshness({ snapshot: null, report: worked, problems: ['snapshot.json is not valid JSON'] }, TEST_NOW, WINDOW);
    expect(missing).toMatchObject({ state: 'missing', reason: 'unusable' });
    expect(notice(missing)).toContain('No metrics to show: the figures kept from earlier pulls could not be used');
    expect(notice(missing, 'id')).toContain('Tidak ada metrik untuk ditampilkan: data yang disimpan dari pengambilan sebelumnya tidak dapat digunakan');
  });
});
