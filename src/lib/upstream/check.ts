/**
 * What `npm run check` warns about in content/upstreams.yaml once pages have been
 * pulled: a linked upstream component the last fetched copy does not list. A warning,
 * not a problem: the upstream may have renamed it since, and the build must go on
 * (the page then shows it as no longer listed).
 */
import type { ParsedFrontmatter } from '../content/frontmatter.ts';
import { fieldName, type ContentProblem } from '../content/problems.ts';
import { CONTENT_PATHS } from '../content/read.ts';
import type { UpstreamsFile } from '../content/schemas.ts';
import type { UpstreamCopy } from './store.ts';

export function unlistedComponentWarnings(
  config: UpstreamsFile,
  parsed: ParsedFrontmatter | undefined,
  copies: ReadonlyMap<string, UpstreamCopy>,
): ContentProblem[] {
  if (parsed === undefined) return [];
  return config.components.flatMap((component, index) =>
    component.upstream.flatMap((link, linkIndex) => {
      const summary = copies.get(link.page)?.summary;
      if (!summary || summary.components.some((row) => row.id === link.component)) return [];
      const path = ['components', index, 'upstream', linkIndex, 'component'];
      return [{
        file: CONTENT_PATHS.upstreams,
        ...parsed.locate(path),
        field: fieldName(path),
        message: `upstream page "${link.page}" does not list component "${link.component}" in its last fetched copy`,
        fix: `run npm run upstream -- ${link.page} to list its component ids`,
      }];
    }),
  );
}
