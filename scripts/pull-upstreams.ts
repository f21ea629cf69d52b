// npm run upstreams:pull: the upstream pull alone (npm run build runs it with the metrics
// pull, inside Astro's build: scripts/build.ts). What it does and when it stops the build:
// scripts/lib/pull/upstreams.ts.
import { buildClock, clockProblem } from '../src/lib/status/clock.ts';
import { loadContent } from '../src/lib/content/check.ts';
import { pullUpstreamsStep } from './lib/pull/upstreams.ts';

const root = process.cwd();
if (clockProblem(process.env)) {
  console.log('upstreams: skipped, SOURCE_DATE_EPOCH is unusable; the build says why');
  process.exit(0);
}
const now = buildClock();
// Upstream pages are settings: the incidents are the gate's to check, not the pull's.
const content = await loadContent(root, now, 'none');
if (!(await pullUpstreamsStep(content, root, now, process.env))) process.exit(1);
