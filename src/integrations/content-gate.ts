import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { buildClock, clockProblem } from '../lib/status/clock.ts';
import { loadContent } from '../lib/content/check.ts';
import { handOverCheckedEntry } from '../data/checked-entries.ts';
import { formatProblem } from '../lib/content/problems.ts';
import { environmentProblems } from '../lib/content/site-config.ts';
import { startPulls } from './pulls.ts';

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
        const onChecked = command === 'build' ? handOverCheckedEntry : undefined;
        const now = clock ? undefined : buildClock();
        const content = now ? await loadContent(fileURLToPath(config.root), now, 'checked', onChecked) : undefined;
        const problems = [...(clock ? [clock] : (content?.problems ?? []).map(formatProblem)), ...environmentProblems(process.env)];
        if (problems.length === 0) {
          // `npm run build` pulls over the content just read (src/integrations/pulls.ts).
          if (content && now) startPulls(content, now);
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
