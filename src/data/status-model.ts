import { getCollection, getEntry } from 'astro:content';
import { buildClock } from '../lib/status/clock';
import { buildStatusModel, type StatusModel } from '../lib/status/model';
import { loadMetricsState, metricsDir } from '../lib/metrics/store';
import { loadUpstreamCopies, upstreamsDir } from '../lib/upstream/store';
import { readComponentsFile, readMetricsConfig, readUpstreamsFile } from './content-files';
import { LIVE } from './live';
import { refuseContentProblems } from './live-preview';

let model: Promise<StatusModel> | undefined;

/**
 * The page model, built on first use and shared by every page of the build. Under
 * `astro dev` it is built again for every use, from the content as saved and the
 * clock as it reads then.
 */
export function getStatusModel(): Promise<StatusModel> {
  if (LIVE) return load();
  model ??= load();
  return model;
}

async function load(): Promise<StatusModel> {
  const now = buildClock();
  // A build's gate has checked content/ already; a live preview checks what was saved since.
  if (LIVE) await refuseContentProblems(process.cwd(), now);
  const upstreams = readUpstreamsFile();
  const [incidents, maintenance, metrics, copies] = await Promise.all([
    getCollection('incidents'),
    getCollection('maintenance'),
    loadMetricsState(metricsDir(process.cwd()), now),
    loadUpstreamCopies(upstreamsDir(process.cwd()), upstreams.pages.map((page) => page.id), now),
  ]);
  // Unusable kept metrics or copies cost the page those figures, never the build: say so once and go on.
  for (const problem of metrics.problems) console.warn(`metrics: ${problem}; it was set aside`);
  for (const problem of [...copies.values()].flatMap((copy) => copy.problems)) console.warn(`upstreams: ${problem}; it was set aside`);
  return buildStatusModel({
    components: readComponentsFile(),
    incidents: incidents.map((entry) => ({ slug: entry.id, ...entry.data })),
    maintenance: maintenance.map((entry) => ({ slug: entry.id, ...entry.data })),
    metrics,
    metricsConfig: readMetricsConfig(),
    upstreams: { config: upstreams, copies },
    now,
  });
}

/** The HTML the loader rendered of an entry's body, for the page of an entry the model holds. */
export async function renderedBody(collection: 'incidents' | 'maintenance', slug: string): Promise<string> {
  const entry = await getEntry(collection, slug);
  if (!entry) throw new Error(`${collection} entry "${slug}" is in the model but not in the collection`);
  return entry.rendered?.html ?? '';
}
