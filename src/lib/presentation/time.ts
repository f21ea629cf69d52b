/** Timestamps, durations, and times shown in UTC and in the operator's time zone, in a dictionary's words. */
import type { Dictionary } from '../i18n/dictionary.ts';

/** ISO 8601 date-time that names its offset: `Z`, `+07:00` or `+0700`. */
export const TIMESTAMP_WITH_OFFSET =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/;
const LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?$/;

/**
 * Years a status page can mean. Any other is a typo (0206, 9999), and outside four-digit
 * years once in UTC, iCalendar and RSS dates cannot be written: 9999-12-31T23:00-05:00
 * is already the year 10000.
 */
const MIN_YEAR = 2000;
const MAX_YEAR = 2100;

type TimestampResult = { ok: true; date: Date } | { ok: false; reason: string; fix: string };

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
  if (Number(year) < MIN_YEAR || Number(year) > MAX_YEAR) {
    return {
      ok: false,
      reason: `"${trimmed}" is in the year ${year}, outside ${MIN_YEAR} to ${MAX_YEAR}`,
      fix: 'check the year',
    };
  }
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

/** The words of times, dates and durations, from the page's dictionary. */
export type TimeWords = Dictionary['time'];

/** "2 d 3 h", "45 min", "under 1 min": coarse enough to read at a glance. */
export function formatDuration(ms: number, words: TimeWords): string {
  if (ms < MINUTE) return words.underAMinute;
  const days = Math.floor(ms / DAY);
  const hours = Math.floor((ms % DAY) / HOUR);
  const minutes = Math.floor((ms % HOUR) / MINUTE);
  if (days > 0) return hours > 0 ? `${words.days(days)} ${words.hours(hours)}` : words.days(days);
  if (hours > 0) return minutes > 0 ? `${words.hours(hours)} ${words.minutes(minutes)}` : words.hours(hours);
  return words.minutes(minutes);
}

/** "3 hours ago" relative to the build clock, for what readers scan first. */
export function formatAgo(then: Date, now: Date, words: TimeWords): string {
  const ms = now.getTime() - then.getTime();
  if (ms >= DAY) return words.daysAgo(Math.floor(ms / DAY));
  if (ms >= HOUR) return words.hoursAgo(Math.floor(ms / HOUR));
  if (ms >= MINUTE) return words.minutesAgo(Math.floor(ms / MINUTE));
  return words.justNow;
}

// Numbers only from Intl, arranged and named by the dictionary: month names from the
// runtime's locale data change with the ICU version ("Sept" or "Sep") and the output must not.
const PARTS_OPTIONS: Intl.DateTimeFormatOptions = {
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
};

/** A wall-clock reading: the month counts from 0, as `Date` does. */
interface DateTimeParts {
  year: number;
  month: number;
  day: number;
  hour: string;
  minute: string;
}

// Read from the Date itself: a build formats tens of thousands of UTC times, and Intl's
// formatToParts made up a sixth of a 10,000-incident build.
function utcPartsOf(date: Date): DateTimeParts {
  return {
    year: date.getUTCFullYear(),
    month: date.getUTCMonth(),
    day: date.getUTCDate(),
    hour: String(date.getUTCHours()).padStart(2, '0'),
    minute: String(date.getUTCMinutes()).padStart(2, '0'),
  };
}

function partsOf(date: Date, format: Intl.DateTimeFormat): DateTimeParts {
  const parts = Object.fromEntries(format.formatToParts(date).map((part) => [part.type, part.value]));
  return { year: Number(parts.year), month: Number(parts.month) - 1, day: Number(parts.day), hour: parts.hour!, minute: parts.minute! };
}

function dateOf(parts: DateTimeParts, words: TimeWords): string {
  return words.date(parts.day, words.monthsShort[parts.month]!, parts.year);
}

function zoned(parts: DateTimeParts, zone: string, words: TimeWords): string {
  return `${words.clock(parts.hour, parts.minute)} ${zone}`;
}

/** "12 Jan 2026, 08:00 UTC" */
export function formatUtcDateTime(date: Date, words: TimeWords): string {
  const parts = utcPartsOf(date);
  return words.dateTime(dateOf(parts, words), zoned(parts, 'UTC', words));
}

/** Which clock a time opens with: UTC (the default), or the operator's zone for local readers. */
export type TimeOrder = 'utc-first' | 'local-first';

/**
 * "9 Sep 2026, 14:00 UTC" and "(21:00 WIB)": UTC, which every reader can rely on, then
 * the time in the operator's zone when one is configured; or, `local-first`, the zone's
 * full date and time and UTC in the bracket ("10 Feb 2027, 01:00 WIB" and "(9 Feb, 18:00
 * UTC)"), so a local reader sees their own date first. Two parts, so a narrow screen
 * may break the line between them but never inside either.
 */
export function formatDateTime(
  date: Date,
  timeZone: string | undefined,
  order: TimeOrder,
  words: TimeWords,
): { first: string; second: string | null } {
  if (!timeZone) return { first: formatUtcDateTime(date, words), second: null };
  if (order === 'local-first') return { first: formatZoneDateTime(date, timeZone, words), second: `(${formatUtcTimeBeside(date, timeZone, words)})` };
  return { first: formatUtcDateTime(date, words), second: `(${formatZoneTime(date, timeZone, words)})` };
}

/**
 * "21:00 WIB"; "10 Sep, 03:00 WIB" when the zone is already on another day than UTC,
 * and "1 Jan 2027, 03:00 WIB" in another year, so the bracket never names the wrong day.
 */
export function formatZoneTime(date: Date, timeZone: string, words: TimeWords): string {
  return memo(words, `zone ${timeZone} ${date.getTime()}`, () => {
    const { parts, abbreviation } = zoneReadingOf(date, timeZone);
    return wallClock(parts, utcPartsOf(date), abbreviation, words);
  });
}

/** "10 Feb 2027, 01:00 WIB": the zone's own date and time, opening a local-first time. */
export function formatZoneDateTime(date: Date, timeZone: string, words: TimeWords): string {
  return memo(words, `full ${timeZone} ${date.getTime()}`, () => {
    const { parts, abbreviation } = zoneReadingOf(date, timeZone);
    return words.dateTime(dateOf(parts, words), zoned(parts, abbreviation, words));
  });
}

/** "18:00 UTC", or "9 Feb, 18:00 UTC" when UTC is on another day than the zone: the bracket of a local-first time. */
export function formatUtcTimeBeside(date: Date, timeZone: string, words: TimeWords): string {
  return memo(words, `utc ${timeZone} ${date.getTime()}`, () => wallClock(utcPartsOf(date), zoneReadingOf(date, timeZone).parts, 'UTC', words));
}

// The same instants recur on many pages (an update on its incident, its components and
// the history), and each costs a few Intl calls; each language words them its own way.
const times = new WeakMap<TimeWords, Map<string, string>>();
function memo(words: TimeWords, key: string, compute: () => string): string {
  let texts = times.get(words);
  if (!texts) times.set(words, (texts = new Map()));
  let text = texts.get(key);
  if (text === undefined) texts.set(key, (text = compute()));
  return text;
}

function zonePartsOf(date: Date, timeZone: string): DateTimeParts {
  return partsOf(date, cached(`parts ${timeZone}`, () => new Intl.DateTimeFormat('en-US', { ...PARTS_OPTIONS, timeZone })));
}

/** The zone's wall clock at an instant and the zone's abbreviation then. */
interface ZoneReading {
  parts: DateTimeParts;
  abbreviation: string;
}

// Both are the same in every language, so each instant is read once, not once per
// language; and a zone's abbreviation follows from its offset, so it is asked of Intl
// once per offset (twice a year in a zone with daylight saving) instead of per instant.
const readings = new Map<string, ZoneReading>();
const abbreviations = new Map<string, string>();
function zoneReadingOf(date: Date, timeZone: string): ZoneReading {
  const key = `${timeZone} ${date.getTime()}`;
  let reading = readings.get(key);
  if (!reading) {
    const parts = zonePartsOf(date, timeZone);
    const wholeMinute = Math.floor(date.getTime() / 60_000) * 60_000;
    const offsetMinutes = (Date.UTC(parts.year, parts.month, parts.day, Number(parts.hour), Number(parts.minute)) - wholeMinute) / 60_000;
    const abbreviationKey = `${timeZone} ${offsetMinutes}`;
    let abbreviation = abbreviations.get(abbreviationKey);
    if (abbreviation === undefined) abbreviations.set(abbreviationKey, (abbreviation = zoneAbbreviation(date, timeZone)));
    readings.set(key, (reading = { parts, abbreviation }));
  }
  return reading;
}

/** A time beside another clock's: the day only when it differs, the year only when that does too. */
function wallClock(parts: DateTimeParts, beside: DateTimeParts, zone: string, words: TimeWords): string {
  const time = zoned(parts, zone, words);
  if (parts.year !== beside.year) return words.dateTime(dateOf(parts, words), time);
  if (parts.month !== beside.month || parts.day !== beside.day) return words.dateTime(words.dayMonth(parts.day, words.monthsShort[parts.month]!), time);
  return time;
}

// English as written where a zone is used knows its abbreviation (WIB in en-ID, CET in
// en-GB, AEST in en-AU); en-US alone calls Jakarta "GMT+7". The first locale that has a
// name for the zone gives it, so a name never comes from a region that does not use it.
const ZONE_NAME_LOCALES = ['en-US', 'en-GB', 'en-ID', 'en-IN', 'en-AU', 'en-NZ', 'en-CA', 'en-SG', 'en-ZA', 'en-HK'] as const;

/** "WIB", "CEST", "EDT"; the offset ("GMT+4") for a zone no English locale names. */
export function zoneAbbreviation(date: Date, timeZone: string): string {
  const nameIn = (locale: string) => {
    const format = cached(`name ${locale} ${timeZone}`, () => new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: 'short' }));
    return format.formatToParts(date).find((part) => part.type === 'timeZoneName')?.value ?? timeZone;
  };
  for (const locale of ZONE_NAME_LOCALES) {
    const name = nameIn(locale);
    if (!name.startsWith('GMT+') && !name.startsWith('GMT-')) return name;
  }
  return nameIn(ZONE_NAME_LOCALES[0]);
}

/** Whether `name` is an IANA time zone this runtime knows, like Asia/Jakarta. */
export function isTimeZoneName(name: string): boolean {
  // Intl also takes offsets ("+07:00"); an offset is not a zone and never follows daylight saving.
  if (/^[+-]/.test(name)) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/** Whether `timeZone` is UTC under another name (Etc/UTC, GMT, Zulu). */
export function isUtcZone(timeZone: string): boolean {
  return new Intl.DateTimeFormat('en-US', { timeZone }).resolvedOptions().timeZone === 'UTC';
}

// Formatters are slow to create and a build formats thousands of times in one zone.
const formats = new Map<string, Intl.DateTimeFormat>();
function cached(key: string, create: () => Intl.DateTimeFormat): Intl.DateTimeFormat {
  let format = formats.get(key);
  if (!format) formats.set(key, (format = create()));
  return format;
}

/** "12 Jan 2026" */
export function formatUtcDate(date: Date, words: TimeWords): string {
  return dateOf(utcPartsOf(date), words);
}

/** "12 Jan": a chart's day axis, where the year would crowd the labels. */
export function formatUtcDayMonth(date: Date, words: TimeWords): string {
  return words.dayMonth(date.getUTCDate(), words.monthsShort[date.getUTCMonth()]!);
}

/** "14:00": a chart's hour axis. */
export function formatUtcClock(date: Date, words: TimeWords): string {
  const { hour, minute } = utcPartsOf(date);
  return words.clock(hour, minute);
}

/** "January 2026" */
export function formatUtcMonth(date: Date, words: TimeWords): string {
  return words.monthYear(words.monthsLong[date.getUTCMonth()]!, date.getUTCFullYear());
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

/** The footer's word on which clocks the page's times are in. */
export function timesNote(timeZone: string | undefined, order: TimeOrder, words: TimeWords): string {
  if (!timeZone) return words.noteUtc;
  return order === 'local-first' ? words.noteLocalFirst(timeZone) : words.noteUtcFirst(timeZone);
}
