import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROKEN_FILES } from '../support/broken-files';
import { copySite, type SiteCopy } from '../support/site-copy';

describe('npm run check', () => {
  let site: SiteCopy;

  beforeAll(async () => {
    site = await copySite();
  });

  afterAll(() => site.remove());

  it('passes the sample content', async () => {
    const result = await site.command('check', []);
    expect(result.code, result.output).toBe(0);
    expect(result.output).toMatch(/^content OK: 8 incidents, 3 maintenance windows, checked in \d+\.\d s\n$/);
  });

  describe('on a set of broken files', () => {
    let output: string;
    let code: number | null;

    beforeAll(async () => {
      for (const broken of BROKEN_FILES) await writeFile(join(site.root, 'content', broken.file), `${broken.lines.join('\n')}\n`);
      ({ output, code } = await site.command('check', []));
    });

    it('reports every problem in one run, each with its file, line, field, message and fix, and exits 1', () => {
      expect(code).toBe(1);
      expect(output.split('\n').filter((line) => line.startsWith('content/'))).toEqual(BROKEN_FILES.map((broken) => broken.expected).sort());
      expect(output).toContain(`${BROKEN_FILES.length} content problems`);
    });

    it('prints no annotations outside GitHub Actions, and one per problem inside', async () => {
      expect(output).not.toContain('::error');
      const annotated = await site.command('check', [], { env: { GITHUB_ACTIONS: 'true' } });
      const annotations = annotated.output.split('\n').filter((line) => line.startsWith('::error '));
      expect(annotations).toHaveLength(BROKEN_FILES.length);
      for (const broken of BROKEN_FILES) {
        const [, line, column] = /:(\d+):(\d+) {2}/.exec(broken.expected) ?? [];
        expect(annotations).toContainEqual(expect.stringMatching(new RegExp(`^::error file=content/${broken.file},line=${line},col=${column},title=`)));
      }
    });
  });
});
