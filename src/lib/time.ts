/** Timestamps, durations and UTC formatting. */

/** ISO 8601 date-time that names its offset: `Z`, `+07:00` or `+0700`. */
export const TIMESTAMP_WITH_OFFSET =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/;
const LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?$/;

export type TimestampResult = { ok: true; date: Date } | { ok: false; reason: string; fix: string };

/**
 * Reads a timestamp exactly as the writer typed it. A bare local time is rejected
 * because the reader's page would silently show it in the wrong zone.
 */
export function parseTimestamp(text: string): TimestampResult {
  const trimmed = text.trim();
  const match = TIMESTAMP_WITH_OFFSET.exec(trimmed);
  if (!match) {
    if (LOCAL_DATE_TIME.test(trimmed)) {
      return {
        ok: false,
        reason: `"${trimmed}" has no time zone`,
        fix: `add an offset such as "${trimmed}+07:00" (WIB) or "${trimmed}Z" (UTC)`,
      };
    }
    return {
      ok: false,
      reason: `"${trimmed}" is not a date-time`,
      fix: 'write it like "2026-01-12T08:00:00+07:00"',
    };
  }
  const [, year, month, day, hour, minute, second = '0'] = match;
  const date = new Date(trimmed.replace(' ', 'T'));
  const calendarOk =
    !Number.isNaN(date.getTime()) &&
    Number(month) >= 1 &&
    Number(month) <= 12 &&
    Number(day) >= 1 &&
    Number(day) <= daysInMonth(Number(year), Number(month)) &&
    Number(hour) <= 23 &&
    Number(minute) <= 59 &&
    Number(second) <= 59;
  if (!calendarOk) {
    return { ok: false, reason: `"${trimmed}" is not a real date and time`, fix: 'check the month, day, hour and minute' };
  }
  return { ok: true, date };
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** "2 d 3 h", "45 min", "under 1 min": coarse enough to read at a glance. */
export function formatDuration(ms: number): string {
  if (ms < MINUTE) return 'under 1 min';
  const days = Math.floor(ms / DAY);
  const hours = Math.floor((ms % DAY) / HOUR);
  const minutes = Math.floor((ms % HOUR) / MINUTE);
  if (days > 0) return hours > 0 ? `${days} d ${hours} h` : `${days} d`;
  if (hours > 0) return minutes > 0 ? `${hours} h ${minutes} min` : `${hours} h`;
  return `${minutes} min`;
}

/** "3 hours ago" relative to the build clock, for what readers scan first. */
export function formatAgo(then: Date, now: Date): string {
  const ms = now.getTime() - then.getTime();
  if (ms < MINUTE) return 'just now';
  const units: [number, string][] = [
    [DAY, 'day'],
    [HOUR, 'hour'],
    [MINUTE, 'minute'],
  ];
  for (const [size, name] of units) {
    if (ms >= size) {
      const count = Math.floor(ms / size);
      return `${count} ${name}${count === 1 ? '' : 's'} ago`;
    }
  }
  return 'just now';
}

// en-US parts, arranged day-month-year: en-GB's short September ("Sept" or "Sep")
// depends on the ICU version, and the output must not change with the Node build.
const utcParts = new Intl.DateTimeFormat('en-US', {
  timeZone: 'UTC',
  year: 'numeric',
  month: 'short',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});
const utcMonth = new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', year: 'numeric', month: 'long' });

function partsOf(date: Date): Record<'year' | 'month' | 'day' | 'hour' | 'minute', string> {
  const parts = Object.fromEntries(utcParts.formatToParts(date).map((part) => [part.type, part.value]));
  return { year: parts.year!, month: parts.month!, day: parts.day!, hour: parts.hour!, minute: parts.minute! };
}

/** "12 Jan 2026, 08:00 UTC" */
export function formatUtcDateTime(date: Date): string {
  const { hour, minute } = partsOf(date);
  return `${formatUtcDate(date)}, ${hour}:${minute} UTC`;
}

/** "12 Jan 2026" */
export function formatUtcDate(date: Date): string {
  const { year, month, day } = partsOf(date);
  return `${day} ${month} ${year}`;
}

/** "January 2026" */
export function formatUtcMonth(date: Date): string {
  return utcMonth.format(date);
}

/** "2026-01-12": the UTC calendar day, used as a key. */
export function utcDayKey(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** "2026-01": the UTC month, used as a key. */
export function utcMonthKey(date: Date): string {
  return date.toISOString().slice(0, 7);
}

/** Midnight UTC of the day `date` falls on. */
export function startOfUtcDay(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}

/** The `days` UTC days ending with the day of `now`, newest first. */
export function lastUtcDays(now: Date, days: number): Date[] {
  const today = startOfUtcDay(now).getTime();
  return Array.from({ length: days }, (_, i) => new Date(today - i * DAY));
}
