import { getCollection } from 'astro:content';
import { buildClock } from '../lib/clock';
import { buildStatusModel, type StatusModel } from '../lib/model';
import { readComponentsFile } from './components';

let model: Promise<StatusModel> | undefined;

/** The page model, built on first use and shared by every page of the build. */
export function getStatusModel(): Promise<StatusModel> {
  model ??= load();
  return model;
}

async function load(): Promise<StatusModel> {
  const [incidents, maintenance] = await Promise.all([getCollection('incidents'), getCollection('maintenance')]);
  return buildStatusModel({
    components: readComponentsFile(),
    incidents: incidents.map((entry) => ({ slug: entry.id, ...entry.data })),
    maintenance: maintenance.map((entry) => ({ slug: entry.id, ...entry.data })),
    now: buildClock(),
  });
}
