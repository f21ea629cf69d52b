import type { ContentEntryType } from 'astro';
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import { readFrontmatterData } from '../lib/frontmatter';

/**
 * Astro's glob loader for `*.mdx`, but with frontmatter read as YAML 1.2 text:
 * Astro's own parser would turn an unquoted local time into a UTC Date, hiding the
 * missing offset the schema must reject.
 */
export function mdxEntries(base: string): Loader {
  const inner = glob({ pattern: '*.mdx', base });
  return {
    name: 'statuswire-mdx',
    load: (context) => {
      const { entryTypes } = context as LoaderContext & { entryTypes?: Map<string, ContentEntryType> };
      if (!entryTypes) {
        throw new Error('statuswire-mdx: this Astro version no longer passes entryTypes to loaders');
      }
      const textual = new Map(
        [...entryTypes].map(([extension, type]) => [
          extension,
          {
            ...type,
            getEntryInfo: async (params: { fileUrl: URL; contents: string }) => ({
              ...(await type.getEntryInfo(params)),
              data: readFrontmatterData(params.contents),
            }),
          },
        ]),
      );
      return inner.load({ ...context, entryTypes: textual } as LoaderContext);
    },
  };
}
