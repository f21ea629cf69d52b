import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

/** Node, run with `args` in the checkout: what it printed to stderr, and how it exited. */
function node(args: string[]) {
  const result = spawnSync(process.execPath, args, { encoding: 'utf8' });
  return { stderr: result.stderr, status: result.status };
}

/**
 * Modules a build loads with Node rather than Vite, as Node requires them: every import
 * names its file, `.ts` included, and nothing waits at the top level.
 */
describe('what a build loads with Node', () => {
  // Astro imports the config with Node and starts a Vite server to load it only when that
  // fails, which cost every build about half a second (bench, 1,000 incidents).
  it('astro.config.mjs, with every module it reaches', () => {
    expect(node(['--input-type=module', '-e', "await import('./astro.config.mjs')"])).toEqual({ stderr: '', status: 0 });
  });

  // src/content.config.ts requires it, instead of running it again in Vite's module runner.
  it('the content collections, with every module they reach', () => {
    expect(node(['-e', "require('./src/data/collections.ts')"])).toEqual({ stderr: '', status: 0 });
  });
});
