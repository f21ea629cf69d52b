/**
 * The upload of dist/ to an S3-compatible bucket: one `aws s3 sync` per kind of file, each
 * with the Content-Type and Cache-Control that `fileHeaders` gives the `_headers` file too.
 */
import { fileHeaders, IMMUTABLE_CACHE, type FileHeaders } from './hosting.ts';
import { ASSETS_FOLDER, DEFAULT_LANGUAGE_PATHS, homePath } from './urls.ts';

export type SyncPlan = { commands: string[]; unknown: [] } | { commands: []; unknown: string[] };

/** An `s3://bucket` or `s3://bucket/prefix` destination; anything else could reach the shell. */
const DESTINATION = /^s3:\/\/[a-z0-9][a-z0-9.-]{1,61}[a-z0-9](\/[\w./-]*)?$/;

export function isDestination(value: string): boolean {
  return DESTINATION.test(value);
}

const quote = (value: string) => `'${value.replaceAll("'", `'\\''`)}'`;

/** The assets folder as a path under dist/ (`_astro/`), where the sync filters apply. */
const assetsFolder = ASSETS_FOLDER.slice(homePath(DEFAULT_LANGUAGE_PATHS).length);

interface Kind {
  extension: string;
  hashed: boolean;
  headers: FileHeaders;
}

function filters({ extension, hashed }: Kind): string[] {
  if (hashed) return ["--exclude '*'", `--include ${quote(`${assetsFolder}*.${extension}`)}`];
  return ["--exclude '*'", `--include ${quote(`*.${extension}`)}`, `--exclude ${quote(`${assetsFolder}*`)}`];
}

/**
 * Commands for the files of dist/ (paths relative to it), hashed assets first so a page is
 * never online before its stylesheet. A file with no known type stops the plan: uploaded,
 * it would be served as whatever the bucket guesses.
 */
export function syncPlan(files: readonly string[], destination: string): SyncPlan {
  if (!isDestination(destination)) throw new Error(`not an s3://bucket[/prefix] destination: ${destination}`);
  const kinds = new Map<string, Kind>();
  const unknown: string[] = [];
  for (const file of files) {
    const headers = fileHeaders(file);
    const extension = /\.([A-Za-z0-9]+)$/.exec(file)?.[1];
    if (headers === null || extension === undefined) {
      unknown.push(file);
      continue;
    }
    const hashed = headers.cacheControl === IMMUTABLE_CACHE;
    kinds.set(`${hashed ? 0 : 1} ${extension}`, { extension, hashed, headers });
  }
  if (unknown.length > 0) return { commands: [], unknown };
  const commands = [...kinds.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([, kind]) =>
      [
        'aws s3 sync dist',
        quote(destination),
        ...filters(kind),
        // Old hashed assets stay for readers still holding an old page; the rest mirrors dist/.
        ...(kind.hashed ? [] : ['--delete']),
        `--content-type ${quote(kind.headers.contentType)}`,
        `--cache-control ${quote(kind.headers.cacheControl)}`,
      ].join(' '),
    );
  return { commands, unknown: [] };
}
