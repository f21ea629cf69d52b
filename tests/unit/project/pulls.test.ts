/**
 * `npm run build` asks for the pulls, the content gate starts them over the content it
 * read, and the build waits for them when it starts: it goes on when they are done, and
 * stops when they say it must.
 */
import type { AstroIntegrationLogger } from 'astro';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LoadedContent } from '../../../src/lib/content/check';
import { pullDuringBuild, pullsBeforePages, startPulls } from '../../../src/integrations/pulls';

const CONTENT = { problems: [], incidents: [], maintenance: [], sampleProfiles: [] } as LoadedContent;
const NOW = new Date('2026-12-03T12:00:00Z');
const REGISTRY = Symbol.for('statuswire.pulls');

const logged: string[] = [];
const logger = { error: (message: string) => logged.push(message) } as unknown as AstroIntegrationLogger;
const buildStart = () => (pullsBeforePages().hooks['astro:build:start'] as (options: { logger: AstroIntegrationLogger }) => Promise<void>)({ logger });

afterEach(() => {
  delete (globalThis as Record<symbol, unknown>)[REGISTRY];
  logged.length = 0;
  vi.restoreAllMocks();
});

describe('the pulls inside a build', () => {
  it('waits for nothing under `astro build` alone, and starts nothing', async () => {
    startPulls(CONTENT, NOW);
    await expect(buildStart()).resolves.toBeUndefined();
    expect(logged).toEqual([]);
  });

  it('runs the pulls once, over the gate\'s content and clock, and waits for them', async () => {
    let finish: (ok: boolean) => void = () => undefined;
    const pulls = vi.fn(() => new Promise<boolean>((done) => (finish = done)));
    pullDuringBuild(pulls);
    startPulls(CONTENT, NOW);
    startPulls(CONTENT, NOW);
    expect(pulls).toHaveBeenCalledTimes(1);
    expect(pulls).toHaveBeenCalledWith(CONTENT, NOW);
    let started = false;
    const waiting = buildStart().then(() => (started = true));
    await new Promise((done) => setTimeout(done, 10));
    expect(started).toBe(false);
    finish(true);
    await waiting;
    expect(started).toBe(true);
    expect(logged).toEqual([]);
  });

  it('stops the build before its pages when the pulls say it must', async () => {
    const exit = vi.spyOn(process, 'exit').mockImplementation((() => undefined) as never);
    pullDuringBuild(async () => false);
    startPulls(CONTENT, NOW);
    await buildStart();
    expect(logged).toEqual(['the pull above must succeed for this build; no page was built']);
    expect(exit).toHaveBeenCalledWith(1);
  });

  it('goes on with the last good copies when a pull throws, naming only the error\'s kind', async () => {
    const exit = vi.spyOn(process, 'exit').mockImplementation((() => undefined) as never);
    const printed = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    pullDuringBuild(async () => {
      throw new TypeError('https://token@metrics.example/ answered nonsense');
    });
    startPulls(CONTENT, NOW);
    await buildStart();
    expect(printed).toHaveBeenCalledWith('pulls: stopped by an unexpected TypeError; the build goes on with the last good copies');
    expect(printed.mock.calls.flat().join()).not.toContain('token');
    expect(exit).not.toHaveBeenCalled();
  });
});
