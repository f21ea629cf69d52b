import { describe, expect, it } from 'vitest';
import { axisBounds, lineChart, niceDomain, niceStep, summarise } from '../../../src/lib/presentation/charts';
import { digitsFor, formatMetric } from '../../../src/lib/metrics/format';
import type { MetricPoint } from '../../../src/lib/metrics/snapshot';
import { dictionary } from '../../../src/lib/i18n/dictionary';

const EN = dictionary('en');

const points: MetricPoint[] = [
  ['2026-11-26T00:00:00Z', 91],
  ['2026-11-27T00:00:00Z', null],
  ['2026-11-28T00:00:00Z', 95],
];

describe('chart geometry', () => {
  it('picks steps of 1, 2 or 5 times a power of ten', () => {
    expect(niceStep(7, 3)).toBe(5);
    expect(niceStep(0.03, 3)).toBe(0.01);
    expect(niceStep(130, 3)).toBe(50);
  });

  it('rounds the domain out to whole steps, never past a ceiling', () => {
    expect(niceDomain([91.2, 94.6])).toEqual({ min: 90, max: 96, step: 2 });
    expect(niceDomain([99.2, 99.9], { ceiling: 100 })).toMatchObject({ max: 100 });
    expect(niceDomain([5, 5]).min).toBeLessThan(5);
  });

  it('breaks the line at missing values instead of drawing through them', () => {
    const chart = lineChart(points, { width: 220, height: 110, left: 20, bottom: 10 });
    expect(chart.path.match(/M/g)).toHaveLength(2);
    expect(chart.path).not.toContain('L');
    expect(chart.positions.map((position) => position.x)).toEqual([20, 116, 212]);
    expect(chart.xTicks.map((tick) => tick.time.toISOString().slice(0, 10))).toEqual(['2026-11-26', '2026-11-27', '2026-11-28']);
    expect(chart.scaleY(chart.yTicks[0]!.value)).toBe(chart.plot.y + chart.plot.height);
  });

  it('includes thresholds in the axis', () => {
    const chart = lineChart(points, { width: 220, height: 110, left: 20, bottom: 10, include: [85] });
    expect(chart.yTicks[0]!.value).toBeLessThanOrEqual(85);
  });

  it('draws 200,000 points without spreading them into a call', () => {
    const many = Array.from({ length: 200_000 }, (_, index): MetricPoint => [new Date(Date.UTC(2026, 0, 1) + index * 60_000).toISOString(), index % 100]);
    const chart = lineChart(many, { width: 220, height: 110, left: 20, bottom: 10 });
    expect(chart.yTicks.length).toBeGreaterThan(1);
    expect(chart.path).toMatch(/^M20 /);
  });

  it.each([
    ['constant values', [5, 5, 5]],
    ['values nearly equal for their size', [1e15, 1e15 + 1]],
    ['values nearly equal below the rounding', [50, 50.00000001]],
    ['the largest doubles either way', [-1.7e308, 1.7e308]],
    ['a value that is not a number', [Number.NaN, 3, Number.POSITIVE_INFINITY]],
  ])('keeps %s finite: an axis with height, a path without NaN or Infinity', (_, values) => {
    const series = values.map((value, index): MetricPoint => [`2026-11-2${index}T00:00:00Z`, value]);
    const chart = lineChart(series, { width: 220, height: 110, left: 20, bottom: 10, include: [Number.MAX_VALUE] });
    expect(chart.path).not.toMatch(/NaN|Infinity/);
    expect(chart.path).toMatch(/^M/);
    expect(chart.yTicks.length).toBeGreaterThan(1);
    expect(chart.yTicks.every((tick) => Number.isFinite(tick.position) && Number.isFinite(tick.value))).toBe(true);
    expect(new Set(chart.yTicks.map((tick) => tick.position)).size).toBe(chart.yTicks.length);
  });

  it('summarises lowest, highest and latest for the text alternative', () => {
    expect(summarise(points)).toEqual({ lowest: points[0], highest: points[2], latest: points[2] });
    expect(summarise([])).toEqual({ lowest: null, highest: null, latest: null });
  });
});

const at = (values: readonly number[]): MetricPoint[] =>
  values.map((value, index) => [new Date(Date.UTC(2026, 10, 1) + index * 86_400_000).toISOString(), value]);
const size = { width: 320, height: 150, left: 52, bottom: 22 };
const span = (chart: ReturnType<typeof lineChart>) => chart.yTicks.at(-1)!.value - chart.yTicks[0]!.value;

describe('axes tell the truth at a glance', () => {
  it('give a percentage at least one percentage point, so hundredths of noise stay flat', () => {
    const chart = lineChart(at([99.95, 99.97, 99.96]), { ...size, unit: 'percent' });
    expect(span(chart)).toBeGreaterThanOrEqual(1);
    expect(chart.yTicks.at(-1)!.value).toBe(100);
    // 0.02 points of noise fill at most 2 % of the plot's height.
    const ys = chart.positions.map((position) => position.y!);
    expect(Math.max(...ys) - Math.min(...ys)).toBeLessThanOrEqual(chart.plot.height * 0.02 + 1e-9);
  });

  it('never take a percentage past 100 or under 0 to make room', () => {
    expect(niceDomain([99.99], axisBounds('percent', 99.99))).toEqual({ min: 99, max: 100, step: 0.5 });
    expect(niceDomain([0.2], axisBounds('percent', 0.2))).toMatchObject({ min: 0 });
  });

  it('give response times at least 100 ms and delays at least a second, or a tenth of their size', () => {
    const latency = lineChart(at([176, 181, 179]), { ...size, unit: 'milliseconds' });
    expect(span(latency)).toBeGreaterThanOrEqual(100);
    expect(latency.yTicks[0]!.value).toBeGreaterThanOrEqual(0);
    expect(span(lineChart(at([4.1, 4.3]), { ...size, unit: 'seconds' }))).toBeGreaterThanOrEqual(1);
    expect(span(lineChart(at([23.1, 23.9]), { ...size, unit: 'seconds' }))).toBeGreaterThanOrEqual(2.39);
    expect(span(lineChart(at([20_000, 20_100]), { ...size, unit: 'count' }))).toBeGreaterThanOrEqual(2_010);
  });

  it('keep values that already span more than the least as they are', () => {
    expect(niceDomain([91.2, 94.6], axisBounds('percent', 94.6))).toEqual({ min: 90, max: 96, step: 2 });
  });

  it('never start a unit that cannot be negative below zero', () => {
    for (const unit of ['milliseconds', 'seconds', 'count', 'per_second'] as const) {
      expect(lineChart(at([0, 0.5]), { ...size, unit }).yTicks[0]!.value).toBe(0);
    }
  });
});

describe('threshold lines', () => {
  const marks = [
    { value: 95, label: 'Degraded performance below 95 %' },
    { value: 85, label: 'Partial outage below 85 %' },
  ];

  it.each([
    ['above the values', [99.1, 99.4], [{ value: 99.9, label: 'a' }]],
    ['far below the values', [99.1, 99.4], marks],
    ['among the values', [80, 99], marks],
    ['on the ceiling', [99.1, 99.4], [{ value: 100, label: 'a' }]],
    ['beside a span widened to its least', [99.96, 99.97], [{ value: 99.5, label: 'a' }]],
  ])('are drawn inside the axis when %s', (_, values, thresholds) => {
    const chart = lineChart(at(values), { ...size, unit: 'percent', thresholds });
    expect(chart.thresholds.map((threshold) => threshold.label).sort()).toEqual(thresholds.map((threshold) => threshold.label).sort());
    for (const threshold of chart.thresholds) {
      expect(threshold.value).toBeGreaterThanOrEqual(chart.yTicks[0]!.value);
      expect(threshold.value).toBeLessThanOrEqual(chart.yTicks.at(-1)!.value);
      expect(threshold.position).toBeGreaterThanOrEqual(chart.plot.y);
      expect(threshold.position).toBeLessThanOrEqual(chart.plot.y + chart.plot.height);
    }
  });

  it('leave out a threshold the unit cannot reach rather than stretch the axis to it', () => {
    const chart = lineChart(at([99.1, 99.4]), { ...size, unit: 'percent', thresholds: [{ value: 150, label: 'impossible' }] });
    expect(chart.thresholds).toEqual([]);
    expect(chart.yTicks.at(-1)!.value).toBe(100);
  });

  it('carry their words, set above the line, or below it at the top of the plot', () => {
    const chart = lineChart(at([90, 99]), { ...size, unit: 'percent', thresholds: [...marks, { value: 100, label: 'Top' }] });
    const byLabel = new Map(chart.thresholds.map((threshold) => [threshold.label, threshold]));
    const degraded = byLabel.get(marks[0]!.label)!;
    expect(degraded.labelY).toBeLessThan(degraded.position);
    const top = byLabel.get('Top')!;
    expect(top.position).toBe(chart.plot.y);
    expect(top.labelY).toBeGreaterThan(top.position);
  });

  it('keep the words of two close lines apart and inside the chart', () => {
    const chart = lineChart(at([90, 99]), {
      ...size,
      unit: 'percent',
      thresholds: [{ value: 95, label: 'a' }, { value: 94.8, label: 'b' }, { value: 94.6, label: 'c' }],
    });
    const baselines = chart.thresholds.map((threshold) => threshold.labelY).sort((a, b) => a - b);
    for (let index = 1; index < baselines.length; index++) expect(baselines[index]! - baselines[index - 1]!).toBeGreaterThanOrEqual(10);
    for (const baseline of baselines) {
      expect(baseline - 10).toBeGreaterThanOrEqual(0);
      expect(baseline).toBeLessThanOrEqual(size.height);
    }
  });
});

describe('formatMetric', () => {
  it('writes each unit as readers expect', () => {
    expect(formatMetric(91.456, 'percent', EN)).toBe('91.46 %');
    expect(formatMetric(180.4, 'milliseconds', EN)).toBe('180 ms');
    expect(formatMetric(4.5, 'seconds', EN)).toBe('4.5 s');
    expect(formatMetric(12345, 'count', EN)).toBe('12,345');
    expect(formatMetric(2.5, 'per_second', EN)).toBe('2.5/s');
    expect(formatMetric(null, 'percent', EN)).toBe('no data');
    expect(formatMetric(12345.5, 'seconds', dictionary('id'))).toBe('12.345,5 s');
    expect(formatMetric(null, 'percent', dictionary('id'))).toBe('tidak ada data');
  });

  it('gives axis ticks enough digits to stay distinct', () => {
    expect(digitsFor(0.005)).toBe(3);
    expect(digitsFor(1)).toBe(0);
    expect(formatMetric(99.99, 'percent', EN, digitsFor(0.005))).toBe('99.990 %');
  });
});
