import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { fileURLToPath } from 'node:url';
import { buildClock, clockProblem } from '../lib/status/clock.ts';
import { loadContent } from '../lib/content/check.ts';
import { handOverCheckedEntry } from '../data/checked-entries.ts';
import { formatProblem } from '../lib/content/problems.ts';
import { environmentProblems } from '../lib/content/site-config.ts';
import { failureName } from '../lib/metrics/bounded-read.ts';
import { startPulls } from './pulls.ts';
import { codeFingerprint } from '../lib/rebuild/unchanged-pages.ts';
import { readPassedEntries, writePassedEntries, type EntryVerdicts } from '../lib/rebuild/passed-entries.ts';

/** The code's fingerprint now and the verdicts of the last good build, or none when they cannot be read. */
async function previousVerdicts(root: string, file: string, logger: AstroIntegrationLogger) {
  const { value, problem } = await readPassedEntries(file);
  if (problem) logger.warn(`${problem}; every entry is checked`);
  return { code: codeFingerprint(root), previous: value };
}

/** Keeps this build's verdicts for the next one; losing them only costs the next build a full check. */
async function recordVerdicts(file: string, verdicts: EntryVerdicts, logger: AstroIntegrationLogger) {
  const { reused, checked } = verdicts.counts();
  if (reused > 0) logger.info(`checked ${checked} new or changed entr${checked === 1 ? 'y' : 'ies'}; ${reused} unchanged since the last good build`);
  if (!verdicts.changed()) return;
  try {
    await writePassedEntries(file, verdicts.record());
  } catch (error) {
    logger.warn(`the entries' verdicts could not be kept (${failureName(error)}); the next build checks every entry`);
  }
}

/**
 * Validates content/ before Astro syncs it and reports every problem at once, one
 * line each. A build then exits without a stack trace: the lines already say what to
 * fix. The dev server gets an error instead, so it can show it and keep running.
 */
export function contentGate(): AstroIntegration {
  return {
    name: 'statuswire:content-gate',
    hooks: {
      'astro:config:setup': async ({ config, logger, command }) => {
        // Content is judged at the build clock, so an unusable clock is reported in its place.
        const clock = clockProblem(process.env);
        // A build's loader takes what passed here instead of reading it again. The dev
        // server's loader runs again on every save, long after, so nothing is kept for it.
        const building = command === 'build';
        const onChecked = building ? handOverCheckedEntry : undefined;
        const root = fileURLToPath(config.root);
        // A build checks again only the entries that changed since the last good build.
        const verdictsFile = fileURLToPath(new URL('statuswire/passed-entries.bin', config.cacheDir));
        const reuse = building ? await previousVerdicts(root, verdictsFile, logger) : undefined;
        const now = clock ? undefined : buildClock();
        const content = now ? await loadContent(root, now, 'checked', { onChecked, reuse }) : undefined;
        const problems = [...(clock ? [clock] : (content?.problems ?? []).map(formatProblem)), ...environmentProblems(process.env)];
        if (problems.length === 0) {
          // `npm run build` pulls over the content just read (src/integrations/pulls.ts).
          if (content && now) startPulls(content, now);
          if (content?.verdicts) await recordVerdicts(verdictsFile, content.verdicts, logger);
          return;
        }
        for (const problem of problems) logger.error(problem);
        const summary = `${problems.length} content problem${problems.length === 1 ? '' : 's'}; fix the lines above and build again`;
        if (command === 'build') {
          logger.error(summary);
          process.exit(1);
        }
        throw new Error(summary);
      },
    },
  };
}
