/**
 * Finds what must never reach a build under content/ and public/: symbolic links (Astro
 * copies public/ into dist/ following them, so a link to /etc would publish it) and
 * pipes, sockets or devices. Folders are walked, never followed through a link. Each
 * listing says what its entries are, so a regular file costs no call of its own.
 */
import { readdirSync, type Dirent } from 'node:fs';
import { join, relative } from 'node:path';
import { cannotRead, notAFile } from './read.ts';
import type { Explained } from './fix.ts';

const WALKED_FOLDERS: readonly string[] = ['content', 'public'];

type EntryProblem = Explained & { file: string };

const byName = (a: Dirent, b: Dirent) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/** Every link or special file under `root`'s content/ and public/, by its path from `root`. */
export function unsafeEntries(root: string): EntryProblem[] {
  const problems: EntryProblem[] = [];
  const list = (path: string): Dirent[] => {
    try {
      return readdirSync(path, { withFileTypes: true }).sort(byName);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') problems.push({ file: relative(root, path), ...cannotRead(error) });
      return [];
    }
  };
  const visit = (entry: Dirent): void => {
    const path = join(entry.parentPath, entry.name);
    if (entry.isDirectory()) {
      for (const child of list(path)) visit(child);
      return;
    }
    const refused = notAFile(path, entry);
    if (refused) problems.push({ file: relative(root, path), ...refused });
  };
  // The walked folders are met in root's own listing, so a link in their place is named like any other.
  for (const entry of list(root).filter((entry) => WALKED_FOLDERS.includes(entry.name))) visit(entry);
  return problems;
}
