import { spawn } from 'node:child_process';
import { cp, mkdtemp, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { TEST_EPOCH } from './clock';

const REPO = resolve(import.meta.dirname, '../..');
const COPIED = ['src', 'content', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json'];

export interface SiteCopy {
  root: string;
  build(outDir?: string): Promise<BuildResult>;
  remove(): Promise<void>;
}

export interface BuildResult {
  code: number | null;
  output: string;
}

/** A throwaway copy of the site sharing this checkout's node_modules, to build with changed content. */
export async function copySite(): Promise<SiteCopy> {
  const root = await mkdtemp(join(tmpdir(), 'statuswire-site-'));
  for (const entry of COPIED) await cp(join(REPO, entry), join(root, entry), { recursive: true });
  await symlink(join(REPO, 'node_modules'), join(root, 'node_modules'), 'dir');
  return {
    root,
    build: (outDir = 'dist') => runAstroBuild(root, outDir),
    remove: () => rm(root, { recursive: true, force: true }),
  };
}

function runAstroBuild(root: string, outDir: string): Promise<BuildResult> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [join(REPO, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir], {
      cwd: root,
      env: { ...process.env, SOURCE_DATE_EPOCH: TEST_EPOCH, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', fail);
    child.on('close', (code) => done({ code, output }));
  });
}
