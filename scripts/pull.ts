// npm run build's first step: the metrics and upstream pulls, at once and in one process,
// so a slow source costs the build its own time limit, not the sum of both, and content/
// is read once. Each keeps its last good copy on failure; the build stops only for a
// failure under METRICS_STRICT=1 or UPSTREAM_STRICT=1.
import { buildClock, clockProblem } from '../src/lib/status/clock.ts';
import { loadContent, loadSiteConfig } from '../src/lib/content/check.ts';
import { metricsReading, pullMetricsStep } from './lib/pull/metrics.ts';
import { pullUpstreamsStep } from './lib/pull/upstreams.ts';

const root = process.cwd();
if (clockProblem(process.env)) {
  console.log('metrics: skipped, SOURCE_DATE_EPOCH is unusable; the build says why');
  console.log('upstreams: skipped, SOURCE_DATE_EPOCH is unusable; the build says why');
  process.exit(0);
}
const now = buildClock();
const content = await loadContent(root, now, metricsReading((await loadSiteConfig(root)).data, process.env));
const results = await Promise.all([pullMetricsStep(content, root, now, process.env), pullUpstreamsStep(content, root, now, process.env)]);
if (results.includes(false)) process.exit(1);
