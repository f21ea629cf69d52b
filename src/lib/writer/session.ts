/**
 * What every writer command settles before it asks anything: the build clock and the
 * offset new times are written at, from the site's time zone. A command stops with one
 * line and its fix when the settings have problems, rather than write a file the check
 * would refuse.
 */
import { loadSiteConfig } from '../content/check.ts';
import { withFix } from '../content/fix.ts';
import { CONTENT_PATHS } from '../content/read.ts';
import { buildClock } from '../status/clock.ts';
import { resolveOffset } from './offset.ts';

export interface WriterSession {
  now: Date;
  /** The UTC offset new times are written at, like +07:00. */
  offset: string;
  /** The site's languages, the default first: what translated flags may name. */
  languages: readonly string[];
}

/** The session for the site under `root`, with `--offset` as given (or not) on the command line. */
export async function startSession(root: string, offsetFlag: string | undefined, env: Record<string, string | undefined> = process.env): Promise<WriterSession> {
  const now = buildClock(env);
  const site = await loadSiteConfig(root);
  if (!site.data) throw new Error(withFix(`${CONTENT_PATHS.site} has problems`, 'run npm run check to see them'));
  const offset = resolveOffset(offsetFlag, env, site.data.timeZone, now);
  if (!offset.ok) throw new Error(offset.error);
  return { now, offset: offset.value, languages: site.data.languages };
}
