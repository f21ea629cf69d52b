// npm run check: validates all of content/ (schemas, references, ordering, MDX) without
// a build, prints every problem on one line, and exits 1 if there is any. On GitHub
// Actions each problem is also an annotation on the pull request's diff.
import { buildClock } from '../src/lib/status/clock.ts';
import { loadContent } from '../src/lib/content/check.ts';
import { formatProblem } from '../src/lib/content/problems.ts';
import { githubAnnotation } from '../src/lib/content/github-annotation.ts';
import { unlistedComponentWarnings } from '../src/lib/upstream/check.ts';
import { loadUpstreamCopies, upstreamsDir } from '../src/lib/upstream/store.ts';

const started = performance.now();
try {
  const now = buildClock();
  const content = await loadContent(process.cwd(), now);
  const upstreams = content.upstreams;
  // Only what the last pull kept is compared: the check itself never asks a page anything.
  const warnings = upstreams
    ? unlistedComponentWarnings(upstreams, content.upstreamsParsed, await loadUpstreamCopies(upstreamsDir(process.cwd()), upstreams.pages.map((page) => page.id), now))
    : [];
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  for (const problem of content.problems) console.log(formatProblem(problem));
  for (const warning of warnings) console.log(`warning: ${formatProblem(warning)}`);
  if (process.env.GITHUB_ACTIONS === 'true') for (const problem of content.problems) console.log(githubAnnotation(problem));
  const count = content.problems.length;
  if (count > 0) {
    console.log(`${count} content problem${count === 1 ? '' : 's'} in ${seconds} s; fix the lines above and run npm run check again`);
    process.exitCode = 1;
  } else {
    const warned = warnings.length > 0 ? `, ${warnings.length} warning${warnings.length === 1 ? '' : 's'}` : '';
    console.log(`content OK: ${content.incidents.length} incidents, ${content.maintenance.length} maintenance windows${warned}, checked in ${seconds} s`);
  }
} catch (error) {
  console.error(`check: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
