import { describe, expect, it } from 'vitest';
import { checkSnapshot } from '../../../src/lib/metrics/check';
import { MAX_DAILY_POINTS, MAX_RECENT_POINTS, MAX_SERIES, MAX_SERIES_PER_COMPONENT, type MetricPoint, type MetricSeries } from '../../../src/lib/metrics/snapshot';
import { TEST_NOW } from '../../support/clock';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const at = (ms: number) => new Date(ms).toISOString();

/** `count` points `step` apart, the last one an hour before the build clock. */
function points(count: number, step: number, value: number | null = 99): MetricPoint[] {
  return Array.from({ length: count }, (_, index): MetricPoint => [at(TEST_NOW.getTime() - HOUR - (count - 1 - index) * step), value]);
}

function series(overrides: Partial<MetricSeries> = {}): MetricSeries {
  return { component: 'a', metric: 'rate', label: 'Rate', unit: 'percent', daily: points(90, DAY), recent: points(24, HOUR), ...overrides };
}

const document = (list: unknown[], generatedAt = at(TEST_NOW.getTime())) => ({ version: 1, generatedAt, series: list });
const detail = (input: unknown) => {
  const checked = checkSnapshot(input, TEST_NOW);
  return checked.ok ? 'accepted' : checked.detail;
};

describe('checkSnapshot', () => {
  it('accepts the largest snapshot the bounds allow', () => {
    const largest = Array.from({ length: MAX_SERIES }, (_, index) =>
      series({ component: `c${Math.floor(index / MAX_SERIES_PER_COMPONENT)}`, metric: `m${index}`, daily: points(MAX_DAILY_POINTS, DAY), recent: points(MAX_RECENT_POINTS, 15 * 60_000) }),
    );
    expect(detail(document(largest))).toBe('accepted');
  });

  it.each([
    ['too many series', () => document(Array.from({ length: MAX_SERIES + 1 }, (_, index) => series({ component: `c${index}` }))), 'series: Too big'],
    ['too many series for one component', () => document(Array.from({ length: MAX_SERIES_PER_COMPONENT + 1 }, (_, index) => series({ metric: `m${index}` }))), `series[${MAX_SERIES_PER_COMPONENT}].component: has more than`],
    ['too many daily points', () => document([series({ daily: points(MAX_DAILY_POINTS + 1, DAY) })]), 'series[0].daily: Too big'],
    ['too many recent points', () => document([series({ recent: points(MAX_RECENT_POINTS + 1, 60_000) })]), 'series[0].recent: Too big'],
    ['a long label', () => document([series({ label: 'x'.repeat(81) })]), 'series[0].label: Too big'],
    ['a long metric id', () => document([series({ metric: 'x'.repeat(65) })]), 'series[0].metric: Too big'],
    ['a percentage above 100', () => document([series({ daily: points(2, DAY, 100.5) })]), 'series[0].daily[0][1]: is outside 0 to 100, the range of percent'],
    ['a negative duration', () => document([series({ unit: 'seconds', recent: points(2, HOUR, -1) })]), 'series[0].recent[0][1]: Too small'],
    ['a duration over a week', () => document([series({ unit: 'milliseconds', daily: points(2, DAY, 7 * DAY + 1) })]), 'series[0].daily[0][1]: is outside 0 to 604800000'],
    ['a count beyond exact integers', () => document([series({ unit: 'count', daily: points(2, DAY, 1e308) })]), 'series[0].daily[0][1]: Too big'],
    ['a value that is text', () => document([series({ daily: [[at(TEST_NOW.getTime() - DAY), '99'] as unknown as MetricPoint] })]), 'series[0].daily[0][1]: Invalid input'],
    ['generatedAt past the allowed clock skew', () => document([series()], at(TEST_NOW.getTime() + 5 * 60_000 + 1000)), 'generatedAt: is after the build clock'],
    ['generatedAt before the 90-day window', () => document([], '2001-01-01T00:00:00Z'), 'generatedAt: is more than 90 days before the build clock'],
    ['a point after generatedAt', () => document([series({ recent: [[at(TEST_NOW.getTime() + 4 * 60_000), 1]] })], at(TEST_NOW.getTime() - HOUR)), 'series[0].recent[0][0]: is after generatedAt'],
    ['a point long before generatedAt', () => document([series({ daily: [[at(TEST_NOW.getTime() - 101 * DAY), 1]] })]), 'series[0].daily[0][0]: is more than 100 days before generatedAt'],
    ['points out of order', () => document([series({ daily: points(3, DAY).reverse() })]), 'series[0].daily[1][0]: is not after the point before it'],
  ])('refuses %s, naming the field', (_, input, expected) => {
    expect(detail(input())).toContain(`wrong shape at ${expected}`);
  });

  it('allows a producer clock up to five minutes ahead', () => {
    expect(detail(document([series()], at(TEST_NOW.getTime() + 5 * 60_000)))).toBe('accepted');
  });

  it('never repeats the document\'s text, not even a field name', () => {
    const marker = 'SECRET-MARKER-4d1f';
    const checked = [
      detail({ ...document([]), [marker]: 1 }),
      detail(document([{ ...series(), [marker]: marker }])),
      detail(document([series({ unit: marker as 'percent' })])),
      detail(document([series({ label: marker.repeat(10) })])),
      detail(document([series({ metric: marker })])),
      detail(document([], marker)),
    ];
    expect(checked.every((text) => text.startsWith('wrong shape at '))).toBe(true);
    expect(checked.join('\n')).not.toContain(marker);
  });
});
