/**
 * Compiles an entry's MDX body with Sätteri, the compiler @astrojs/mdx uses in the
 * build, so a body that passes here compiles there, and one that fails is reported
 * with its line in the whole file instead of as a crash mid-build.
 */
import { mdxToJs } from 'satteri';
import type { Position } from './frontmatter.ts';

export interface MdxProblem extends Position {
  field: '(mdx)';
  message: string;
  fix: string;
}

/** Sätteri's errors read `line:column: what (rule-id)`, positions in the body. */
const LOCATED = /^(\d+):(\d+): ([\s\S]*?)(?: \([a-z-]+:[a-z-]+\))?$/;

/** Null when `body` compiles; otherwise the first error, at its line in the file. */
export function mdxProblem(body: string, bodyLine: number): MdxProblem | null {
  try {
    mdxToJs(body);
    return null;
  } catch (error) {
    const text = (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
    const located = LOCATED.exec(text);
    const toFileLine = (line: string) => Number(line) + bodyLine - 1;
    return {
      line: located ? toFileLine(located[1]!) : bodyLine,
      column: located ? Number(located[2]) : 1,
      field: '(mdx)',
      // Positions quoted inside the message are in the body too.
      message: `MDX syntax error: ${(located?.[3] ?? text).replace(/\((\d+):(\d+)\)/g, (_, line: string, column: string) => `(${toFileLine(line)}:${column})`)}`,
      fix: 'close every tag you open, like <Callout>…</Callout>, and write a literal <, { or } as \\<, \\{ or \\}',
    };
  }
}
