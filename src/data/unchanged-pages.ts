/**
 * The pages this build keeps from the previous one, decided page by page in
 * `getStaticPaths` and read by the integrations that finish the build (the sitemap,
 * the removal of an earlier build's files, the manifest for the next build). Those run
 * in Astro's config and the pages in the build's own module graph, each with its own
 * copy of this file, so the registry lives on globalThis. Without one (`astro dev`, a
 * page rendered by a test), every page is rendered. Pages ask through `page-keeping.ts`,
 * which adds what every page shows; this file imports nothing of the site, so the
 * integrations can use it outside Vite.
 */
import type { PageRecord } from '../lib/rebuild/unchanged-pages.ts';

interface Registry {
  /** The previous build's pages that may be kept, with what that build recorded of each. */
  keepable: ReadonlyMap<string, PageRecord>;
  /** Every page this build asked about, rendered or kept, with its digest. */
  digests: Map<string, string>;
  kept: Set<string>;
}

const REGISTRY = Symbol.for('statuswire.unchanged-pages');
const holder = globalThis as { [REGISTRY]?: Registry };

/** Starts a build's registry with the pages the previous build left and may be kept. */
export function startKeepingPages(keepable: ReadonlyMap<string, PageRecord>): void {
  holder[REGISTRY] = { keepable, digests: new Map(), kept: new Set() };
}

/**
 * Whether the page at `pathname` must be rendered: false when the previous build
 * rendered it from inputs of the same digest and left its file as it was. The digest
 * is made only in a build that may keep pages.
 */
export function decidePage(pathname: string, digest: () => string): boolean {
  const registry = holder[REGISTRY];
  if (!registry) return true;
  const current = digest();
  registry.digests.set(pathname, current);
  if (registry.keepable.get(pathname)?.digest !== current) return true;
  registry.kept.add(pathname);
  return false;
}

/** The paths of the pages kept from the previous build. */
export function keptPages(): string[] {
  return [...(holder[REGISTRY]?.kept ?? [])];
}

/** Every page this build decided on, with the digest of its inputs. */
export function decidedPages(): ReadonlyMap<string, string> {
  return holder[REGISTRY]?.digests ?? new Map();
}
