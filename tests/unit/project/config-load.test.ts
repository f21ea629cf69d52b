import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

/**
 * Astro imports astro.config.mjs with Node first and starts a Vite server to load it
 * only when that fails, which cost every build about half a second (bench, 1,000
 * incidents). Node loads TypeScript but needs each import to name its file, `.ts` included.
 */
describe('astro.config.mjs', () => {
  it('loads in plain Node, with every module it reaches', () => {
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', "await import('./astro.config.mjs')"], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});
