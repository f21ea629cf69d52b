/**
 * The previous build's output is moved aside at the start of a build and removed by its
 * end: the build never waits on the deletion up front, and nothing of it survives.
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { previousOutput } from '../../../src/integrations/previous-output';

let parent: string;
let outDir: string;
const warnings: string[] = [];
const logger = { debug: () => {}, warn: (message: string) => warnings.push(message) } as unknown as AstroIntegrationLogger;

/** A hook called with just what this integration reads. */
type Hook = (options: Record<string, unknown>) => Promise<void> | void;

/** Runs the integration's hooks as a build would; returns a promise for the build's end. */
async function startBuild(): Promise<() => Promise<void>> {
  const { hooks } = previousOutput();
  await (hooks['astro:config:done'] as Hook)({ config: { outDir: pathToFileURL(`${outDir}/`) } });
  await (hooks['astro:build:start'] as Hook)({ logger });
  return async () => {
    await (hooks['astro:build:done'] as Hook)({ logger });
  };
}

beforeEach(async () => {
  parent = await mkdtemp(join(tmpdir(), 'statuswire-previous-output-'));
  outDir = join(parent, 'dist');
  await mkdir(join(outDir, 'incidents/old'), { recursive: true });
  await writeFile(join(outDir, 'incidents/old/index.html'), 'a page of a deleted incident');
  warnings.length = 0;
});

afterEach(() => rm(parent, { recursive: true, force: true }));

describe('the previous output', () => {
  it('is gone from the output folder as the build starts, and from the disk by its end', async () => {
    const finish = await startBuild();
    expect(existsSync(outDir)).toBe(false);
    await finish();
    expect(await readdir(parent)).toEqual([]);
    expect(warnings).toEqual([]);
  });

  it('also takes what an interrupted build set aside', async () => {
    await mkdir(join(parent, '.statuswire-previous-dist-1234/incidents'), { recursive: true });
    await mkdir(join(parent, 'unrelated'));
    const finish = await startBuild();
    await finish();
    expect(await readdir(parent)).toEqual(['unrelated']);
  });

  it('stays for Astro to empty when it is a checkout of its own', async () => {
    await mkdir(join(outDir, '.git'));
    const finish = await startBuild();
    await finish();
    expect(existsSync(join(outDir, '.git'))).toBe(true);
    expect(existsSync(join(outDir, 'incidents/old/index.html'))).toBe(true);
  });

  it('is no trouble when there is none', async () => {
    await rm(outDir, { recursive: true });
    const finish = await startBuild();
    await finish();
    expect(await readdir(parent)).toEqual([]);
  });
});
