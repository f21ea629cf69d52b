import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUDGETS } from '../../scripts/lib/bench/budgets';
import { copySite, type SiteCopy } from '../support/site-copy';

// Size, unlike time, is the same on every machine, so the bench's home page budget is held
// here too: a change that bloats the page a reader loads during an outage fails at once.
// The sample lists English and Bahasa Indonesia, and each language's home page is held to it.
describe('the home pages built from the sample', () => {
  let site: SiteCopy;
  let dist: string;

  /** The page's HTML and the stylesheets it links, each gzipped as a host would send them. */
  async function gzippedSize(home: string): Promise<number> {
    const html = await readFile(join(dist, home), 'utf8');
    const styles = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].map((match) => join(dist, match[1]!));
    expect(styles.length).toBeGreaterThan(0);
    const files = [Buffer.from(html), ...(await Promise.all(styles.map((file) => readFile(file))))];
    return files.reduce((total, bytes) => total + gzipSync(bytes, { level: 9 }).length, 0);
  }

  beforeAll(async () => {
    site = await copySite();
    const result = await site.build();
    if (result.code !== 0) throw new Error(result.output);
    dist = join(site.root, 'dist');
  }, 120_000);

  afterAll(() => site.remove());

  it.each(['index.html', 'id/index.html'])('keep %s with its CSS within the budget, gzipped', async (home) => {
    expect(await gzippedSize(home)).toBeLessThanOrEqual(BUDGETS.homeHtmlCssGzipSample);
  });
});
