import { describe, expect, it } from 'vitest';
import { dayInOffset, formatInOffset, offsetMinutes, parseWriterTime, resolveOffset, UTC_OFFSET, zoneOffset } from '../../../src/lib/writer/offset';
import { TEST_NOW } from '../../support/clock';

describe('display offset', () => {
  it('reads offsets east and west of UTC and refuses anything else', () => {
    expect(offsetMinutes('+07:00')).toBe(420);
    expect(offsetMinutes('-03:30')).toBe(-210);
    expect(offsetMinutes('+00:00')).toBe(0);
    for (const text of ['7', '+7:00', '+0700', 'WIB', '+15:00', '+07:60']) expect(offsetMinutes(text), text).toBeNull();
  });

  it('takes the flag, else STATUSWIRE_OFFSET, else the configured zone\'s offset now, else UTC', () => {
    expect(resolveOffset('+08:00', { STATUSWIRE_OFFSET: '+09:00' }, 'Asia/Jakarta', TEST_NOW)).toEqual({ ok: true, value: '+08:00' });
    expect(resolveOffset(undefined, { STATUSWIRE_OFFSET: '+09:00' }, 'Asia/Jakarta', TEST_NOW)).toEqual({ ok: true, value: '+09:00' });
    expect(resolveOffset(undefined, { STATUSWIRE_OFFSET: '' }, 'Asia/Jakarta', TEST_NOW)).toEqual({ ok: true, value: '+07:00' });
    expect(resolveOffset(undefined, {}, 'Asia/Makassar', TEST_NOW)).toEqual({ ok: true, value: '+08:00' });
    expect(resolveOffset(undefined, {}, undefined, TEST_NOW)).toEqual({ ok: true, value: UTC_OFFSET });
    expect(UTC_OFFSET).toBe('+00:00');
    expect(resolveOffset('7', {}, 'Asia/Jakarta', TEST_NOW)).toEqual({
      ok: false,
      error: 'the display offset "7" is not an offset  (give it like +07:00 (WIB), +08:00 (WITA) or +00:00 (UTC))',
    });
  });

  it('reads a zone\'s offset at a given moment, daylight saving included', () => {
    expect(zoneOffset(TEST_NOW, 'Asia/Jakarta')).toBe('+07:00');
    expect(zoneOffset(TEST_NOW, 'Asia/Kathmandu')).toBe('+05:45');
    expect(zoneOffset(new Date('2026-01-15T12:00:00Z'), 'America/New_York')).toBe('-05:00');
    expect(zoneOffset(new Date('2026-07-15T12:00:00Z'), 'America/New_York')).toBe('-04:00');
    expect(zoneOffset(new Date('2026-01-15T12:00:00Z'), 'Europe/London')).toBe('+00:00');
    expect(zoneOffset(new Date('2026-07-15T12:00:00Z'), 'Europe/London')).toBe('+01:00');
  });

  it('writes a time as the writer\'s watch shows it, to the whole second', () => {
    const date = new Date('2026-11-28T06:05:09.750Z');
    expect(formatInOffset(date, '+07:00')).toBe('2026-11-28T13:05:09+07:00');
    expect(formatInOffset(date, '-05:00')).toBe('2026-11-28T01:05:09-05:00');
    expect(dayInOffset(new Date('2026-11-28T18:30:00Z'), '+07:00')).toBe('2026-11-29');
  });

  it('reads a local time at the offset, or a time with its own offset, and writes it in the display offset', () => {
    expect(parseWriterTime('2027-01-14 01:00', '+07:00')).toEqual({ ok: true, value: '2027-01-14T01:00:00+07:00' });
    expect(parseWriterTime('2027-01-14T01:00:30', '+07:00')).toEqual({ ok: true, value: '2027-01-14T01:00:30+07:00' });
    expect(parseWriterTime('2027-01-13T18:00:00Z', '+07:00')).toEqual({ ok: true, value: '2027-01-14T01:00:00+07:00' });
    expect(parseWriterTime('tomorrow', '+07:00')).toEqual({
      ok: false,
      error: '"tomorrow" is not a date-time  (write it like "2026-01-12T08:00:00+07:00", or as local time like "2027-01-14 01:00")',
    });
    expect(parseWriterTime('2027-02-30 01:00', '+07:00').ok).toBe(false);
  });
});
