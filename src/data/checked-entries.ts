/**
 * Entries the build's content gate has read and validated, handed to the content loader
 * so that a cold build does not parse and validate every file a second time (10,000
 * incidents: about a second). The gate runs in Astro's config and the loader in Vite's
 * content runner, two module graphs with their own copy of this file, so the hand-over
 * lives on globalThis. An entry is taken once, and only for the very text the gate read.
 */
import { sep } from 'node:path';

interface CheckedEntry {
  source: string;
  data: unknown;
}

const HAND_OVER = Symbol.for('statuswire.checked-entries');

function handOver(): Map<string, CheckedEntry> {
  const global = globalThis as { [HAND_OVER]?: Map<string, CheckedEntry> };
  return (global[HAND_OVER] ??= new Map());
}

/** Keeps the validated `data` of the file at absolute `path`, whose text was `source`. */
export function handOverCheckedEntry(path: string, source: string, data: unknown): void {
  handOver().set(path, { source, data });
}

/** The gate's data for `path` if the gate read exactly `source` there; undefined otherwise. */
export function takeCheckedEntry(path: string, source: string): unknown {
  const entries = handOver();
  const entry = entries.get(path);
  entries.delete(path);
  return entry?.source === source ? entry.data : undefined;
}

/** Forgets what was handed over for files under `folder` (an absolute path) and not taken. */
export function dropCheckedEntries(folder: string): void {
  const prefix = folder.endsWith(sep) ? folder : `${folder}${sep}`;
  const entries = handOver();
  for (const path of entries.keys()) if (path.startsWith(prefix)) entries.delete(path);
}
