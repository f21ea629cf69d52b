/**
 * `astro dev` is a live preview (`LIVE` in src/data/live.ts): the writer saves files while
 * it runs. It reads the clock on every use (a pinned SOURCE_DATE_EPOCH still wins) and
 * judges content as it is now; a build reads the clock once, so its pages agree with
 * each other.
 */
import { checkContent } from '../lib/content/check';
import { formatProblem } from '../lib/content/problems';

/**
 * A saved file with a mistake, as `npm run check` prints it. It is not an AstroError,
 * so the terminal prints the lines as they are; the browser's error overlay shows
 * them with the first file opened at its line. No stack: the lines say what to fix.
 */
class ContentProblems extends Error {
  readonly title = 'Content problems';
  readonly loc: { file: string; line: number; column: number };

  constructor(lines: string[], first: { file: string; line: number; column: number }) {
    // The overlay reads a message as markdown and makes `[text](url)` a link of any
    // scheme; a zero-width space keeps text the writer typed from becoming one.
    super(lines.join('\n').replaceAll('](', ']\u200B('));
    this.name = 'ContentProblems';
    this.loc = first;
    this.stack = '';
  }
}

/** Checks all of content/ under `root` at `now` and throws its problems, if any. */
export async function refuseContentProblems(root: string, now: Date): Promise<void> {
  const problems = await checkContent(root, now);
  const first = problems[0];
  if (!first) return;
  throw new ContentProblems(problems.map(formatProblem), { file: `${root}/${first.file}`, line: first.line, column: first.column });
}
