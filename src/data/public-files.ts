import { readdir } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * What Astro copies from public/ into the site root, one entry per top-level name so the
 * headers file stays a few rules long: `favicon.svg`, or `images/` for a folder.
 */
export async function publicEntries(): Promise<string[]> {
  const entries = await readdir(join(process.cwd(), 'public'), { withFileTypes: true });
  return entries.map((entry) => (entry.isDirectory() ? `${entry.name}/` : entry.name)).sort();
}
