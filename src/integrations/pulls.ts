import type { AstroIntegration } from 'astro';
import type { LoadedContent } from '../lib/content/check.ts';
import { failureName } from '../lib/metrics/bounded-read.ts';

/**
 * `npm run build` (scripts/build.ts) pulls metrics and upstream pages inside Astro's own
 * build: the content gate hands them the content it has just read and validated, and
 * they run while Astro syncs content, which reads nothing they write. The pages do read
 * it, so the build waits for the pulls when it starts, before anything is bundled or
 * written, and stops there when they say it must (METRICS_STRICT=1, UPSTREAM_STRICT=1).
 * As a step of its own, the pull cost a second process, its modules and a second reading
 * of every incident (1,000 incidents: 0.6-0.9 s). `astro build` alone pulls nothing and
 * waits for nothing. The hand-over lives on globalThis: the script and Astro's config may
 * load this file apart.
 */
type Pulls = (content: LoadedContent, now: Date) => Promise<boolean>;

interface Registry {
  pulls: Pulls;
  finished?: Promise<boolean>;
}

const PULLS = Symbol.for('statuswire.pulls');
const holder = globalThis as { [PULLS]?: Registry };

/** Asks this process's build to run `pulls` once its content passed the gate. */
export function pullDuringBuild(pulls: Pulls): void {
  holder[PULLS] = { pulls };
}

/**
 * Starts the pulls asked for, if any, over the content the gate read at `now`. Each pull
 * keeps its last good copy and says why on failure; should one throw all the same, the
 * build goes on with those copies, as it would for a source that failed.
 */
export function startPulls(content: LoadedContent, now: Date): void {
  const registry = holder[PULLS];
  if (!registry || registry.finished) return;
  registry.finished = registry.pulls(content, now).catch((error: unknown) => {
    console.error(`pulls: stopped by an unexpected ${failureName(error)}; the build goes on with the last good copies`);
    return true;
  });
}

/** Holds the build back until the pulls are done: its pages read what they write. */
export function pullsBeforePages(): AstroIntegration {
  return {
    name: 'statuswire:pulls',
    hooks: {
      'astro:build:start': async ({ logger }) => {
        const finished = holder[PULLS]?.finished;
        if (!finished || (await finished)) return;
        logger.error('the pull above must succeed for this build; no page was built');
        process.exit(1);
      },
    },
  };
}
