// How far the build lets Node's heap grow between two full collections, by the size of
// the content. Rendering promotes most of what a page allocates into the old generation
// (pages are rendered eight at a time, across awaits), so it is garbage by the next full
// collection; V8 lets the heap grow up to about four times what survived the last one
// before it collects again. At 10,000 incidents in two languages that was 770 MB of heap
// for 230 MB alive, and a peak of 1.1-1.2 GB. Growing by half at most brought the peak to
// 680-780 MB; alternating single builds took 0.6-1.2 s more for the collecting, which the
// bench's medians did not show (2026-12-03). At 1,000 incidents it saved nothing worth its
// 0.2-0.5 s, as the heap stays near 100 MB, so small sites keep V8's way.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { CONTENT_PATHS } from '../../src/lib/content/read.ts';

/** From this many incident and maintenance entries on, the heap's growth is held. */
export const LARGE_CONTENT_ENTRIES = 5000;
/** The heap may grow by this share of what survived the last full collection. */
export const LARGE_CONTENT_HEAP_GROWING_PERCENT = 50;

/** The V8 flag for content of `entries` files, or null to leave V8's own heuristic. */
export function heapGrowthFlag(entries: number): string | null {
  return entries >= LARGE_CONTENT_ENTRIES ? `--heap-growing-percent=${LARGE_CONTENT_HEAP_GROWING_PERCENT}` : null;
}

/** How many MDX files the incident and maintenance folders hold (a missing folder holds none). */
export function contentEntryCount(root: string): number {
  const count = (folder: string) => {
    try {
      return readdirSync(join(root, folder)).filter((name) => name.endsWith('.mdx')).length;
    } catch {
      return 0;
    }
  };
  return count(CONTENT_PATHS.incidents) + count(CONTENT_PATHS.maintenance);
}

/**
 * Sets the flag for the content under `root`, before the build allocates much: V8 reads
 * it at each full collection. Returns the flag set, if any.
 */
export function holdHeapGrowth(root: string, setFlags: (flag: string) => void = setFlagsFromString): string | null {
  const flag = heapGrowthFlag(contentEntryCount(root));
  if (flag) setFlags(flag);
  return flag;
}
