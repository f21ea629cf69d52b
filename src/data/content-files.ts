import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONTENT_PATHS, siteConfigContext } from '../lib/content-check';
import { parseYaml } from '../lib/frontmatter';
import { metricsConfigSchema, type MetricsConfig } from '../lib/metrics/config';
import { componentsFileSchema, type ComponentsFile } from '../lib/schemas';
import { siteConfigSchema, withEnvironment, type SiteConfig } from '../lib/site-config';

/**
 * The component catalogue, read synchronously because content.config.ts needs the
 * ids while Astro is still loading it. The content gate has already reported any
 * problem with file and line; this only guards a run that skipped the gate.
 */
export function readComponentsFile(root: string = process.cwd()): ComponentsFile {
  const parsed = parseYaml(readFileSync(join(root, CONTENT_PATHS.components), 'utf8'));
  const result = componentsFileSchema.safeParse(parsed.data);
  if (!result.success) {
    throw new Error(`${CONTENT_PATHS.components} is invalid; run "npm run build" to see each problem with its line`);
  }
  return result.data;
}

export function componentIds(file: ComponentsFile): string[] {
  return file.groups.flatMap((group) => group.components.map((component) => component.id));
}

/** `content/metrics.yaml`, or the defaults (no thresholds) without it. */
export function readMetricsConfig(root: string = process.cwd()): MetricsConfig {
  let text: string;
  try {
    text = readFileSync(join(root, CONTENT_PATHS.metrics), 'utf8');
  } catch {
    return metricsConfigSchema.parse({});
  }
  const result = metricsConfigSchema.safeParse(parseYaml(text).data);
  if (!result.success) {
    throw new Error(`${CONTENT_PATHS.metrics} is invalid; run "npm run build" to see each problem with its line`);
  }
  return result.data;
}

/** `content/site.yaml`, validated, with the environment's overrides (SITE_URL) applied. */
export function readSiteConfig(root: string = process.cwd(), env: Record<string, string | undefined> = process.env): SiteConfig {
  const parsed = parseYaml(readFileSync(join(root, CONTENT_PATHS.site), 'utf8'));
  const result = siteConfigSchema(siteConfigContext(root)).safeParse(parsed.data);
  if (!result.success) {
    throw new Error(`${CONTENT_PATHS.site} is invalid; run "npm run check" to see each problem with its line`);
  }
  return withEnvironment(result.data, env);
}
