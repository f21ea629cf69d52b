import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listFiles } from '../support/dist';
import { brokenLinks } from '../support/links';
import { copySite, type SiteCopy } from '../support/site-copy';

// The sample's own address, and the one GitHub Pages gives a project site.
const BUILDS = [
  { name: 'at the root', outDir: 'dist-root', siteUrl: 'https://status.kabar.example/' },
  { name: 'under a sub-path', outDir: 'dist-sub', siteUrl: 'https://owner.github.io/statuswire/' },
];

describe.each(BUILDS)('every internal link of a build $name', ({ outDir, siteUrl }) => {
  let site: SiteCopy;

  beforeAll(async () => {
    site = await copySite();
    const result = await site.build(outDir, { SITE_URL: siteUrl });
    if (result.code !== 0) throw new Error(result.output);
  }, 120_000);

  afterAll(() => site.remove());

  it('leads to a file of the build, and every fragment to an element on its page', async () => {
    expect(await brokenLinks(join(site.root, outDir), siteUrl)).toEqual([]);
  });

  it('is checked in every kind of file that holds links', async () => {
    const files = await listFiles(join(site.root, outDir));
    for (const kind of [/\.html$/, /\.rss$/, /\.atom$/, /\.ics$/, /^sitemap-0\.xml$/, /^api\/v2\/summary\.json$/, /^robots\.txt$/]) {
      expect(files.some((file) => kind.test(file))).toBe(true);
    }
  });
});
