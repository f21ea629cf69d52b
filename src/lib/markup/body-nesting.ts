/**
 * How deep a body may nest, checked twice: from its text before it is parsed, so no
 * input can crash or stall the parser, and exactly on the parsed tree, before
 * anything recursive walks it.
 */
import type { Position } from '../content/frontmatter.ts';

/**
 * Elements inside each other in a rendered body. Converting and writing HTML recurse
 * once per level and overflow the stack near 1,000 levels; browsers stop nesting at
 * 512 (Chromium's parser flattens what is deeper, so the page would not show what was
 * written) and a page wraps a body in about 15 of its own. A list in a callout in a
 * list is 6; 100 leaves room for any write-up and stays far from both.
 */
export const MAX_DEPTH = 100;

/**
 * Marks in the text that could each open a level (see `nestingMarks`). Sätteri's
 * native code kills the whole process, with no error to catch, on about 6,000
 * brackets nested in a { } expression (its JavaScript parser, oxc, recurses without a
 * guard: oxc-project/oxc#24375) and on about 300,000 Markdown levels; blockquotes
 * and tags also slow it quadratically. Below 2,000 it parses any body in well under
 * a second; the sample bodies have fewer than 150.
 */
export const MAX_MARKS = 2_000;

interface DepthProblem extends Position {
  message: string;
  fix: string;
}

const FLATTEN = 'put fewer blockquotes, lists, emphasis or tags inside each other';

// What can open a block level at the start of a line: indentation, `>`, list markers
// and footnote labels. Each level needs at least one column of it.
const LINE_PREFIX = /^(?:[ \t>*+\-.)0-9]|\[\^[^\]\n]*\]:)*/;
// Emphasis and strikethrough delimiters; they nest only within one paragraph.
const INLINE_DELIMITER = /[*_~]/g;
// Tags and brackets open levels across paragraphs (tags) and inside expressions.
const OPENER = /<[A-Za-z>]|[([{]/g;

/**
 * How deep `body` can nest, from its text alone: the widest line prefix, plus the most
 * emphasis delimiters in one paragraph, plus every tag and bracket. Only the few
 * levels that need no mark of their own (the rows and cells of tables, a paragraph,
 * its text) go deeper. Text in code counts too, which only makes the bound higher.
 * `line` is where the marks first passed `MAX_MARKS`, if they did.
 */
export function nestingMarks(body: string): { marks: number; line?: number } {
  let prefix = 0;
  let delimiters = 0;
  let paragraph = 0;
  let openers = 0;
  let line: number | undefined;
  body.split('\n').forEach((text, index) => {
    prefix = Math.max(prefix, (LINE_PREFIX.exec(text)?.[0] ?? '').replace(/\t/g, '    ').length);
    paragraph = text.trim() === '' ? 0 : paragraph + (text.match(INLINE_DELIMITER)?.length ?? 0);
    delimiters = Math.max(delimiters, paragraph);
    openers += text.match(OPENER)?.length ?? 0;
    if (line === undefined && prefix + delimiters + openers > MAX_MARKS) line = index + 1;
  });
  return { marks: prefix + delimiters + openers, ...(line === undefined ? {} : { line }) };
}

/** The text bound as a problem, at the line where it passed `MAX_MARKS`; null below it. */
export function marksProblem(body: string): DepthProblem | null {
  const { marks, line } = nestingMarks(body);
  if (line === undefined) return null;
  return {
    line,
    column: 1,
    message: `has ${marks} marks that can each nest a level (>, list markers, *, _, ~, tags and brackets), more than the ${MAX_MARKS} a body may have`,
    fix: `${FLATTEN}; put a long log or data dump in a file under public/ and link to it`,
  };
}

/**
 * Operators and words that each let a { } expression nest one more level in oxc's
 * recursive descent without a bracket: unary `!`, `~`, `+`, `-`, `typeof`, `void`,
 * `delete`, `await`, `new`, and the right-nested `=`, `**`, `? :` and `=>`. Around
 * 16,000 of them in one expression crash Sätteri (`{!!!…1}`, `{a=a=…1}`); a worker
 * thread's smaller stack halves that. No bracket is needed, so `MAX_MARKS` cannot see
 * them, and a string in the expression can hide its closing brace, so they are counted
 * from the first unescaped `{` to the end of the body.
 */
export const MAX_EXPRESSION_OPERATORS = 4_000;

const EXPRESSION_OPERATOR = /[!~+\-=?:*]|\b(?:typeof|void|delete|await|new|yield|async)\b/g;
// A `{` that no backslash escapes: where an expression can start.
const EXPRESSION_START = /(?<!\\)(?:\\\\)*\{/;

/** Expression operators after the first unescaped `{`, as a problem at the line where they pass the limit. */
export function expressionOperatorsProblem(body: string): DepthProblem | null {
  const start = EXPRESSION_START.exec(body);
  if (!start) return null;
  const lines = body.slice(start.index).split('\n');
  const firstLine = body.slice(0, start.index).split('\n').length;
  let operators = 0;
  for (const [index, text] of lines.entries()) {
    operators += text.match(EXPRESSION_OPERATOR)?.length ?? 0;
    if (operators > MAX_EXPRESSION_OPERATORS) {
      return {
        line: firstLine + index,
        column: 1,
        message: `has more than ${MAX_EXPRESSION_OPERATORS} operators (!, ~, +, -, =, ?, :, * and words like typeof or new) after a {, which a { } expression could nest`,
        fix: 'write a literal { or } as \\{ or \\}; put a long log or data dump in a file under public/ and link to it',
      };
    }
  }
  return null;
}

interface Node {
  type: string;
  position?: { start: Position } | undefined;
  children?: unknown;
}

/** The first node nested deeper than `MAX_DEPTH` in `tree`, found without recursion. */
export function depthProblem(tree: Node): DepthProblem | null {
  // Some nodes (the line breaks between blocks) have no position: they take their parent's.
  const stack: { node: Node; depth: number; at: Position }[] = [{ node: tree, depth: 0, at: { line: 1, column: 1 } }];
  while (stack.length > 0) {
    const { node, depth, at: parentAt } = stack.pop() as (typeof stack)[number];
    const at = node.position?.start ?? parentAt;
    if (depth > MAX_DEPTH) return { line: at.line, column: at.column, message: `nests more than ${MAX_DEPTH} levels deep here`, fix: FLATTEN };
    const children = Array.isArray(node.children) ? (node.children as Node[]) : [];
    // Reversed, so the first deep node in reading order is found first.
    for (let index = children.length - 1; index >= 0; index--) {
      stack.push({ node: children[index] as Node, depth: depth + 1, at });
    }
  }
  return null;
}
