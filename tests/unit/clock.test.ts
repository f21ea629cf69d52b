import { describe, expect, it } from 'vitest';
import { buildClock } from '../../src/lib/clock';

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
    expect(() => buildClock({ SOURCE_DATE_EPOCH: '1.5' })).toThrow(/not "1.5"/);
  });
});
