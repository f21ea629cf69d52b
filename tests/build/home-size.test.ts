import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUDGETS } from '../../scripts/lib/bench/budgets';
import { homeSize } from '../../scripts/lib/bench/home-size';
import { copySite, type SiteCopy } from '../support/site-copy';

// Size, unlike time, is the same on every machine, so the bench's home page budget is held
// here too: a change that bloats the page a reader loads during an outage fails at once.
// The sample lists English and Bahasa Indonesia, and each language's home page is held to it.
// The size is the bench's own measure: the HTML, with the stylesheet a home page inlines,
// and any stylesheet it links, each gzipped; a page with neither is refused.
describe('the home pages built from the sample', () => {
  let site: SiteCopy;
  let dist: string;

  beforeAll(async () => {
    site = await copySite();
    const result = await site.build();
    if (result.code !== 0) throw new Error(result.output);
    dist = join(site.root, 'dist');
  }, 120_000);

  afterAll(() => site.remove());

  it.each(['index.html', 'id/index.html'])('keep %s with its CSS within the budget, gzipped', async (home) => {
    const size = await homeSize(dist, home);
    expect(size.inlineCss.raw + size.linkedCss.raw).toBeGreaterThan(0);
    expect(size.gzipTotal).toBeLessThanOrEqual(BUDGETS.homeHtmlCssGzipSample);
  });
});
