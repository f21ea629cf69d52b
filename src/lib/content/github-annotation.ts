/**
 * GitHub Actions workflow commands: a line `::error file=…,line=…::…` on stdout
 * becomes an annotation on that line of the pull request's diff.
 */
import type { ContentProblem } from './problems.ts';

/** Escapes as the runner expects: `%`, CR and LF everywhere, and `:` `,` in properties. */
const escapeData = (text: string) => text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
const escapeProperty = (text: string) => escapeData(text).replaceAll(':', '%3A').replaceAll(',', '%2C');

export function githubAnnotation(problem: ContentProblem): string {
  const properties = [
    `file=${escapeProperty(problem.file)}`,
    `line=${problem.line}`,
    `col=${problem.column}`,
    `title=${escapeProperty(problem.field)}`,
  ].join(',');
  return `::error ${properties}::${escapeData(`${problem.message}  (${problem.fix})`)}`;
}
