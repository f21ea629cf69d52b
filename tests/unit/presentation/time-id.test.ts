import { describe, expect, it } from 'vitest';
import {
  formatAgo,
  formatDateTime,
  formatDuration,
  formatUtcClock,
  formatUtcDate,
  formatUtcDateTime,
  formatUtcDayMonth,
  formatUtcMonth,
  formatZoneDateTime,
  formatZoneTime,
  timesNote,
} from '../../../src/lib/presentation/time';
import { dictionary } from '../../../src/lib/i18n/dictionary';

const ID = dictionary('id').time;
const EN = dictionary('en').time;

describe('Indonesian durations', () => {
  it.each([
    [30_000, 'kurang dari 1 menit'],
    [45 * 60_000, '45 menit'],
    [60 * 60_000, '1 jam'],
    [(2 * 60 + 5) * 60_000, '2 jam 5 menit'],
    [(2 * 24 + 3) * 3_600_000, '2 hari 3 jam'],
    [3 * 24 * 3_600_000, '3 hari'],
  ])('%i ms reads "%s"', (ms, text) => {
    expect(formatDuration(ms, ID)).toBe(text);
  });
});

describe('Indonesian relative times', () => {
  const now = new Date('2026-01-12T12:00:00Z');
  it.each([
    ['2026-01-12T11:59:30Z', 'baru saja'],
    ['2026-01-12T11:59:00Z', '1 menit yang lalu'],
    ['2026-01-12T11:15:00Z', '45 menit yang lalu'],
    ['2026-01-12T09:00:00Z', '3 jam yang lalu'],
    ['2026-01-10T12:00:00Z', '2 hari yang lalu'],
  ])('%s reads "%s"', (then, text) => {
    expect(formatAgo(new Date(then), now, ID)).toBe(text);
  });
});

describe('Indonesian dates and times', () => {
  it('writes the clock with a dot and the months from the dictionary', () => {
    expect(formatUtcDateTime(new Date('2026-01-12T08:00:00Z'), ID)).toBe('12 Jan 2026 pukul 08.00 UTC');
    expect(formatUtcDate(new Date('2026-01-12T08:00:00Z'), ID)).toBe('12 Jan 2026');
    expect(formatUtcMonth(new Date('2026-01-12T08:00:00Z'), ID)).toBe('Januari 2026');
    expect(formatUtcDayMonth(new Date('2026-08-17T08:00:00Z'), ID)).toBe('17 Agu');
    expect(formatUtcClock(new Date('2026-08-17T08:05:00Z'), ID)).toBe('08.05');
  });

  it('names every month in Indonesian, short and long', () => {
    const short = Array.from({ length: 12 }, (_, month) => formatUtcDate(new Date(Date.UTC(2026, month, 5)), ID));
    const long = Array.from({ length: 12 }, (_, month) => formatUtcMonth(new Date(Date.UTC(2026, month, 5)), ID));
    expect(short).toEqual(['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des'].map((month) => `5 ${month} 2026`));
    expect(long).toEqual(
      ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'].map((month) => `${month} 2026`),
    );
  });

  it('gives the time in WIB beside UTC, and the zone first for local readers', () => {
    expect(formatDateTime(new Date('2026-09-09T01:00:00Z'), 'Asia/Jakarta', 'utc-first', ID)).toEqual({ first: '9 Sep 2026 pukul 01.00 UTC', second: '(08.00 WIB)' });
    expect(formatDateTime(new Date('2026-08-09T18:00:00Z'), 'Asia/Jakarta', 'local-first', ID)).toEqual({ first: '10 Agu 2026 pukul 01.00 WIB', second: '(9 Agu pukul 18.00 UTC)' });
    expect(formatZoneTime(new Date('2026-12-31T20:00:00Z'), 'Asia/Jakarta', ID)).toBe('1 Jan 2027 pukul 03.00 WIB');
    expect(formatZoneDateTime(new Date('2026-10-01T01:00:00Z'), 'Asia/Jakarta', ID)).toBe('1 Okt 2026 pukul 08.00 WIB');
  });

  it('keeps each language apart for the same instant', () => {
    const date = new Date('2026-05-20T20:00:00Z');
    expect(formatZoneTime(date, 'Asia/Jakarta', EN)).toBe('21 May, 03:00 WIB');
    expect(formatZoneTime(date, 'Asia/Jakarta', ID)).toBe('21 Mei pukul 03.00 WIB');
  });

  it('says which clocks the page uses', () => {
    expect(timesNote(undefined, 'utc-first', ID)).toBe('Waktu ditampilkan dalam UTC.');
    expect(timesNote('Asia/Jakarta', 'utc-first', ID)).toBe('Waktu ditampilkan dalam UTC, dengan waktu Asia/Jakarta dalam tanda kurung.');
    expect(timesNote('Asia/Jakarta', 'local-first', ID)).toBe('Waktu ditampilkan dalam waktu Asia/Jakarta, dengan UTC dalam tanda kurung.');
  });
});
