import { readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';

/** The files Astro copies from public/ into the site root, from that root (`favicon.svg`). */
export async function publicFiles(): Promise<string[]> {
  const directory = join(process.cwd(), 'public');
  const entries = await readdir(directory, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(directory, join(entry.parentPath, entry.name)).split('\\').join('/'))
    .sort();
}
