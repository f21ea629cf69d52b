import { describe, expect, it } from 'vitest';
import { parseQueryRange, PrometheusAnswerError, queryRangeUrl, rangesFor } from '../../../src/lib/metrics/prometheus';
import { TEST_NOW } from '../../support/clock';

const matrix = (values: [number, string][], series = 1) => ({
  status: 'success',
  data: { resultType: 'matrix', result: Array.from({ length: series }, () => ({ metric: {}, values })) },
});

describe('rangesFor', () => {
  it('evaluates at the ends of the last 90 whole days and 24 whole hours', () => {
    const { daily, recent } = rangesFor(TEST_NOW);
    expect(new Date(daily.end * 1000).toISOString()).toBe('2026-11-28T00:00:00.000Z');
    expect((daily.end - daily.start) / daily.step + 1).toBe(90);
    expect(new Date(recent.end * 1000).toISOString()).toBe('2026-11-28T06:00:00.000Z');
    expect((recent.end - recent.start) / recent.step + 1).toBe(24);
  });
});

describe('queryRangeUrl', () => {
  it('builds a query_range URL under any base path', () => {
    const url = new URL(queryRangeUrl('http://127.0.0.1:9090/prom', 'sum(up)', { start: 10, end: 20, step: 5 }));
    expect(url.pathname).toBe('/prom/api/v1/query_range');
    expect(Object.fromEntries(url.searchParams)).toEqual({ query: 'sum(up)', start: '10', end: '20', step: '5s' });
  });
});

describe('parseQueryRange', () => {
  it('labels each point with the start of the period it covers and turns NaN into a gap', () => {
    const end = Date.UTC(2026, 10, 28) / 1000;
    expect(parseQueryRange(matrix([[end, '91.25'], [end + 86_400, 'NaN']]), 'q', 86_400)).toEqual([
      ['2026-11-27T00:00:00.000Z', 91.25],
      ['2026-11-28T00:00:00.000Z', null],
    ]);
  });

  it('reads an empty answer as no points', () => {
    expect(parseQueryRange(matrix([], 0), 'q', 60)).toEqual([]);
  });

  it('refuses several series and says how to aggregate', () => {
    expect(() => parseQueryRange(matrix([[1, '1']], 2), 'rate(x[1d])', 60)).toThrow(/returned 2 series; aggregate it to one/);
  });

  it('refuses an answer that is not a matrix', () => {
    expect(() => parseQueryRange({ status: 'error', error: 'bad query' }, 'q', 60)).toThrow(PrometheusAnswerError);
    expect(() => parseQueryRange({ status: 'success', data: { resultType: 'vector', result: [] } }, 'q', 60)).toThrow(/not a query_range matrix/);
  });
});
