import { describe, expect, it } from 'vitest';
import { dayInOffset, DEFAULT_OFFSET, formatInOffset, offsetMinutes, parseWriterTime, resolveOffset } from '../../src/lib/writer/offset';

describe('display offset', () => {
  it('reads offsets east and west of UTC and refuses anything else', () => {
    expect(offsetMinutes('+07:00')).toBe(420);
    expect(offsetMinutes('-03:30')).toBe(-210);
    expect(offsetMinutes('+00:00')).toBe(0);
    for (const text of ['7', '+7:00', '+0700', 'WIB', '+15:00', '+07:60']) expect(offsetMinutes(text), text).toBeNull();
  });

  it('takes the flag, else STATUSWIRE_OFFSET, else WIB', () => {
    expect(resolveOffset('+08:00', { STATUSWIRE_OFFSET: '+09:00' })).toEqual({ ok: true, value: '+08:00' });
    expect(resolveOffset(undefined, { STATUSWIRE_OFFSET: '+09:00' })).toEqual({ ok: true, value: '+09:00' });
    expect(resolveOffset(undefined, {})).toEqual({ ok: true, value: DEFAULT_OFFSET });
    expect(DEFAULT_OFFSET).toBe('+07:00');
    expect(resolveOffset('7', {})).toEqual({
      ok: false,
      error: 'the display offset "7" is not an offset  (give it like +07:00 (WIB), +08:00 (WITA) or +00:00 (UTC))',
    });
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
