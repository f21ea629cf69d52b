import { describe, expect, it } from 'vitest';
import {
  formatAgo,
  formatDateTime,
  formatDuration,
  formatUtcDate,
  formatUtcDateTime,
  formatUtcMonth,
  formatZoneTime,
  isTimeZoneName,
  isUtcZone,
  lastUtcDays,
  parseTimestamp,
  startOfUtcDay,
  timesNote,
  zoneAbbreviation,
} from '../../../src/lib/presentation/time';
import { dictionary } from '../../../src/lib/i18n/dictionary';

const EN = dictionary('en').time;

describe('parseTimestamp', () => {
  it('accepts an offset, a compact offset and Z', () => {
    expect(parseTimestamp('2026-01-12T09:40:00+07:00')).toEqual({ ok: true, date: new Date('2026-01-12T02:40:00Z') });
    expect(parseTimestamp('2026-01-12T09:40:00+0700')).toEqual({ ok: true, date: new Date('2026-01-12T02:40:00Z') });
    expect(parseTimestamp('2026-01-12T02:40Z')).toEqual({ ok: true, date: new Date('2026-01-12T02:40:00Z') });
    expect(parseTimestamp('2026-01-12 02:40:00.250Z')).toEqual({ ok: true, date: new Date('2026-01-12T02:40:00.250Z') });
  });

  it('rejects a bare local time and suggests the offset to add', () => {
    const result = parseTimestamp('2026-01-12T08:00:00');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.reason).toBe('"2026-01-12T08:00:00" has no time zone');
      expect(result.fix).toContain('2026-01-12T08:00:00+07:00');
      expect(result.fix).toContain('2026-01-12T08:00:00Z');
    }
  });

  it('rejects a date without a time, and text', () => {
    for (const text of ['2026-01-12', 'yesterday', '12/01/2026 08:00']) {
      const result = parseTimestamp(text);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.reason).toContain('is not a date-time');
    }
  });

  it('rejects impossible calendar values instead of rolling them over', () => {
    for (const text of ['2026-02-30T10:00:00Z', '2026-13-01T10:00:00Z', '2026-01-01T24:30:00Z', '2026-01-01T10:60:00Z']) {
      const result = parseTimestamp(text);
      expect(result.ok, text).toBe(false);
    }
  });
});

describe('formatDuration', () => {
  it.each([
    [30_000, 'under 1 min'],
    [45 * 60_000, '45 min'],
    [2 * 3_600_000, '2 h'],
    [2 * 3_600_000 + 15 * 60_000, '2 h 15 min'],
    [3 * 86_400_000, '3 d'],
    [3 * 86_400_000 + 5 * 3_600_000 + 59 * 60_000, '3 d 5 h'],
  ])('%i ms reads "%s"', (ms, text) => {
    expect(formatDuration(ms, EN)).toBe(text);
  });
});

describe('formatAgo', () => {
  const now = new Date('2026-11-28T06:00:00Z');
  it.each([
    ['2026-11-28T05:59:30Z', 'just now'],
    ['2026-11-28T05:59:00Z', '1 minute ago'],
    ['2026-11-28T03:00:00Z', '3 hours ago'],
    ['2026-11-27T06:00:00Z', '1 day ago'],
    ['2026-11-20T03:00:00Z', '8 days ago'],
  ])('%s reads "%s"', (then, text) => {
    expect(formatAgo(new Date(then), now, EN)).toBe(text);
  });
});

describe('UTC formatting', () => {
  const date = new Date('2026-01-12T02:40:00+00:00');
  it('shows date and time in UTC whatever the machine zone', () => {
    expect(formatUtcDateTime(date, EN)).toBe('12 Jan 2026, 02:40 UTC');
    expect(formatUtcDateTime(new Date('2026-01-12T23:30:00-02:00'), EN)).toBe('13 Jan 2026, 01:30 UTC');
    expect(formatUtcDate(date, EN)).toBe('12 Jan 2026');
    expect(formatUtcMonth(date, EN)).toBe('January 2026');
  });

  it('lists the last days newest first from UTC midnight', () => {
    const days = lastUtcDays(new Date('2026-11-28T06:00:00Z'), 3).map((day) => day.toISOString());
    expect(days).toEqual(['2026-11-28T00:00:00.000Z', '2026-11-27T00:00:00.000Z', '2026-11-26T00:00:00.000Z']);
    expect(startOfUtcDay(new Date('2026-03-01T23:59:59Z')).toISOString()).toBe('2026-03-01T00:00:00.000Z');
  });
});

describe('month names', () => {
  it('are the same three letters whatever ICU the build runs on', () => {
    expect(formatUtcDate(new Date('2026-09-09T00:00:00Z'), EN)).toBe('9 Sep 2026');
    expect(formatUtcDateTime(new Date('2026-09-09T23:05:00Z'), EN)).toBe('9 Sep 2026, 23:05 UTC');
  });
});

describe('UTC times without Intl', () => {
  it('match en-US month names and 24-hour clock for every month', () => {
    const intl = new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', month: 'short' });
    for (let month = 0; month < 12; month++) {
      const date = new Date(Date.UTC(2026, month, 5, 7, 3));
      expect(formatUtcDateTime(date, EN)).toBe(`5 ${intl.format(date)} 2026, 07:03 UTC`);
    }
    expect(formatUtcDateTime(new Date('2026-12-31T23:59:00Z'), EN)).toBe('31 Dec 2026, 23:59 UTC');
  });
});

describe('time in the operator\'s zone', () => {
  it('follows UTC with the local time and the zone\'s abbreviation', () => {
    expect(formatDateTime(new Date('2026-09-09T14:00:00Z'), 'Asia/Jakarta', 'utc-first', EN)).toEqual({ first: '9 Sep 2026, 14:00 UTC', second: '(21:00 WIB)' });
    expect(formatDateTime(new Date('2026-07-01T12:30:00Z'), 'Europe/Berlin', 'utc-first', EN)).toEqual({ first: '1 Jul 2026, 12:30 UTC', second: '(14:30 CEST)' });
    expect(formatDateTime(new Date('2026-01-15T12:30:00Z'), 'America/New_York', 'utc-first', EN)).toEqual({ first: '15 Jan 2026, 12:30 UTC', second: '(07:30 EST)' });
  });

  it("names the zone by its offset at each instant, across daylight saving and at any second of a minute", () => {
    const at = (iso: string) => formatDateTime(new Date(iso), 'Europe/Berlin', 'utc-first', EN).second;
    expect([at('2026-03-29T00:59:59Z'), at('2026-03-29T01:00:00Z'), at('2026-10-25T00:59:45Z'), at('2026-10-25T01:00:30Z')]).toEqual([
      '(01:59 CET)',
      '(03:00 CEST)',
      '(02:59 CEST)',
      '(02:00 CET)',
    ]);
    expect(formatDateTime(new Date('2026-09-09T14:00:59.999Z'), 'Asia/Kolkata', 'utc-first', EN).second).toBe('(19:30 IST)');
  });

  it('shows UTC alone without a zone', () => {
    expect(formatDateTime(new Date('2026-09-09T14:00:00Z'), undefined, 'utc-first', EN)).toEqual({ first: '9 Sep 2026, 14:00 UTC', second: null });
    expect(formatDateTime(new Date('2026-09-09T14:00:00Z'), undefined, 'local-first', EN)).toEqual({ first: '9 Sep 2026, 14:00 UTC', second: null });
  });

  it('puts the zone first when the operator says so, so a local reader sees their own date first', () => {
    expect(formatDateTime(new Date('2027-02-09T18:00:00Z'), 'Asia/Jakarta', 'local-first', EN)).toEqual({ first: '10 Feb 2027, 01:00 WIB', second: '(9 Feb, 18:00 UTC)' });
    expect(formatDateTime(new Date('2026-09-09T14:00:00Z'), 'Asia/Jakarta', 'local-first', EN)).toEqual({ first: '9 Sep 2026, 21:00 WIB', second: '(14:00 UTC)' });
    expect(formatDateTime(new Date('2026-12-31T20:00:00Z'), 'Asia/Jakarta', 'local-first', EN)).toEqual({ first: '1 Jan 2027, 03:00 WIB', second: '(31 Dec 2026, 20:00 UTC)' });
    expect(formatDateTime(new Date('2026-09-09T02:00:00Z'), 'America/Los_Angeles', 'local-first', EN)).toEqual({ first: '8 Sep 2026, 19:00 PDT', second: '(9 Sep, 02:00 UTC)' });
  });

  it('says in the footer which clock comes first', () => {
    expect(timesNote(undefined, 'utc-first', EN)).toBe('Times are shown in UTC.');
    expect(timesNote('Asia/Jakarta', 'utc-first', EN)).toBe('Times are shown in UTC, with Asia/Jakarta time in brackets.');
    expect(timesNote('Asia/Jakarta', 'local-first', EN)).toBe('Times are shown in Asia/Jakarta time, with UTC in brackets.');
  });

  it('names the day when the zone is on another one, and the year when that differs too', () => {
    expect(formatZoneTime(new Date('2026-09-09T20:00:00Z'), 'Asia/Jakarta', EN)).toBe('10 Sep, 03:00 WIB');
    expect(formatZoneTime(new Date('2026-09-09T02:00:00Z'), 'America/Los_Angeles', EN)).toBe('8 Sep, 19:00 PDT');
    expect(formatZoneTime(new Date('2026-12-31T20:00:00Z'), 'Asia/Jakarta', EN)).toBe('1 Jan 2027, 03:00 WIB');
  });

  it('abbreviates a zone as English where it is used does, or gives its offset', () => {
    const date = new Date('2026-01-15T00:00:00Z');
    expect(zoneAbbreviation(date, 'Asia/Jakarta')).toBe('WIB');
    expect(zoneAbbreviation(date, 'Asia/Makassar')).toBe('WITA');
    expect(zoneAbbreviation(date, 'Australia/Sydney')).toBe('AEDT');
    expect(zoneAbbreviation(date, 'Europe/London')).toBe('GMT');
    expect(zoneAbbreviation(date, 'Asia/Dhaka')).toBe('GMT+6');
  });

  it('knows IANA zone names and refuses offsets and unknown names', () => {
    for (const name of ['Asia/Jakarta', 'Europe/Berlin', 'America/Argentina/Buenos_Aires', 'UTC']) expect(isTimeZoneName(name), name).toBe(true);
    for (const name of ['Asia/Jakartaa', 'WIB', '+07:00', '-0300', '']) expect(isTimeZoneName(name), name).toBe(false);
  });

  it('recognises UTC under its other names', () => {
    for (const name of ['UTC', 'Etc/UTC', 'GMT', 'Zulu']) expect(isUtcZone(name), name).toBe(true);
    expect(isUtcZone('Europe/London')).toBe(false);
  });
});
