// Pulls the configured metrics source before the site build (npm run build runs it).
// A failed pull keeps the last good snapshot and prints one line; METRICS_STRICT=1
// makes it fail the build instead.
import { readFile } from 'node:fs/promises';
import { buildClock } from '../src/lib/clock.ts';
import { loadContent } from '../src/lib/content-check.ts';
import { deriveIncident } from '../src/lib/incident.ts';
import { deriveMaintenance } from '../src/lib/maintenance.ts';
import { resolveSource } from '../src/lib/metrics/config.ts';
import { fetchText } from '../src/lib/metrics/http.ts';
import { describeSource, pullMetrics } from '../src/lib/metrics/pull.ts';
import { sampleSnapshot } from '../src/lib/metrics/sample.ts';
import { loadMetricsState, metricsDir, saveReport, saveSnapshot } from '../src/lib/metrics/store.ts';
import { formatAgo } from '../src/lib/time.ts';

const root = process.cwd();
const now = buildClock();
const content = await loadContent(root, now);
if (content.problems.length > 0 || !content.components || !content.site) {
  console.log('metrics: skipped, content has problems; the build lists them');
  process.exit(0);
}

const componentIds = content.components.groups.flatMap((group) => group.components.map((component) => component.id));
const incidents = content.incidents.map((incident) => deriveIncident(incident, now));
const maintenance = content.maintenance.map((window) => deriveMaintenance(window, now));
const source = resolveSource(content.site.metrics.source, process.env.METRICS_URL);
const directory = metricsDir(root);

const outcome = await pullMetrics(source, {
  now,
  componentIds,
  fetchText,
  readText: (path) => readFile(path, 'utf8'),
  sample: () => sampleSnapshot(content.sampleProfiles, incidents, maintenance, now),
});

const described = describeSource(source);
if (outcome.ok) {
  await saveSnapshot(directory, outcome.snapshot);
  await saveReport(directory, { attemptedAt: now.toISOString(), source: described, ok: true });
  console.log(`metrics: ${outcome.snapshot.series.length} series from ${described}`);
} else {
  await saveReport(directory, { attemptedAt: now.toISOString(), source: described, ok: false, reason: outcome.reason, detail: outcome.detail });
  const { snapshot } = await loadMetricsState(directory);
  const kept = snapshot
    ? `keeping the snapshot from ${formatAgo(new Date(snapshot.generatedAt), now)}`
    : 'no earlier snapshot, so the page shows no metrics';
  console.error(`metrics: ${described} ${outcome.detail}; ${kept}`);
  if (process.env.METRICS_STRICT === '1') {
    console.error('metrics: METRICS_STRICT=1, so the build stops here');
    process.exit(1);
  }
}
