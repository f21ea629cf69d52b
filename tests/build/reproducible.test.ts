import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashTree } from '../support/dist';
import { copySite, type SiteCopy } from '../support/site-copy';

describe('two builds with the same SOURCE_DATE_EPOCH', () => {
  let site: SiteCopy;
  let first: Map<string, string>;
  let second: Map<string, string>;

  beforeAll(async () => {
    site = await copySite();
    for (const outDir of ['dist-a', 'dist-b']) {
      const result = await site.build(outDir);
      if (result.code !== 0) throw new Error(result.output);
    }
    first = await hashTree(join(site.root, 'dist-a'));
    second = await hashTree(join(site.root, 'dist-b'));
  }, 120_000);

  afterAll(() => site.remove());

  it('write the same files', () => {
    expect([...second.keys()]).toEqual([...first.keys()]);
    expect(first.size).toBeGreaterThan(20);
  });

  it('write identical bytes', () => {
    const differing = [...first].filter(([file, hash]) => second.get(file) !== hash).map(([file]) => file);
    expect(differing).toEqual([]);
  });

  it('pre-bundle nothing for a browser, which a build never serves', () => {
    expect(existsSync(join(site.root, 'node_modules/.vite'))).toBe(false);
  });
});
