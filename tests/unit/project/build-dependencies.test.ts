/**
 * The deploy workflow installs with `npm ci --omit=dev`, so every package that the build
 * (`npm run build`: its scripts, astro.config.mjs and all of src/) and `npm run notify`
 * import must be listed in `dependencies`: one left in `devDependencies` would pass every
 * test here and stop the scheduled deploy.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { describe, expect, it } from 'vitest';

interface Manifest {
  scripts: Record<string, string>;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
}

const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as Manifest;
const SOURCE = /\.(ts|mts|mjs|js|astro|css)$/;
const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : SOURCE.test(entry.name) ? [join(dir, entry.name)] : [],
  );

/** What a file loads when it runs: imports and re-exports (not `import type`), dynamic imports, CSS imports and plugins. */
function runtimeSpecifiers(source: string): string[] {
  const statements = [...source.matchAll(/(?<!@)\b(?:import|export)\s+(type\s+)?(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/g)]
    .filter((match) => match[1] === undefined)
    .map((match) => match[2]!);
  const dynamic = [...source.matchAll(/\bimport\s*\(\s*['"]([^'"]+)['"]/g)].map((match) => match[1]!);
  const css = [...source.matchAll(/@(?:import|plugin)\s+['"]([^'"]+)['"]/g)].map((match) => match[1]!);
  return [...statements, ...dynamic, ...css];
}

/** The npm package a bare specifier names; null for relative paths, node: builtins and astro: modules. */
function packageOf(specifier: string): string | null {
  if (specifier.startsWith('.') || specifier.startsWith('node:') || specifier.startsWith('astro:')) return null;
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}

/** Every package reached from the entry files, following their relative imports. */
function packagesReachedFrom(entries: string[]): Set<string> {
  const packages = new Set<string>();
  const seen = new Set<string>();
  const queue = [...entries];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file) || !existsSync(file)) continue;
    seen.add(file);
    for (const specifier of runtimeSpecifiers(readFileSync(file, 'utf8'))) {
      if (specifier.startsWith('.')) queue.push(normalize(join(dirname(file), specifier)));
      const name = packageOf(specifier);
      if (name) packages.add(name);
    }
  }
  return packages;
}

const scriptFiles = (name: string) => manifest.scripts[name]?.match(/[\w./-]+\.(?:ts|mjs)\b/g) ?? [];
const entries = [...scriptFiles('build'), ...scriptFiles('notify'), 'astro.config.mjs', ...filesUnder('src')];

describe('what the deploy installs (npm ci --omit=dev)', () => {
  it('lists every package the build and notify import in dependencies', () => {
    const missing = [...packagesReachedFrom(entries)].filter((name) => !(name in manifest.dependencies)).sort();
    expect(missing).toEqual([]);
  });

  it('sees the scripts, the config, the stylesheet and the imports it judges', () => {
    expect(scriptFiles('build')).toContain('scripts/build.ts');
    expect(scriptFiles('notify')).toContain('scripts/notify.ts');
    const reached = packagesReachedFrom(entries);
    for (const name of ['astro', '@tailwindcss/vite', 'tailwindcss', '@astrojs/sitemap', 'nodemailer', 'yaml', 'js-yaml']) expect(reached, name).toContain(name);
    expect(runtimeSpecifiers("import type { Element } from 'hast';\nimport {\n  a,\n} from 'b/c';\nimport 'd';\n@import \"e\" source(\"../\");")).toEqual(['b/c', 'd', 'e']);
    expect(['@tailwindcss/vite/x', 'astro/zod', 'node:fs', 'astro:content', './x.ts'].map(packageOf)).toEqual(['@tailwindcss/vite', 'astro', null, null, null]);
  });

  it('keeps the test tools out of the deploy', () => {
    for (const name of ['vitest', '@playwright/test', '@axe-core/playwright', 'linkedom', 'smtp-server', 'typescript']) {
      expect(manifest.devDependencies, name).toHaveProperty([name]);
    }
  });
});
