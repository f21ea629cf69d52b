import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { styleHash } from '../../../src/lib/outputs/csp';
import { headersFile, IMMUTABLE_CACHE, SHORT_CACHE } from '../../../src/lib/outputs/hosting';
import { codeBlocks, headingAnchors } from '../../support/markdown-docs';

const GUIDE = 'docs/deploying.md';

interface Step {
  uses?: string;
  run?: string;
  env?: Record<string, string>;
}

const steps = () => codeBlocks(GUIDE, 'yaml').flatMap((block) => parse(block) as Step[]);
const runOf = (marker: string) => {
  const found = steps().filter((step) => step.run?.includes(marker));
  expect(found, marker).toHaveLength(1);
  return found[0]!.run!;
};

describe('the deploy guide', () => {
  it('has a section for each host and for the headers file', () => {
    expect(headingAnchors(GUIDE)).toEqual(
      expect.arrayContaining([
        'host-it-apart-from-the-product',
        'the-headers-file',
        'github-pages-included',
        'cloudflare-pages',
        'netlify',
        'an-s3-bucket-behind-a-cdn-cloudfront-or-any-other',
      ]),
    );
  });

  it('pins every action to a commit and every tool to an exact release, as the workflows do', async () => {
    const text = await readFile(GUIDE, 'utf8');
    const uses = steps().flatMap((step) => (step.uses ? [step.uses] : []));
    expect(uses.length).toBeGreaterThan(0);
    for (const action of uses) expect(action).toMatch(/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/);
    for (const line of text.split('\n').filter((candidate) => /^\s*(- )?uses:/.test(candidate))) {
      expect(line).toMatch(/@[0-9a-f]{40} # v\d+\.\d+\.\d+$/);
    }
    const tools = steps().flatMap((step) => [...(step.run ?? '').matchAll(/npx --yes (\S+)/g)].map((match) => match[1]!));
    expect(tools.length).toBe(2);
    for (const tool of tools) expect(tool).toMatch(/^[\w-]+@\d+\.\d+\.\d+$/);
  });

  it('deploys dist/, where the build writes _headers, to Cloudflare Pages and Netlify', () => {
    expect(runOf('wrangler@')).toMatch(/ pages deploy dist /);
    expect(runOf('netlify-cli@')).toMatch(/ deploy --dir=dist --prod$/);
  });

  it("uploads to a bucket with each kind of file's type and lifetime, running the guide's own line", async () => {
    const line = codeBlocks(GUIDE, 'sh').flatMap((block) => block.split('\n')).find((candidate) => candidate.includes('| sh'));
    expect(runOf('scripts/s3-sync.ts')).toContain(line!.replace(/\s+#.*$/, ''));
    expect(existsSync('scripts/s3-sync.ts')).toBe(true);

    const root = await mkdtemp(join(tmpdir(), 'statuswire-s3-'));
    try {
      await mkdir(join(root, 'dist/_astro'), { recursive: true });
      await writeFile(join(root, 'dist/index.html'), '<!doctype html>');
      await writeFile(join(root, 'dist/_astro/index.Bx8k2.css'), 'body{}');
      await writeFile(join(root, 'dist/_headers'), headersFile([], [{ folder: '' }], styleHash('body{}')));
      // An `aws` that writes down what it was asked to do.
      await writeFile(join(root, 'aws'), '#!/bin/sh\necho "$@" >> "$AWS_LOG"\n');
      await chmod(join(root, 'aws'), 0o755);
      const script = line!.replace(/\s+#.*$/, '').replace('npx node scripts/', `"${process.execPath}" ${join(process.cwd(), 'scripts')}/`);
      execFileSync('bash', ['-e', '-o', 'pipefail', '-c', script], {
        cwd: root,
        env: { PATH: `${root}:${process.env.PATH}`, BUCKET: 'status-bucket', AWS_LOG: join(root, 'calls') },
      });
      expect((await readFile(join(root, 'calls'), 'utf8')).trim().split('\n')).toEqual([
        `s3 sync dist s3://status-bucket --exclude * --include _astro/*.css --content-type text/css; charset=utf-8 --cache-control ${IMMUTABLE_CACHE}`,
        `s3 sync dist s3://status-bucket --exclude * --include *.html --exclude _astro/* --delete --content-type text/html; charset=utf-8 --cache-control ${SHORT_CACHE}`,
      ]);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});
