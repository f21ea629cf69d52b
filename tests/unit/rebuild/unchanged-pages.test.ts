import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { codeFingerprint, keepablePages, pageDigest, readManifest, writeManifest, type PageManifest } from '../../../src/lib/rebuild/unchanged-pages';

describe('pageDigest', () => {
  it('is the same for equal inputs and differs for any change deep inside', () => {
    const inputs = { incident: { title: 'Delays', at: new Date('2026-01-12T03:00:00Z') }, names: new Map([['sms', 'SMS']]) };
    expect(pageDigest(inputs)).toBe(pageDigest(structuredClone(inputs)));
    expect(pageDigest({ ...inputs, incident: { ...inputs.incident, at: new Date('2026-01-12T03:00:01Z') } })).not.toBe(pageDigest(inputs));
    expect(pageDigest({ ...inputs, names: new Map([['sms', 'SMS delivery']]) })).not.toBe(pageDigest(inputs));
    expect(pageDigest({ ...inputs, names: new Set(['sms']) })).not.toBe(pageDigest({ ...inputs, names: new Set() }));
  });
});

describe('the manifest', () => {
  const manifest: PageManifest = { code: 'abc', pages: { '/incidents/a/': { digest: 'd1', size: 120, modifiedNs: '1795845600000000001' } } };
  let folder: string;

  beforeEach(async () => {
    folder = await mkdtemp(join(tmpdir(), 'statuswire-manifest-'));
  });

  afterEach(() => rm(folder, { recursive: true, force: true }));

  it('reads back what it wrote, into a folder it makes', async () => {
    const file = join(folder, 'cache', 'unchanged-pages.json');
    await writeManifest(file, manifest);
    expect(await readManifest(file)).toEqual({ value: manifest, problem: null });
  });

  it('is nothing, and no problem, before the first build', async () => {
    expect(await readManifest(join(folder, 'unchanged-pages.json'))).toEqual({ value: null, problem: null });
  });

  it('is refused, with the reason, when it is not one this version wrote', async () => {
    const file = join(folder, 'unchanged-pages.json');
    for (const text of ['', 'not json', '[]', '{"version":2,"code":"abc","pages":{}}', JSON.stringify({ version: 1, code: 'abc', pages: { '/a/': { digest: 'd', size: -1, modifiedNs: '1' } } })]) {
      await writeFile(file, text);
      const read = await readManifest(file);
      expect(read.value, text).toBeNull();
      expect(read.problem, text).toContain(file);
    }
  });
});

describe('keepablePages', () => {
  const manifest: PageManifest = {
    code: 'abc',
    pages: {
      '/incidents/a/': { digest: 'd1', size: 120, modifiedNs: '100' },
      '/incidents/b/': { digest: 'd2', size: 130, modifiedNs: '200' },
      '/incidents/c/': { digest: 'd3', size: 140, modifiedNs: '300' },
      '/incidents/d/': { digest: 'd4', size: 150, modifiedNs: '400' },
    },
  };
  const files: Record<string, { size: number; modifiedNs: string }> = {
    '/incidents/a/': { size: 120, modifiedNs: '100' },
    '/incidents/b/': { size: 131, modifiedNs: '200' },
    '/incidents/c/': { size: 140, modifiedNs: '301' },
  };

  it('keeps only pages whose file is as the last build left it', () => {
    expect(keepablePages(manifest, 'abc', (pathname) => files[pathname])).toEqual(new Map([['/incidents/a/', manifest.pages['/incidents/a/']]]));
  });

  it('keeps nothing when the code changed, or without a manifest', () => {
    expect(keepablePages(manifest, 'abd', (pathname) => files[pathname]).size).toBe(0);
    expect(keepablePages(null, 'abc', (pathname) => files[pathname]).size).toBe(0);
  });
});

describe('codeFingerprint', () => {
  let root: string;
  const write = async (path: string, text: string) => {
    await mkdir(join(root, path, '..'), { recursive: true });
    await writeFile(join(root, path), text);
  };

  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'statuswire-fingerprint-'));
    await write('src/pages/index.astro', '<h1>Status</h1>');
    await write('astro.config.mjs', 'export default {};');
    await write('content/site.yaml', 'name: Kabar');
    await write('content/incidents/a.mdx', '---\ntitle: A\n---');
    await write('.statuswire/metrics/snapshot.json', '{}');
  });

  afterEach(() => rm(root, { recursive: true, force: true }));

  it('moves with the code, the config and the settings files', async () => {
    const before = codeFingerprint(root);
    expect(codeFingerprint(root)).toBe(before);
    for (const [path, text] of [['src/pages/index.astro', '<h1>State</h1>'], ['src/lib/new.ts', 'export {};'], ['astro.config.mjs', 'export default { base: "/x" };'], ['content/site.yaml', 'name: Kabar Cloud']]) {
      const previous = codeFingerprint(root);
      await write(path!, text!);
      expect(codeFingerprint(root), path).not.toBe(previous);
    }
  });

  it('leaves out entries and pulled figures, which pages put in their own digest', async () => {
    const before = codeFingerprint(root);
    await write('content/incidents/a.mdx', '---\ntitle: B\n---');
    await write('content/maintenance/m.mdx', '---\ntitle: M\n---');
    await write('.statuswire/metrics/snapshot.json', '{"series":[]}');
    expect(codeFingerprint(root)).toBe(before);
  });
});
