import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUDGETS } from '../../scripts/lib/bench/budgets';
import { copySite, type SiteCopy } from '../support/site-copy';

// Size, unlike time, is the same on every machine, so the bench's home page budget is held
// here too: a change that bloats the page a reader loads during an outage fails at once.
describe('the home page built from the sample', () => {
  let site: SiteCopy;
  let gzipped: number;

  beforeAll(async () => {
    site = await copySite();
    const result = await site.build();
    if (result.code !== 0) throw new Error(result.output);
    const dist = join(site.root, 'dist');
    const html = await readFile(join(dist, 'index.html'), 'utf8');
    const styles = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].map((match) => join(dist, match[1]!));
    expect(styles.length).toBeGreaterThan(0);
    const files = [Buffer.from(html), ...(await Promise.all(styles.map((file) => readFile(file))))];
    gzipped = files.reduce((total, bytes) => total + gzipSync(bytes, { level: 9 }).length, 0);
  }, 120_000);

  afterAll(() => site.remove());

  it('keeps its HTML and CSS within the budget, gzipped', () => {
    expect(gzipped).toBeLessThanOrEqual(BUDGETS.homeHtmlCssGzipSample);
  });
});
