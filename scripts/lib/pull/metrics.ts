// The metrics pull: the configured source into .statuswire/metrics/. A failed pull keeps
// the last good snapshot and prints one line; METRICS_STRICT=1 makes it stop the build
// instead. Nothing else here may stop the build: incidents are published whatever
// happens to the metrics.
import type { EntryReading, LoadedContent } from '../../../src/lib/content/check.ts';
import type { SiteConfig } from '../../../src/lib/content/site-config.ts';
import { deriveIncident } from '../../../src/lib/status/incident.ts';
import { deriveMaintenance } from '../../../src/lib/status/maintenance.ts';
import { failureName, readTextFile } from '../../../src/lib/metrics/bounded-read.ts';
import { resolveSource, unusedLabelTranslations } from '../../../src/lib/metrics/config.ts';
import { fetchText } from '../../../src/lib/metrics/http.ts';
import { describeSource, pullMetrics } from '../../../src/lib/metrics/pull.ts';
import { sampleSnapshot } from '../../../src/lib/metrics/sample.ts';
import { loadMetricsState, metricsDir, saveReport, saveSnapshot } from '../../../src/lib/metrics/store.ts';
import { componentIds } from '../../../src/lib/content/schemas.ts';
import { formatAgo } from '../../../src/lib/presentation/time.ts';
import { LOG_TIME_WORDS } from './log.ts';

/**
 * How much of the incidents the pull reads: only the sample follows them, and only their
 * times and components. A real source needs no entry read; the bodies are the gate's.
 */
export function metricsReading(site: SiteConfig | undefined, env: NodeJS.ProcessEnv): EntryReading {
  return site !== undefined && resolveSource(site.metrics.source, env.METRICS_URL).kind === 'sample' ? 'frontmatter' : 'none';
}

/** Pulls the metrics; false only when the build must stop (a failed pull under METRICS_STRICT=1). */
export async function pullMetricsStep(content: LoadedContent, root: string, now: Date, env: NodeJS.ProcessEnv): Promise<boolean> {
  const { components, site, metricsConfig } = content;
  if (content.problems.length > 0 || !components || !site || !metricsConfig) {
    console.log('metrics: skipped, content has problems; the build lists them');
    return true;
  }
  const directory = metricsDir(root);
  let pulled = false;
  try {
    pulled = await pull({ ...content, components, site, metricsConfig }, directory, now, env);
  } catch (error) {
    console.error(`metrics: the pull stopped (${failureName(error)}); the build goes on with what ${directory} holds`);
  }
  if (!pulled && env.METRICS_STRICT === '1') {
    console.error('metrics: METRICS_STRICT=1, so the build stops here');
    return false;
  }
  return true;
}

type UsableContent = LoadedContent & Required<Pick<LoadedContent, 'components' | 'site' | 'metricsConfig'>>;

async function pull(content: UsableContent, directory: string, now: Date, env: NodeJS.ProcessEnv): Promise<boolean> {
  const source = resolveSource(content.site.metrics.source, env.METRICS_URL);
  const described = describeSource(source);
  const outcome = await pullMetrics(source, {
    now,
    componentIds: componentIds(content.components),
    token: env.METRICS_TOKEN,
    fetchText,
    readText: readTextFile,
    sample: () =>
      sampleSnapshot(
        content.sampleProfiles,
        content.incidents.map((incident) => deriveIncident(incident, now)),
        content.maintenance.map((window) => deriveMaintenance(window, now)),
        now,
      ),
  });
  if (outcome.ok) {
    await saveSnapshot(directory, outcome.snapshot);
    await saveReport(directory, { attemptedAt: now.toISOString(), source: described, ok: true });
    const asOf = new Date(outcome.snapshot.generatedAt);
    const { staleAfterMinutes } = content.metricsConfig;
    const stale = now.getTime() - asOf.getTime() > staleAfterMinutes * 60_000
      ? `; its figures are from ${formatAgo(asOf, now, LOG_TIME_WORDS)}, older than staleAfterMinutes (${staleAfterMinutes}), so the page shows them as stale`
      : '';
    console.log(`metrics: ${outcome.snapshot.series.length} series from ${described}${stale}`);
    for (const { language, label } of unusedLabelTranslations(content.metricsConfig.translations, outcome.snapshot.series.map((series) => series.label))) {
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
