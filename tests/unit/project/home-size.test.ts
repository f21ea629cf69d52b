import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { homeSize, sizeOfBytes } from '../../../scripts/lib/bench/home-size';

const CSS = `body{color:red}${'.a{margin:0}'.repeat(50)}`;
const page = (head: string) => `<!doctype html><html><head>${head}</head><body><p>Up</p></body></html>`;
const LINKED = page('<link rel="stylesheet" href="/_astro/site.css">');
const INLINED = page(`<style>${CSS}</style>`);

describe("the bench's home page size", () => {
  let dist: string;

  beforeAll(async () => {
    dist = await mkdtemp(join(tmpdir(), 'statuswire-home-size-'));
    await mkdir(join(dist, '_astro'));
    await writeFile(join(dist, '_astro/site.css'), CSS);
    await writeFile(join(dist, 'linked.html'), LINKED);
    await writeFile(join(dist, 'inlined.html'), INLINED);
    await writeFile(join(dist, 'bare.html'), page(''));
  });

  afterAll(() => rm(dist, { recursive: true, force: true }));

  it('counts a linked stylesheet as its own gzipped file', async () => {
    const size = await homeSize(dist, 'linked.html');
    expect(size.linkedCss).toEqual(sizeOfBytes(Buffer.from(CSS)));
    expect(size.gzipTotal).toBe(sizeOfBytes(Buffer.from(LINKED)).gzip + sizeOfBytes(Buffer.from(CSS)).gzip);
  });

  it('counts an inlined stylesheet once, inside the HTML', async () => {
    const size = await homeSize(dist, 'inlined.html');
    expect(size.linkedCss).toEqual({ raw: 0, gzip: 0 });
    expect(size.inlineCss.raw).toBe(CSS.length);
    expect(size.gzipTotal).toBe(sizeOfBytes(Buffer.from(INLINED)).gzip);
  });

  it('refuses a page with no stylesheet at all', async () => {
    await expect(homeSize(dist, 'bare.html')).rejects.toThrow('bare.html has no stylesheet, linked or inline');
  });
});
