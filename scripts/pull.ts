// npm run pull: the metrics and upstream pulls at once (scripts/lib/pull/both.ts), without
// the build, which runs them itself (scripts/build.ts). Each keeps its last good copy on
// failure; the build stops only for a failure under METRICS_STRICT=1 or UPSTREAM_STRICT=1.
import { buildClock, clockProblem } from '../src/lib/status/clock.ts';
import { loadContent, loadSiteConfig } from '../src/lib/content/check.ts';
import { pullBoth } from './lib/pull/both.ts';
import { metricsReading } from './lib/pull/metrics.ts';

const root = process.cwd();
if (clockProblem(process.env)) {
  console.log('metrics: skipped, SOURCE_DATE_EPOCH is unusable; the build says why');
  console.log('upstreams: skipped, SOURCE_DATE_EPOCH is unusable; the build says why');
  process.exit(0);
}
const now = buildClock();
const content = await loadContent(root, now, metricsReading((await loadSiteConfig(root)).data, process.env));
if (!(await pullBoth(content, root, now, process.env))) process.exit(1);
