/**
 * The writer's clock face: timestamps are written in one display offset (that of the
 * time zone in content/site.yaml, unless STATUSWIRE_OFFSET or --offset says otherwise),
 * so a file reads like the writer's own watch and still names its zone.
 */
import { withFix, type Parsed } from '../content/fix.ts';
import { parseTimestamp } from '../presentation/time.ts';

/** The offset when no flag, variable or configured time zone gives one. */
export const UTC_OFFSET = '+00:00';
const OFFSET = /^([+-])(\d{2}):(\d{2})$/;
const LOCAL = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2})(:\d{2})?$/;

/** `+07:00` as minutes east of UTC, or null when it is not an offset. */
export function offsetMinutes(offset: string): number | null {
  const match = OFFSET.exec(offset);
  if (!match) return null;
  const [, sign, hours, minutes] = match;
  if (Number(hours) > 14 || Number(minutes) > 59) return null;
  return (sign === '-' ? -1 : 1) * (Number(hours) * 60 + Number(minutes));
}

/** `+07:00`: the offset `timeZone` (an IANA name) has at `date`, daylight saving included. */
export function zoneOffset(date: Date, timeZone: string): string {
  const format = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' });
  const name = format.formatToParts(date).find((part) => part.type === 'timeZoneName')?.value ?? 'GMT';
  // "GMT+07:00", or plain "GMT" for a zone at UTC+0.
  return name === 'GMT' ? UTC_OFFSET : name.slice('GMT'.length);
}

/**
 * The flag, else STATUSWIRE_OFFSET, else the configured time zone's offset at `now`
 * (the page shows times in that zone, so the files match it), else UTC.
 */
export function resolveOffset(
  flag: string | undefined,
  env: Record<string, string | undefined>,
  timeZone: string | undefined,
  now: Date,
): Parsed<string> {
  const offset = flag ?? (env.STATUSWIRE_OFFSET || (timeZone ? zoneOffset(now, timeZone) : UTC_OFFSET));
  if (offsetMinutes(offset) === null) {
    return { ok: false, error: withFix(`the display offset "${offset}" is not an offset`, 'give it like +07:00 (WIB), +08:00 (WITA) or +00:00 (UTC)') };
  }
  return { ok: true, value: offset };
}

/** `2026-11-28T13:05:00+07:00`: `date` to the whole second, as seen at `offset`. */
export function formatInOffset(date: Date, offset: string): string {
  const shifted = new Date(Math.floor(date.getTime() / 1000) * 1000 + (offsetMinutes(offset) ?? 0) * 60_000);
  return `${shifted.toISOString().slice(0, 19)}${offset}`;
}

/** `2026-11-28`: the calendar day of `date` at `offset`, for file names. */
export function dayInOffset(date: Date, offset: string): string {
  return formatInOffset(date, offset).slice(0, 10);
}

/**
 * A time the writer typed: with an offset, or as local time at `offset`
 * (`2027-01-14 01:00`), written back in the display offset.
 */
export function parseWriterTime(text: string, offset: string): Parsed<string> {
  const trimmed = text.trim();
  const local = LOCAL.exec(trimmed);
  const full = local ? `${local[1]}T${local[2]}${local[3] ?? ':00'}${offset}` : trimmed;
  const result = parseTimestamp(full);
  if (!result.ok) return { ok: false, error: withFix(result.reason, `${result.fix}, or as local time like "2027-01-14 01:00"`) };
  return { ok: true, value: formatInOffset(result.date, offset) };
}
