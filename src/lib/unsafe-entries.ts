/**
 * Finds what must never reach a build under content/ and public/: symbolic links (Astro
 * copies public/ into dist/ following them, so a link to /etc would publish it) and
 * pipes, sockets or devices. Folders are walked, never followed through a link.
 */
import type { Stats } from 'node:fs';
import { lstat, readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { Explained } from './fix.ts';
import { notAFile } from './content-read.ts';

const WALKED_FOLDERS = ['content', 'public'] as const;

export type EntryProblem = Explained & { file: string };

/** Every link or special file under `root`'s content/ and public/, by its path from `root`. */
export async function unsafeEntries(root: string): Promise<EntryProblem[]> {
  const problems: EntryProblem[] = [];
  const visit = async (path: string): Promise<void> => {
    const file = relative(root, path);
    let stats: Stats;
    try {
      stats = await lstat(path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
      problems.push({ file, ...unreadable(error) });
      return;
    }
    if (!stats.isDirectory()) {
      const refused = await notAFile(path, stats);
      if (refused) problems.push({ file, ...refused });
      return;
    }
    let names: string[];
    try {
      names = (await readdir(path)).sort();
    } catch (error) {
      problems.push({ file, ...unreadable(error) });
      return;
    }
    for (const name of names) await visit(join(path, name));
  };
  for (const folder of WALKED_FOLDERS) await visit(join(root, folder));
  return problems;
}

function unreadable(error: unknown): Explained {
  const code = (error as NodeJS.ErrnoException).code ?? String(error);
  return { message: `cannot be read (${code})`, fix: 'let the user who runs the build read it, for example with chmod a+rX' };
}
