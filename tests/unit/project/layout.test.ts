import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const LIB = 'src/lib';
/** A folder a newcomer can read in one glance: its README and about a dozen modules. */
const MAX_FILES_PER_FOLDER = 13;
/** Astro's glue and views: src/lib must run without them, under Vitest and in scripts/. */
const FORBIDDEN_FOLDERS = ['src/data', 'src/components', 'src/pages', 'src/layouts'];

const entries = (dir: string) => readdirSync(dir, { withFileTypes: true });
const folders = entries(LIB).filter((entry) => entry.isDirectory()).map((entry) => join(LIB, entry.name));
const filesUnder = (dir: string): string[] =>
  entries(dir).flatMap((entry) => (entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)]));

/** Every module specifier a file names: static imports and re-exports, side-effect and dynamic imports. */
function specifiers(source: string): string[] {
  return [...source.matchAll(/\bfrom\s+'([^']+)'|\bimport\s*\(?\s*'([^']+)'/g)].map((match) => (match[1] ?? match[2])!);
}

/** Why `specifier`, imported by `file`, breaks the src/lib rule; null when it does not. */
function forbiddenBecause(file: string, specifier: string): string | null {
  if (specifier.startsWith('astro:') || (specifier.startsWith('astro/') && specifier !== 'astro/zod') || specifier === 'astro') {
    return `${file} imports ${specifier}`;
  }
  if (!specifier.startsWith('.')) return null;
  const target = normalize(join(dirname(file), specifier));
  const folder = FORBIDDEN_FOLDERS.find((forbidden) => !relative(forbidden, target).startsWith('..'));
  return folder === undefined ? null : `${file} imports from ${folder}`;
}

describe('src/lib layout', () => {
  it('holds only its README and concern folders', () => {
    const loose = entries(LIB).filter((entry) => entry.isFile() && entry.name !== 'README.md');
    expect(loose.map((entry) => join(LIB, entry.name))).toEqual([]);
  });

  it(`keeps every folder to ${MAX_FILES_PER_FOLDER} files`, () => {
    const crowded = folders.filter((folder) => filesUnder(folder).length > MAX_FILES_PER_FOLDER);
    expect(crowded).toEqual([]);
  });

  it('opens every folder with a README.md', () => {
    const bare = folders.filter((folder) => !entries(folder).some((entry) => entry.name === 'README.md'));
    expect(bare).toEqual([]);
  });

  it('imports nothing from astro:* or from src/data, components, pages and layouts', () => {
    const problems = filesUnder(LIB)
      .filter((file) => file.endsWith('.ts'))
      .flatMap((file) => specifiers(readFileSync(file, 'utf8')).map((specifier) => forbiddenBecause(file, specifier)))
      .filter((problem) => problem !== null);
    expect(problems).toEqual([]);
  });

  it('sees the imports it judges', () => {
    expect(specifiers(readFileSync(join(LIB, 'status/model.ts'), 'utf8'))).toContain('../metrics/snapshot.ts');
    expect(forbiddenBecause('src/lib/status/model.ts', 'astro:content')).not.toBeNull();
    expect(forbiddenBecause('src/lib/status/model.ts', '../../data/site.ts')).not.toBeNull();
    expect(forbiddenBecause('src/lib/status/model.ts', '../../components/Time.astro')).not.toBeNull();
    expect(forbiddenBecause('src/lib/status/model.ts', 'astro/zod')).toBeNull();
    expect(forbiddenBecause('src/lib/status/model.ts', '../content/types.ts')).toBeNull();
  });
});
