import type { AstroIntegration } from 'astro';
import { rename, rmdir } from 'node:fs/promises';

/**
 * Moves each other language's not-found page from `<code>/404/index.html`, where Astro
 * writes a page, to `<code>/404.html`, where hosts that look for the nearest 404.html
 * (Cloudflare Pages, `serve`) find it for a missing address under that language's folder.
 * The default language's 404.html stays at the root, as Astro writes it.
 */
export function localized404(languages: readonly string[]): AstroIntegration {
  return {
    name: 'statuswire:localized-404',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        for (const code of languages.slice(1)) {
          const folder = new URL(`${code}/404/`, dir);
          await rename(new URL('index.html', folder), new URL(`${code}/404.html`, dir));
          await rmdir(folder);
        }
      },
    },
  };
}
