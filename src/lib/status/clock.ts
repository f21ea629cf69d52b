/**
 * The build clock: the one "now" every derivation uses. SOURCE_DATE_EPOCH (the
 * reproducible-builds convention, whole seconds since 1970 UTC) pins it.
 */
type Environment = Record<string, string | undefined>;

/** Why SOURCE_DATE_EPOCH cannot pin the clock, as one problem line; null when it can or is unset. */
export function clockProblem(env: Environment = process.env): string | null {
  const pinned = env.SOURCE_DATE_EPOCH;
  if (pinned === undefined || pinned === '') return null;
  if (/^\d+$/.test(pinned.trim()) && !Number.isNaN(new Date(Number(pinned.trim()) * 1000).getTime())) return null;
  return `SOURCE_DATE_EPOCH (environment)  "${pinned}" is not whole seconds since 1970-01-01 UTC  (write a number like 1769904000, or unset it to build at the current time)`;
}

export function buildClock(env: Environment = process.env): Date {
  const problem = clockProblem(env);
  if (problem) throw new Error(problem);
  const pinned = env.SOURCE_DATE_EPOCH;
  return pinned ? new Date(Number(pinned.trim()) * 1000) : new Date();
}
