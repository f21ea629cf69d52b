import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashTree } from '../support/dist';
import { copySite, type SiteCopy } from '../support/site-copy';

/**
 * The sample built with English alone, file by file, as it was before the site had
 * languages: every SHA-256 in golden/english-only.sha256 (`sha256sum` format, from dist/).
 * A change to the pages that is meant must come with that file written anew, e.g.
 * `cd dist && find . -type f | sed 's#^./##' | LC_ALL=C sort | xargs sha256sum > ../tests/build/golden/english-only.sha256`
 * after a build with `languages: [en]` under SOURCE_DATE_EPOCH=1795845600, so the change is seen in review.
 */
const GOLDEN = new URL('./golden/english-only.sha256', import.meta.url);

describe('a site that lists English alone', () => {
  let site: SiteCopy;
  let built: Map<string, string>;
  let golden: Map<string, string>;

  beforeAll(async () => {
    site = await copySite();
    const settings = join(site.root, 'content/site.yaml');
    const text = await readFile(settings, 'utf8');
    await writeFile(settings, text.replace(/^languages:.*$/m, 'languages: [en]'));
    for (const step of [() => site.pullMetrics(), () => site.pullUpstreams(), () => site.build('dist')]) {
      const result = await step();
      if (result.code !== 0) throw new Error(result.output);
    }
    built = await hashTree(join(site.root, 'dist'));
    golden = new Map((await readFile(GOLDEN, 'utf8')).trim().split('\n').map((line) => {
      const [hash, file] = line.split(/ {2}/) as [string, string];
      return [file, hash];
    }));
  }, 180_000);

  afterAll(() => site.remove());

  it('writes exactly the files it wrote before languages existed', () => {
    expect([...built.keys()]).toEqual([...golden.keys()]);
  });

  it('writes each of them byte for byte as before', () => {
    const changed = [...golden].filter(([file, hash]) => built.get(file) !== hash).map(([file]) => file);
    expect(changed).toEqual([]);
  });
});
