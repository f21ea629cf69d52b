import type { AstroIntegration } from 'astro';
import { statSync } from 'node:fs';
import { join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decidedPages, keptPages, startKeepingPages } from '../data/unchanged-pages.ts';
import { codeFingerprint, keepablePages, readManifest, writeManifest, type PageRecord } from '../lib/rebuild/unchanged-pages.ts';

/** The build's pages kept from the previous one, as the integrations after the pages need them. */
export interface KeptPages {
  integration: AstroIntegration;
  /** Their files, which the removal of an earlier build's files must leave. */
  files(): string[];
  /** Their addresses, which the sitemap lists as it lists the pages this build rendered. */
  urls(): string[];
}

/**
 * Lets `astro build` keep pages of the previous build whose inputs did not change (see
 * src/lib/rebuild/unchanged-pages.ts). The digests of a finished build's pages go to a
 * manifest in Astro's cache folder; the next build keeps a page when its digest and
 * the code are the same and its file is as that build left it. A build that fails
 * writes no manifest, so the next one trusts only what the last good build wrote.
 */
export function unchangedPages(): KeptPages {
  let root = '';
  let outDir = '';
  let base = '';
  let site: string | undefined;
  let manifestFile = '';
  let code = '';
  let keepable = new Map<string, PageRecord>();
  const fileOf = (pathname: string) => join(outDir, posix.relative(base, pathname), 'index.html');
  const statOf = (pathname: string) => {
    try {
      const stat = statSync(fileOf(pathname), { bigint: true });
      return stat.isFile() ? { size: Number(stat.size), modifiedNs: String(stat.mtimeNs) } : undefined;
    } catch {
      return undefined;
    }
  };
  const integration: AstroIntegration = {
    name: 'statuswire:unchanged-pages',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        outDir = fileURLToPath(config.outDir);
        base = config.base;
        site = config.site;
        manifestFile = fileURLToPath(new URL('statuswire/unchanged-pages.json', config.cacheDir));
      },
      'astro:build:start': async ({ logger }) => {
        code = codeFingerprint(root);
        const { value: manifest, problem } = await readManifest(manifestFile);
        if (problem) logger.warn(`${problem}; every page is rendered`);
        keepable = keepablePages(manifest, code, statOf);
        startKeepingPages(keepable);
      },
      'astro:build:done': async ({ logger }) => {
        const kept = new Set(keptPages());
        const pages: Record<string, PageRecord> = {};
        for (const [pathname, digest] of decidedPages()) {
          // A kept file was not written: it is as the previous build recorded it.
          const file = kept.has(pathname) ? keepable.get(pathname) : statOf(pathname);
          if (file) pages[pathname] = { ...file, digest };
        }
        await writeManifest(manifestFile, { code, pages });
        if (kept.size > 0) logger.info(`kept ${kept.size} page(s) of the previous build whose inputs did not change`);
      },
    },
  };
  return {
    integration,
    files: () => keptPages().map(fileOf),
    urls: () => (site ? keptPages().map((pathname) => new URL(pathname, site).href) : []),
  };
}
