// A throwaway copy of the site, for benchmarks and build tests. It shares the
// checkout's installed packages but not Astro's and Vite's caches (which live in
// node_modules/.astro and node_modules/.vite), so a copy's build starts cold and never
// reads or writes another build's content store.
import { cp, mkdir, mkdtemp, readdir, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const REPO = resolve(import.meta.dirname, '../..');
const COPIED = ['src', 'content', 'public', 'scripts', 'astro.config.mjs', 'tsconfig.json', 'package.json'];

/** Copies the site into a new temporary folder whose name starts with `prefix`; returns its path. */
export async function copySiteFiles(prefix: string): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), prefix));
  for (const entry of COPIED) await cp(join(REPO, entry), join(root, entry), { recursive: true });
  const modules = join(root, 'node_modules');
  await mkdir(modules);
  for (const entry of await readdir(join(REPO, 'node_modules'))) {
    if (entry === '.astro' || entry === '.vite') continue;
    await symlink(join(REPO, 'node_modules', entry), join(modules, entry));
  }
  return root;
}
