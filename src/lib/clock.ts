/**
 * The build clock: the one "now" every derivation uses. SOURCE_DATE_EPOCH (the
 * reproducible-builds convention, whole seconds since 1970 UTC) pins it.
 */
export function buildClock(env: Record<string, string | undefined> = process.env): Date {
  const pinned = env.SOURCE_DATE_EPOCH;
  if (pinned === undefined || pinned === '') return new Date();
  if (!/^\d+$/.test(pinned.trim())) {
    throw new Error(
      `SOURCE_DATE_EPOCH must be whole seconds since 1970-01-01 UTC (for example 1769904000), not "${pinned}"`,
    );
  }
  return new Date(Number(pinned.trim()) * 1000);
}
