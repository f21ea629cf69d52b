// Pulls the configured metrics source before the site build (npm run build runs it).
// A failed pull keeps the last good snapshot and prints one line; METRICS_STRICT=1
// makes it fail the build instead. Nothing else here may stop the build: incidents
// are published whatever happens to the metrics.
import { buildClock, clockProblem } from '../src/lib/status/clock.ts';
import { loadContent, loadSiteConfig } from '../src/lib/content/check.ts';
import { deriveIncident } from '../src/lib/status/incident.ts';
import { deriveMaintenance } from '../src/lib/status/maintenance.ts';
import { readTextFile } from '../src/lib/metrics/bounded-read.ts';
import { resolveSource, unusedLabelTranslations } from '../src/lib/metrics/config.ts';
import { fetchText } from '../src/lib/metrics/http.ts';
import { describeSource, pullMetrics } from '../src/lib/metrics/pull.ts';
import { sampleSnapshot } from '../src/lib/metrics/sample.ts';
import { loadMetricsState, metricsDir, saveReport, saveSnapshot } from '../src/lib/metrics/store.ts';
import { componentIds } from '../src/lib/content/schemas.ts';
import { formatAgo } from '../src/lib/presentation/time.ts';
import { dictionary } from '../src/lib/i18n/dictionary.ts';

/** The tools speak English to the operator, whatever languages the site has. */
const LOG_TIME_WORDS = dictionary('en').time;

const root = process.cwd();
if (clockProblem(process.env)) {
  console.log('metrics: skipped, SOURCE_DATE_EPOCH is unusable; the build says why');
  process.exit(0);
}
const now = buildClock();
// Only the sample follows the incidents, and only their times and components: a real
// source needs no entry read, and the bodies are the build gate's to check.
const configured = (await loadSiteConfig(root)).data;
const followsIncidents = configured !== undefined && resolveSource(configured.metrics.source, process.env.METRICS_URL).kind === 'sample';
const content = await loadContent(root, now, followsIncidents ? 'frontmatter' : 'none');
if (content.problems.length > 0 || !content.components || !content.site || !content.metricsConfig) {
  console.log('metrics: skipped, content has problems; the build lists them');
  process.exit(0);
}

const ids = componentIds(content.components);
const incidents = content.incidents.map((incident) => deriveIncident(incident, now));
const maintenance = content.maintenance.map((window) => deriveMaintenance(window, now));
const source = resolveSource(content.site.metrics.source, process.env.METRICS_URL);
const described = describeSource(source);
const staleAfterMinutes = content.metricsConfig.staleAfterMinutes;
const labelTranslations = content.metricsConfig.translations;
const directory = metricsDir(root);
const strict = process.env.METRICS_STRICT === '1';

async function pull(): Promise<boolean> {
  const outcome = await pullMetrics(source, {
    now,
    componentIds: ids,
    token: process.env.METRICS_TOKEN,
    fetchText,
    readText: readTextFile,
    sample: () => sampleSnapshot(content.sampleProfiles, incidents, maintenance, now),
  });
  if (outcome.ok) {
    await saveSnapshot(directory, outcome.snapshot);
    await saveReport(directory, { attemptedAt: now.toISOString(), source: described, ok: true });
    const asOf = new Date(outcome.snapshot.generatedAt);
    const stale = now.getTime() - asOf.getTime() > staleAfterMinutes * 60_000
      ? `; its figures are from ${formatAgo(asOf, now, LOG_TIME_WORDS)}, older than staleAfterMinutes (${staleAfterMinutes}), so the page shows them as stale`
      : '';
    console.log(`metrics: ${outcome.snapshot.series.length} series from ${described}${stale}`);
    for (const { language, label } of unusedLabelTranslations(labelTranslations, outcome.snapshot.series.map((series) => series.label))) {
      console.log(`metrics: content/metrics.yaml translates the label "${label}" into ${language}, but no series from ${described} is labelled so; check the label's words`);
    }
    return true;
  }
  await saveReport(directory, { attemptedAt: now.toISOString(), source: described, ok: false, reason: outcome.reason, detail: outcome.detail });
  const kept = await loadMetricsState(directory, now);
  for (const problem of kept.problems) console.error(`metrics: ${problem}; it was set aside`);
  const keeping = kept.snapshot
    ? `keeping the snapshot from ${formatAgo(new Date(kept.snapshot.generatedAt), now, LOG_TIME_WORDS)}`
    : 'no usable earlier snapshot, so the page shows no metrics';
  console.error(`metrics: ${described} ${outcome.detail}; ${keeping}`);
  return false;
}

let pulled = false;
try {
  pulled = await pull();
} catch (error) {
  // Only the error's code or name: its message may hold a path or what a source sent.
  const code = (error as { code?: unknown }).code;
  console.error(`metrics: the pull stopped (${typeof code === 'string' ? code : error instanceof Error ? error.name : 'unknown error'}); the build goes on with what ${directory} holds`);
}
if (!pulled && strict) {
  console.error('metrics: METRICS_STRICT=1, so the build stops here');
  process.exit(1);
}
