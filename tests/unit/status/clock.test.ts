import { describe, expect, it } from 'vitest';
import { buildClock, clockProblem } from '../../../src/lib/status/clock';

describe('buildClock', () => {
  it('is pinned by SOURCE_DATE_EPOCH', () => {
    expect(buildClock({ SOURCE_DATE_EPOCH: '1795845600' }).toISOString()).toBe('2026-11-28T06:00:00.000Z');
  });

  it('is the current time when nothing pins it', () => {
    const before = Date.now();
    const now = buildClock({}).getTime();
    expect(now).toBeGreaterThanOrEqual(before);
    expect(now).toBeLessThanOrEqual(Date.now());
  });

  it('rejects a value that is not whole seconds, saying what to write', () => {
    expect(() => buildClock({ SOURCE_DATE_EPOCH: '2026-11-28' })).toThrow(/whole seconds since 1970/);
    expect(() => buildClock({ SOURCE_DATE_EPOCH: '1.5' })).toThrow(/"1.5" is not whole seconds/);
    expect(() => buildClock({ SOURCE_DATE_EPOCH: '9'.repeat(20) })).toThrow(/is not whole seconds/);
  });

  it('names an unusable SOURCE_DATE_EPOCH as one problem line, and nothing when it is usable or unset', () => {
    expect(clockProblem({ SOURCE_DATE_EPOCH: 'yesterday' })).toBe(
      'SOURCE_DATE_EPOCH (environment)  "yesterday" is not whole seconds since 1970-01-01 UTC  (write a number like 1769904000, or unset it to build at the current time)',
    );
    expect(clockProblem({ SOURCE_DATE_EPOCH: '1795845600' })).toBeNull();
    expect(clockProblem({})).toBeNull();
  });
});
