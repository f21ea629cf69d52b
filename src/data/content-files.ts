import { CONTENT_PATHS } from '../lib/content/read.ts';
import { NO_UPSTREAMS, readYamlSync, siteConfigContext } from '../lib/content/check.ts';
import { metricsConfigSchema, type MetricsConfig } from '../lib/metrics/config.ts';
import { componentsFileSchema, upstreamsFileSchema, type ComponentsFile, type UpstreamsFile } from '../lib/content/schemas.ts';
import { siteConfigSchema, withEnvironment, type SiteConfig } from '../lib/content/site-config.ts';

/**
 * The settings files, read synchronously because astro.config.mjs and content.config.ts
 * need them while Astro is still loading. They are read and judged as the content
 * check reads them; any problem is the check's own line.
 */
export function readComponentsFile(root: string = process.cwd()): ComponentsFile {
  return readYamlSync(root, CONTENT_PATHS.components, componentsFileSchema);
}

/** `content/metrics.yaml`, or the defaults (no thresholds) without it. */
export function readMetricsConfig(root: string = process.cwd()): MetricsConfig {
  return readYamlSync(root, CONTENT_PATHS.metrics, metricsConfigSchema, metricsConfigSchema.parse({}));
}

/** `content/upstreams.yaml`, or no upstream pages without it. */
export function readUpstreamsFile(root: string = process.cwd()): UpstreamsFile {
  return readYamlSync(root, CONTENT_PATHS.upstreams, upstreamsFileSchema, NO_UPSTREAMS);
}

/** `content/site.yaml`, validated, with the environment's overrides (SITE_URL) applied. */
export function readSiteConfig(root: string = process.cwd(), env: Record<string, string | undefined> = process.env): SiteConfig {
  return withEnvironment(readYamlSync(root, CONTENT_PATHS.site, siteConfigSchema(siteConfigContext(root))), env);
}
