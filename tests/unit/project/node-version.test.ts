/**
 * The scripts are TypeScript, which Node runs from 22.18 on. npm runs them with the Node
 * 22 that `npm ci` installs; where that package cannot be installed, an older Node on the
 * PATH must say what to install in one line, not stop on the .ts file with a stack trace.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { delimiter, join } from 'node:path';
import { describe, expect, it } from 'vitest';

const GUARD = '--import ./scripts/lib/node-version.mjs';

/** A Node older than 22 on the PATH, outside node_modules (the machine's own), if there is one. */
function olderNode(): string | undefined {
  for (const folder of (process.env.PATH ?? '').split(delimiter)) {
    const node = join(folder, 'node');
    if (folder.includes('node_modules') || !existsSync(node)) continue;
    const major = Number(/^v(\d+)/.exec(execFileSync(node, ['-v'], { encoding: 'utf8' }))?.[1]);
    if (major < 22) return node;
  }
  return undefined;
}

const scripts = async () => (JSON.parse(await readFile('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts;

describe('the scripts on a Node too old for them', () => {
  it('every npm script that runs a .ts file loads the guard first', async () => {
    const unguarded = Object.entries(await scripts()).filter(([, command]) => /node (?!--import)\S*\.ts\b/.test(command));
    expect(unguarded).toEqual([]);
    expect((await scripts()).check).toBe(`node ${GUARD} scripts/check.ts`);
  });

  const old = olderNode();
  it.skipIf(old === undefined)('npm run check on Node 20 says which Node it needs and what to run, in one line', async () => {
    const [, ...args] = (await scripts()).check!.split(' ');
    const result = spawnSync(old!, args, { encoding: 'utf8', env: { ...process.env, npm_lifecycle_event: 'check' } });
    const version = execFileSync(old!, ['-v'], { encoding: 'utf8' }).trim().slice(1);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      `npm run check needs Node 22.18 or newer, and this is Node ${version}  ` +
        '(npm ci installs Node 22 on Linux and macOS, x64 or arm64; elsewhere install Node 22 from nodejs.org, then run npm run check again)\n',
    );
  });

  it('lets the script run on the Node 22 npm uses', () => {
    const result = spawnSync(process.execPath, [...GUARD.split(' '), '-e', 'console.log("ran")'], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe('ran\n');
  });
});
