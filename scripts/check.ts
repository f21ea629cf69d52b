// npm run check: validates all of content/ (schemas, references, ordering, MDX) without
// a build, prints every problem on one line, and exits 1 if there is any. On GitHub
// Actions each problem is also an annotation on the pull request's diff.
import { buildClock } from '../src/lib/status/clock.ts';
import { loadContent } from '../src/lib/content/check.ts';
import { formatProblem } from '../src/lib/content/problems.ts';
import { githubAnnotation } from '../src/lib/content/github-annotation.ts';

const started = performance.now();
try {
  const content = await loadContent(process.cwd(), buildClock());
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  for (const problem of content.problems) console.log(formatProblem(problem));
  if (process.env.GITHUB_ACTIONS === 'true') for (const problem of content.problems) console.log(githubAnnotation(problem));
  const count = content.problems.length;
  if (count > 0) {
    console.log(`${count} content problem${count === 1 ? '' : 's'} in ${seconds} s; fix the lines above and run npm run check again`);
    process.exitCode = 1;
  } else {
    console.log(`content OK: ${content.incidents.length} incidents, ${content.maintenance.length} maintenance windows, checked in ${seconds} s`);
  }
} catch (error) {
  console.error(`check: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
