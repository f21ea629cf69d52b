import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { lstatSync, readdirSync, rmdirSync, rmSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Kept, as Astro keeps it: an output folder deployed as a checkout of its own. */
const KEPT = '.git';

/**
 * Lets a build overwrite the previous build's files in place, then removes those it did
 * not write. Astro would empty the output folder first and create every file anew, and
 * creating thousands of files right after deleting thousands is what costs: on the bench
 * machine's ext4 the kernel's inode allocator steps over every recently freed inode, and
 * a warm rebuild of 10,000 incidents spent most of its rendering time there.
 *
 * A file is this build's when its change time moved since the build started: writing a
 * file, even with the same bytes, sets it. So the folder is listed once before anything
 * is written (no cost on a cold build), and at the end every listed file whose change
 * time is still the same is removed, with the folders it leaves empty. This needs no
 * clock, and no list of what Astro, Vite and other integrations write. It runs last, as
 * the last integration, after the sitemap and the localized not-found pages. `keep` names
 * the files this build kept from the previous one without writing them (unchanged pages).
 */
export function previousOutput(keep: () => readonly string[] = () => []): AstroIntegration {
  let outDir: string | undefined;
  let previous = new Map<string, bigint>();
  return {
    name: 'statuswire:previous-output',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ vite: { build: { emptyOutDir: false } } });
      },
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir).replace(/[\\/]$/, '');
      },
      'astro:build:start': () => {
        previous = outDir ? changeTimes(outDir) : new Map();
      },
      'astro:build:done': ({ logger }) => {
        const kept = new Set(keep());
        const stale = [...previous].filter(([file, changed]) => !kept.has(file) && changeTime(file) === changed).map(([file]) => file);
        for (const file of stale) remove(file, logger);
        for (const folder of new Set(stale.map(dirname))) removeEmptyFolders(folder, outDir!);
        if (stale.length > 0) logger.info(`removed ${stale.length} file(s) of an earlier build that this build did not write`);
        previous = new Map();
      },
    },
  };
}

/** Every file under `root` but `.git`, with its change time in nanoseconds. */
function changeTimes(root: string): Map<string, bigint> {
  const times = new Map<string, bigint>();
  let entries;
  try {
    entries = readdirSync(root, { withFileTypes: true, recursive: true });
  } catch {
    return times;
  }
  for (const entry of entries) {
    if (entry.isDirectory()) continue;
    const path = join(entry.parentPath, entry.name);
    if (relative(root, path).split(sep)[0] === KEPT) continue;
    const changed = changeTime(path);
    if (changed !== undefined) times.set(path, changed);
  }
  return times;
}

function changeTime(path: string): bigint | undefined {
  try {
    return lstatSync(path, { bigint: true }).ctimeNs;
  } catch {
    return undefined;
  }
}

function remove(file: string, logger: AstroIntegrationLogger): void {
  try {
    rmSync(file, { force: true });
  } catch (error) {
    // Left in the output it would be published: stop the build instead of deploying it.
    logger.error(`could not remove ${file}, a file of an earlier build (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
    throw error;
  }
}

/** Removes `folder` and its parents up to `root` while they are empty. */
function removeEmptyFolders(folder: string, root: string): void {
  for (let current = folder; current.startsWith(`${root}${sep}`); current = dirname(current)) {
    try {
      rmdirSync(current);
    } catch {
      return;
    }
  }
}
