/**
 * Reads one content file for the check, or says why it cannot be used: only a regular
 * file is read (a link may point anywhere on the machine, a pipe never ends), only
 * within a size limit, and only as UTF-8 text. Reads are synchronous: a check of 10,000
 * small entries waited more on the thread pool's round trips than it read.
 */
import { isUtf8 } from 'node:buffer';
import { lstatSync, readFileSync, readlinkSync, type Stats } from 'node:fs';
import type { Explained } from './fix.ts';

/** An entry is a page of text: a hundred times the longest real one is 1 MB. */
export const MAX_ENTRY_BYTES = 1_000_000;
/** A settings file is a few KB; 2 MB is already data pasted in by mistake. */
export const MAX_YAML_BYTES = 2_000_000;

export type FileProblem = Explained & { line: number };

type ReadResult = { kind: 'text'; text: string } | { kind: 'missing' } | { kind: 'problem'; problem: FileProblem };

/** Why the file system entry `stats` (at `path`) is not a file to read, or null when it is one. */
export function notAFile(path: string, stats: Pick<Stats, 'isFile' | 'isSymbolicLink' | 'isDirectory'>): Explained | null {
  if (stats.isFile()) return null;
  if (stats.isSymbolicLink()) {
    return {
      message: `is a symbolic link to ${readlinkSync(path)}`,
      fix: 'replace the link with the file or folder itself: the site is built only from what the repository holds',
    };
  }
  if (stats.isDirectory()) {
    return { message: 'is a folder, not a file', fix: 'move the files it holds up one level and remove the folder' };
  }
  return { message: 'is not a regular file (a pipe, socket or device)', fix: 'remove it' };
}

/** `path`'s text, when it is a readable regular UTF-8 file of at most `maxBytes`. */
export function readContentFile(path: string, maxBytes: number, tooBigFix: string): ReadResult {
  const failed = (problem: Explained, line = 1): ReadResult => ({ kind: 'problem', problem: { ...problem, line } });
  let stats: Stats;
  let bytes: Buffer;
  try {
    stats = lstatSync(path);
    const refused = notAFile(path, stats);
    if (refused) return failed(refused);
    if (stats.size > maxBytes) return failed({ message: `is ${bytesText(stats.size)}, more than the ${bytesText(maxBytes)} allowed`, fix: tooBigFix });
    bytes = readFileSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'missing' };
    return failed(cannotRead(error));
  }
  if (!isUtf8(bytes)) {
    return failed({ message: 'is not UTF-8 text', fix: 'save it as UTF-8 (your editor shows the encoding in its status bar)' }, firstBadLine(bytes));
  }
  return { kind: 'text', text: bytes.toString('utf8') };
}

/** What a failed read or listing is told: the system's code, and the usual fix. */
export function cannotRead(error: unknown): Explained {
  const code = (error as NodeJS.ErrnoException).code ?? String(error);
  return { message: `cannot be read (${code})`, fix: 'let the user who runs the build read it, for example with chmod a+rX' };
}

function bytesText(bytes: number): string {
  return `${bytes.toLocaleString('en-US')} bytes`;
}

/** The 1-based line holding the first byte sequence that is not UTF-8. */
function firstBadLine(bytes: Buffer): number {
  let line = 1;
  let start = 0;
  for (let end = bytes.indexOf(0x0a); end !== -1; end = bytes.indexOf(0x0a, start)) {
    if (!isUtf8(bytes.subarray(start, end))) return line;
    line += 1;
    start = end + 1;
  }
  return line;
}

/** Where each kind of content lives, from the project root. */
export const CONTENT_PATHS = {
  components: 'content/components.yaml',
  incidents: 'content/incidents',
  maintenance: 'content/maintenance',
  metrics: 'content/metrics.yaml',
  metricsSample: 'content/metrics-sample.yaml',
  site: 'content/site.yaml',
  upstreams: 'content/upstreams.yaml',
} as const;
