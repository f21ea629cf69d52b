/**
 * Finds what must never reach a build under content/ and public/: symbolic links (Astro
 * copies public/ into dist/ following them, so a link to /etc would publish it) and
 * pipes, sockets or devices. Folders are walked, never followed through a link.
 */
import { lstat, readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { cannotRead, notAFile } from './read.ts';
import type { Explained } from './fix.ts';

const WALKED_FOLDERS = ['content', 'public'] as const;

type EntryProblem = Explained & { file: string };

/** Every link or special file under `root`'s content/ and public/, by its path from `root`. */
export async function unsafeEntries(root: string): Promise<EntryProblem[]> {
  const problems: EntryProblem[] = [];
  const visit = async (path: string): Promise<void> => {
    const file = relative(root, path);
    let names: string[];
    try {
      const stats = await lstat(path);
      if (!stats.isDirectory()) {
        const refused = await notAFile(path, stats);
        if (refused) problems.push({ file, ...refused });
        return;
      }
      names = (await readdir(path)).sort();
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') problems.push({ file, ...cannotRead(error) });
      return;
    }
    for (const name of names) await visit(join(path, name));
  };
  for (const folder of WALKED_FOLDERS) await visit(join(root, folder));
  return problems;
}
