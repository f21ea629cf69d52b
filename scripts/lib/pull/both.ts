// The metrics and upstream pulls at once, so a slow source costs the build its own time
// limit, not the sum of both: `npm run pull` runs them alone, `npm run build` over the
// content its gate has read (scripts/build.ts).
import type { LoadedContent } from '../../../src/lib/content/check.ts';
import { pullMetricsStep } from './metrics.ts';
import { pullUpstreamsStep } from './upstreams.ts';

/** Both pulls over `content`; false only when the build must stop (METRICS_STRICT=1, UPSTREAM_STRICT=1). */
export async function pullBoth(content: LoadedContent, root: string, now: Date, env: NodeJS.ProcessEnv): Promise<boolean> {
  const results = await Promise.all([pullMetricsStep(content, root, now, env), pullUpstreamsStep(content, root, now, env)]);
  return !results.includes(false);
}
