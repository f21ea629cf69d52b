/**
 * Finds what must never reach a build under content/ and public/: symbolic links (Astro
 * copies public/ into dist/ following them, so a link to /etc would publish it) and
 * pipes, sockets or devices. Folders are walked, never followed through a link. Each
 * listing says what its entries are, so a regular file costs no call of its own.
 */
import { lstatSync, readdirSync, type Dirent } from 'node:fs';
import { join, relative } from 'node:path';
import { cannotRead, notAFile } from './read.ts';
import type { Explained } from './fix.ts';

const WALKED_FOLDERS = ['content', 'public'] as const;

type EntryProblem = Explained & { file: string };

/** Every link or special file under `root`'s content/ and public/, by its path from `root`. */
export function unsafeEntries(root: string): EntryProblem[] {
  const problems: EntryProblem[] = [];
  const visitFolder = (path: string): void => {
    let entries: Dirent[];
    try {
      entries = readdirSync(path, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') problems.push({ file: relative(root, path), ...cannotRead(error) });
      return;
    }
    for (const entry of entries) {
      const child = join(path, entry.name);
      if (entry.isDirectory()) visitFolder(child);
      else {
        const refused = notAFile(child, entry);
        if (refused) problems.push({ file: relative(root, child), ...refused });
      }
    }
  };
  for (const folder of WALKED_FOLDERS) {
    const path = join(root, folder);
    try {
      const stats = lstatSync(path);
      if (stats.isDirectory()) visitFolder(path);
      else {
        const refused = notAFile(path, stats);
        if (refused) problems.push({ file: folder, ...refused });
      }
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') problems.push({ file: folder, ...cannotRead(error) });
    }
  }
  return problems;
}
