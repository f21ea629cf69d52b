// npm run metrics:pull: the metrics pull alone (npm run build runs it with the upstream
// pull, inside Astro's build: scripts/build.ts). What it does and when it stops the build:
// scripts/lib/pull/metrics.ts.
import { buildClock, clockProblem } from '../src/lib/status/clock.ts';
import { loadContent, loadSiteConfig } from '../src/lib/content/check.ts';
import { metricsReading, pullMetricsStep } from './lib/pull/metrics.ts';

const root = process.cwd();
if (clockProblem(process.env)) {
  console.log('metrics: skipped, SOURCE_DATE_EPOCH is unusable; the build says why');
  process.exit(0);
}
const now = buildClock();
const content = await loadContent(root, now, metricsReading((await loadSiteConfig(root)).data, process.env));
if (!(await pullMetricsStep(content, root, now, process.env))) process.exit(1);
