import { describe, expect, it } from 'vitest';
import { checkEntry, loadComponents, schemaContext, siteConfigContext } from '../../../src/lib/content/check';
import { parseYaml } from '../../../src/lib/content/frontmatter';
import { checkSnapshot } from '../../../src/lib/metrics/check';
import { metricsConfigSchema } from '../../../src/lib/metrics/config';
import { incidentSchema, maintenanceSchema, upstreamsFileSchema } from '../../../src/lib/content/schemas';
import { siteConfigSchema } from '../../../src/lib/content/site-config';
import { TEST_NOW } from '../../support/clock';
import { codeBlocks } from '../../support/markdown-docs';

/** The one block of `lang` in `file` that holds `marker`. */
function example(file: string, lang: string, marker: string): string {
  const found = codeBlocks(file, lang).filter((block) => block.includes(marker));
  expect(found, `${file}: one ${lang} block with ${marker}`).toHaveLength(1);
  return found[0]!;
}

describe('the examples in the documentation', () => {
  it.each(['README.md', 'docs/writing-incidents.md'])('%s: every incident and maintenance passes the content check', async (file) => {
    const components = await loadComponents(process.cwd());
    // The examples show a site in English and Bahasa Indonesia, for their translations.
    const context = { ...schemaContext(components.data, TEST_NOW), languages: ['en', 'id'] };
    const blocks = codeBlocks(file, 'mdx');
    expect(blocks.length).toBeGreaterThan(0);
    for (const block of blocks) {
      const checked = block.includes('\nwindow:')
        ? checkEntry('content/maintenance/example.mdx', block, maintenanceSchema(context))
        : checkEntry('content/incidents/example.mdx', block, incidentSchema(context));
      expect(checked.problems).toEqual([]);
    }
  });

  it('docs/configuration.md: content/site.yaml is valid', () => {
    const parsed = parseYaml(example('docs/configuration.md', 'yaml', 'timeZone:'));
    expect(siteConfigSchema(siteConfigContext(process.cwd())).safeParse(parsed.data).error).toBeUndefined();
  });

  it('docs/metrics.md: content/metrics.yaml is valid', () => {
    const parsed = parseYaml(example('docs/metrics.md', 'yaml', 'thresholds:'));
    expect(metricsConfigSchema.safeParse(parsed.data).error).toBeUndefined();
  });

  it('docs/upstreams.md: content/upstreams.yaml is valid', () => {
    const parsed = parseYaml(example('docs/upstreams.md', 'yaml', 'follow: true'));
    expect(upstreamsFileSchema.safeParse(parsed.data).error).toBeUndefined();
  });

  it('docs/metrics.md: the snapshot in our format is valid', () => {
    expect(checkSnapshot(JSON.parse(example('docs/metrics.md', 'json', '"version"')), TEST_NOW)).toMatchObject({ ok: true });
  });
});
