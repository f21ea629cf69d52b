import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { checkContent } from '../../src/lib/content/check';
import { formatProblem } from '../../src/lib/content/problems';
import { TEST_NOW } from '../support/clock';
import { contentRoot } from '../support/content-root';

// Permissions cannot be tested with chmod where tests run as root (root reads anything),
// so the file system refuses the files whose name says "locked", as it would any user.
vi.mock('node:fs', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs')>();
  const readFileSync = ((path: Parameters<typeof actual.readFileSync>[0], ...rest: []) => {
    if (String(path).includes('locked')) {
      throw Object.assign(new Error(`EACCES: permission denied, open '${String(path)}'`), { code: 'EACCES' });
    }
    return actual.readFileSync(path, ...rest);
  }) as typeof actual.readFileSync;
  return { ...actual, readFileSync };
});

describe('a content file the build may not read', () => {
  let root: string;

  beforeAll(async () => {
    root = await contentRoot('statuswire-permissions-');
    await writeFile(join(root, 'content/incidents/2026-11-01-locked.mdx'), '---\ntitle: Locked\n---\n');
  });

  afterAll(() => rm(root, { recursive: true, force: true }));

  it('is a problem naming the file and the fix, not a crash', async () => {
    expect((await checkContent(root, TEST_NOW)).map(formatProblem)).toEqual([
      'content/incidents/2026-11-01-locked.mdx:1:1  (file)  cannot be read (EACCES)  (let the user who runs the build read it, for example with chmod a+rX)',
    ]);
  });
});
