import type { ContentEntryType } from 'astro';
import type { z } from 'astro/zod';
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkEntry } from '../lib/content/check.ts';
import { dropCheckedEntries, takeCheckedEntry } from './checked-entries.ts';
import { formatProblem } from '../lib/content/problems.ts';
import { readFrontmatterData, splitFrontmatter } from '../lib/content/frontmatter.ts';
import { bodyProblems, renderBody } from '../lib/markup/mdx-body.ts';
import { everyTagBody } from '../lib/markup/mdx-components.ts';
import { dictionary } from '../lib/i18n/dictionary.ts';
import { readSiteConfig } from './content-files.ts';

/** Bodies are written in the site's first language; their untitled callouts are headed in it. */
const BODY_CALLOUTS = dictionary(readSiteConfig().languages[0]).callout;

/**
 * Each entry's source until its frontmatter is needed, by the data object its entry info
 * carries. The glob loader asks for every file's entry info before it compares digests,
 * so frontmatter read there would be read for all 10,000 files of every rebuild; it is
 * read in `parseData` instead, which the loader calls only for a new or changed file.
 * The data stays empty before that: ids come from file names, as a `slug` key is refused.
 */
const unreadFrontmatter = new WeakMap<object, string>();

/**
 * Reads `*.mdx` entries with Astro's glob loader (ids from file names, a digest cache,
 * file watching in dev), but with two differences from @astrojs/mdx:
 * - frontmatter is read as YAML 1.2 text: Astro's own parser would turn an unquoted
 *   local time into a UTC Date, hiding the missing offset the schema must reject;
 * - the body is rendered to HTML here, once per changed file, instead of becoming a
 *   module the bundler must carry: 10,000 incidents made 10,000 modules and 3 GB.
 * A translated body in the frontmatter is rendered by the collection's schema, with the
 * same compiler, so it is stored in the entry's data and reused with it while the file
 * is unchanged. The MDX text itself is not kept once rendered: Astro inlines the whole
 * store into the build's server bundle, and at 10,000 incidents the bodies were a
 * quarter of it (13.9 MB to 10.2 MB) and of the bundler's memory.
 */
const mdxEntry: ContentEntryType = {
  extensions: ['.mdx'],
  getEntryInfo: ({ contents }) => {
    const split = splitFrontmatter(contents);
    const data = {};
    unreadFrontmatter.set(data, contents);
    return { data, rawData: split?.yaml ?? '', body: split?.body ?? contents, slug: '' };
  },
  getRenderFunction: async (config) => async ({ body, filePath }) => {
    const rendered = renderBody(body ?? '', 1, BODY_CALLOUTS);
    if (rendered.problems.length === 0) return { html: rendered.html };
    // Only a file edited under the dev server gets here (a build's gate stops first);
    // its lines are counted again from the top of the file, which the body does not know.
    if (!filePath) throw new Error('statuswire-mdx: an entry arrived without its file path');
    const split = splitFrontmatter(readFileSync(filePath, 'utf8'));
    const file = relative(new URL(config.root).pathname, filePath);
    const problems = bodyProblems(split?.body ?? '', split?.bodyLine ?? 1);
    throw new Error(problems.map((problem) => formatProblem({ file, ...problem })).join('\n'));
  },
  handlePropagation: false,
};

/** Markdown and every tag a writer may use: when its HTML changes, so may every stored body and translated body. */
const PROBE = `# Heading\n\n## Section\n\nText with *emphasis*, **strength**, \`code\` and a [link](https://example.com).\n\n- item\n\n| Period | Share |\n| --- | ---: |\n| May | 90.4% |\n\n${everyTagBody()}\n`;

/**
 * `schema` is the collection's: an entry it refuses (only a file saved under the dev
 * server gets that far) is reported as the check's lines instead of Astro's markdown.
 */
export function mdxEntries(base: string, schema: () => z.ZodType): Loader {
  const inner = glob({ pattern: '*.mdx', base, retainBody: false });
  return {
    name: 'statuswire-mdx',
    load: async (context) => {
      // The glob loader reuses an unchanged file's stored HTML, so a change in how
      // bodies render must drop what was stored.
      const renderer = context.generateDigest(renderBody(PROBE, 1, BODY_CALLOUTS).html);
      if (context.meta.get('renderer') !== renderer) {
        context.store.clear();
        context.meta.set('renderer', renderer);
      }
      const parseData: LoaderContext['parseData'] = async (entry) => {
        try {
          const source = unreadFrontmatter.get(entry.data);
          if (source === undefined) return await context.parseData(entry);
          // The build's content gate validated this very text with the same schema, a moment earlier.
          const checked = entry.filePath ? takeCheckedEntry(entry.filePath, source) : undefined;
          if (checked !== undefined) return checked as typeof entry.data;
          return await context.parseData({ ...entry, data: readFrontmatterData(source) as typeof entry.data });
        } catch (error) {
          if (!entry.filePath) throw error;
          const file = relative(new URL(context.config.root).pathname, entry.filePath);
          const { problems } = checkEntry(file, readFileSync(entry.filePath, 'utf8'), schema());
          if (problems.length === 0) throw error;
          throw new Error(problems.map(formatProblem).join('\n'), { cause: error });
        }
      };
      await inner.load({ ...context, parseData, entryTypes: new Map([['.mdx', mdxEntry]]) } as LoaderContext);
      // Unchanged files were never parsed: what the gate kept for them is not needed.
      dropCheckedEntries(fileURLToPath(new URL(base, context.config.root)));
    },
  };
}
