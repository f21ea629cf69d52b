import { parse } from 'yaml';
import { metricsConfigSchema } from '../../src/lib/metrics/config';
import { buildStatusModel, type StatusModel } from '../../src/lib/status/model';
import { componentsFileSchema } from '../../src/lib/content/schemas';
import type { IncidentInput, MaintenanceInput } from '../../src/lib/content/types';
import { TEST_NOW } from './clock';
import { COMPONENTS_YAML } from './fixtures';

/** The site the output tests render for. */
export const TEST_SITE = {
  name: 'Kabar Cloud',
  url: 'https://status.kabar.example',
  homepage: 'https://kabar.example',
} as const;

/** A page model over the fixture components, without metrics, at the pinned clock. */
export function testModel(
  incidents: readonly IncidentInput[],
  maintenance: readonly MaintenanceInput[] = [],
  now: Date = TEST_NOW,
): StatusModel {
  return buildStatusModel({
    components: componentsFileSchema.parse(parse(COMPONENTS_YAML)),
    incidents,
    maintenance,
    metrics: { snapshot: null, report: null, problems: [] },
    metricsConfig: metricsConfigSchema.parse({}),
    now,
  });
}
