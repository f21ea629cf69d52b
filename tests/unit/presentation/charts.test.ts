import { describe, expect, it } from 'vitest';
import { lineChart, niceDomain, niceStep, summarise } from '../../../src/lib/presentation/charts';
import { digitsFor, formatMetric } from '../../../src/lib/metrics/format';
import type { MetricPoint } from '../../../src/lib/metrics/snapshot';

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
    expect(niceDomain([99.2, 99.9], 100)).toMatchObject({ max: 100 });
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

describe('formatMetric', () => {
  it('writes each unit as readers expect', () => {
    expect(formatMetric(91.456, 'percent')).toBe('91.46 %');
    expect(formatMetric(180.4, 'milliseconds')).toBe('180 ms');
    expect(formatMetric(4.5, 'seconds')).toBe('4.5 s');
    expect(formatMetric(12345, 'count')).toBe('12,345');
    expect(formatMetric(2.5, 'per_second')).toBe('2.5/s');
    expect(formatMetric(null, 'percent')).toBe('no data');
  });

  it('gives axis ticks enough digits to stay distinct', () => {
    expect(digitsFor(0.005)).toBe(3);
    expect(digitsFor(1)).toBe(0);
    expect(formatMetric(99.99, 'percent', digitsFor(0.005))).toBe('99.990 %');
  });
});
