/**
 * A build overwrites the previous build's output in place and, at its end, removes every
 * file of it that it did not write again, with the folders that leaves empty.
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { pathToFileURL } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { previousOutput } from '../../../src/integrations/previous-output';

let parent: string;
let outDir: string;
const logged: string[] = [];
const logger = { info: (message: string) => logged.push(message), error: (message: string) => logged.push(message) } as unknown as AstroIntegrationLogger;

/** A hook called with just what this integration reads. */
type Hook = (options: Record<string, unknown>) => unknown;

/** Runs the integration's hooks as a build would; returns a function that ends the build. */
async function startBuild(): Promise<{ viteConfig: unknown; finish: () => Promise<void> }> {
  const { hooks } = previousOutput();
  let viteConfig: unknown;
  await (hooks['astro:config:setup'] as Hook)({ updateConfig: (config: { vite: unknown }) => (viteConfig = config.vite) });
  await (hooks['astro:config:done'] as Hook)({ config: { outDir: pathToFileURL(`${outDir}/`) } });
  await (hooks['astro:build:start'] as Hook)({ logger });
  // The kernel stamps change times from a coarse clock: a real build writes seconds later.
  await sleep(30);
  return { viteConfig, finish: async () => void (await (hooks['astro:build:done'] as Hook)({ logger })) };
}

const page = (path: string) => join(outDir, path, 'index.html');

async function write(path: string, text = 'a page'): Promise<void> {
  await mkdir(join(path, '..'), { recursive: true });
  await writeFile(path, text);
}

beforeEach(async () => {
  parent = await mkdtemp(join(tmpdir(), 'statuswire-previous-output-'));
  outDir = join(parent, 'dist');
  await write(page('incidents/deleted'), 'a page of a deleted incident');
  await write(page('incidents/kept'), 'the same bytes');
  await write(join(outDir, '_astro/old.css'), 'body{}');
  await write(page(''), 'the home page');
  logged.length = 0;
});

afterEach(() => rm(parent, { recursive: true, force: true }));

describe('the previous output', () => {
  it('is not emptied by Astro: the build overwrites it', async () => {
    const { viteConfig } = await startBuild();
    expect(viteConfig).toEqual({ build: { emptyOutDir: false } });
  });

  it('loses, by the end of the build, every file the build did not write again and the folders left empty', async () => {
    const { finish } = await startBuild();
    await write(page('incidents/kept'), 'the same bytes');
    await write(page(''), 'the new home page');
    await write(join(outDir, '_astro/new.css'), 'body{color:red}');
    await write(page('incidents/new'));
    expect(existsSync(page('incidents/deleted'))).toBe(true);
    await finish();
    expect(existsSync(page('incidents/deleted'))).toBe(false);
    expect(existsSync(join(outDir, 'incidents/deleted'))).toBe(false);
    expect(existsSync(join(outDir, '_astro/old.css'))).toBe(false);
    expect((await readdir(join(outDir, 'incidents'))).sort()).toEqual(['kept', 'new']);
    expect(await readdir(join(outDir, '_astro'))).toEqual(['new.css']);
    expect(existsSync(page(''))).toBe(true);
    expect(logged).toEqual(['removed 2 file(s) of an earlier build that this build did not write']);
  });

  it('keeps a file replaced by a new one of the same name', async () => {
    const { finish } = await startBuild();
    await rm(page('incidents/kept'));
    await write(page('incidents/kept'));
    await finish();
    expect(existsSync(page('incidents/kept'))).toBe(true);
  });

  it('keeps a checkout\'s .git, as Astro does', async () => {
    await write(join(outDir, '.git/HEAD'), 'ref: refs/heads/main');
    const { finish } = await startBuild();
    await finish();
    expect(existsSync(join(outDir, '.git/HEAD'))).toBe(true);
  });

  it('is no trouble when there is none', async () => {
    await rm(outDir, { recursive: true });
    const { finish } = await startBuild();
    await write(page(''));
    await finish();
    expect(await readdir(outDir)).toEqual(['index.html']);
    expect(logged).toEqual([]);
  });
});
