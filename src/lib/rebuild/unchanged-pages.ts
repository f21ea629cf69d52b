/**
 * Which pages a build may keep from the previous one instead of rendering them again.
 *
 * A page is kept when it was rendered from exactly the same inputs: the same code and
 * settings (`codeFingerprint`), and the same page inputs (`pageDigest` of everything the
 * page shows that is not code: the incident, its body, the chart figures, the names…),
 * and its file is still the one the previous build left. Pages that show the build
 * clock are never kept, as their digest takes the clock in.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { z } from 'astro/zod';
import { readKept, writeAtomically, type Kept } from '../metrics/store.ts';

/** A page the previous build wrote: what it was rendered from, and its file as that build left it. */
export interface PageRecord {
  digest: string;
  size: number;
  /** Modification time in nanoseconds: kept by a cache that restores the folder (tar), unlike the change time. */
  modifiedNs: string;
}

export interface PageManifest {
  code: string;
  /** By the page's path, as urls.ts writes it. */
  pages: Record<string, PageRecord>;
}

/** The file of a page as it is now, or undefined when there is none. */
export type PageFileStat = (pathname: string) => { size: number; modifiedNs: string } | undefined;

/** About 150 bytes a page: room for 400,000 pages, a site of 100,000 incidents in two languages and more. */
export const MAX_MANIFEST_BYTES = 64 * 1024 * 1024;

// Our own file, still read as outside input: a stray or damaged one only costs a full build.
const MANIFEST_SCHEMA = z.object({
  version: z.literal(1),
  code: z.string().max(200),
  pages: z.record(z.string().max(2000), z.object({ digest: z.string().max(200), size: z.number().int().nonnegative(), modifiedNs: z.string().regex(/^\d{1,30}$/) })),
});

/** A short, stable digest of any plain value: Dates as their ISO text, Maps and Sets as lists. */
export function pageDigest(inputs: unknown): string {
  const text = JSON.stringify(inputs, (_key, value: unknown) => (value instanceof Map || value instanceof Set ? [...value] : value));
  return createHash('sha256').update(text ?? 'undefined').digest('base64url');
}

/**
 * What every page is rendered by that is not a page's own input: the code (src/, the
 * installed packages as the lockfile pins them, the Astro config), the settings files
 * at the top of content/, and the Node and ICU versions, which format dates and numbers.
 * Entries (incidents, maintenance) and pulled figures are not in it: pages put those of
 * them they show in their own digest.
 */
export function codeFingerprint(root: string): string {
  const hash = createHash('sha256');
  hash.update(JSON.stringify(process.versions));
  const files = [
    ...filesUnder(join(root, 'src')),
    ...['astro.config.mjs', 'package.json', 'package-lock.json', 'tsconfig.json'].map((name) => join(root, name)),
    ...topLevelFiles(join(root, 'content')),
  ];
  for (const file of files.sort()) {
    hash.update(`\0${relative(root, file).split(sep).join('/')}\0`);
    try {
      hash.update(readFileSync(file));
    } catch {
      hash.update('\0missing');
    }
  }
  return hash.digest('base64url');
}

function filesUnder(folder: string): string[] {
  try {
    return readdirSync(folder, { withFileTypes: true, recursive: true }).filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
  } catch {
    return [];
  }
}

function topLevelFiles(folder: string): string[] {
  try {
    return readdirSync(folder, { withFileTypes: true }).filter((entry) => entry.isFile()).map((entry) => join(folder, entry.name));
  } catch {
    return [];
  }
}

/**
 * The manifest at `file`, or null with the reason when it cannot be trusted (none is no
 * problem: a first build). Bounded and checked as the metrics' kept files are.
 */
export function readManifest(file: string): Promise<Kept<PageManifest>> {
  return readKept(file, MAX_MANIFEST_BYTES, (document) => {
    const parsed = MANIFEST_SCHEMA.safeParse(document);
    return parsed.success ? { ok: true, value: { code: parsed.data.code, pages: parsed.data.pages } } : { ok: false, detail: 'it is not a manifest this version wrote' };
  });
}

/** Writes the manifest aside and renames it, so an interrupted write leaves no half manifest to trust. */
export async function writeManifest(file: string, manifest: PageManifest): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  await writeAtomically(file, JSON.stringify({ version: 1, ...manifest }));
}

/**
 * The previous build's pages that may be kept, with their records: none when the code
 * changed, else those whose file is still there with the size and time it was left with.
 */
export function keepablePages(manifest: PageManifest | null, code: string, fileOf: PageFileStat): Map<string, PageRecord> {
  const keepable = new Map<string, PageRecord>();
  if (!manifest || manifest.code !== code) return keepable;
  for (const [pathname, record] of Object.entries(manifest.pages)) {
    const file = fileOf(pathname);
    if (file && file.size === record.size && file.modifiedNs === record.modifiedNs) keepable.set(pathname, record);
  }
  return keepable;
}
