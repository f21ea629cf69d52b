import { dictionary } from '../../src/lib/i18n/dictionary';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as satteri from 'satteri';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_DEPTH, MAX_EXPRESSION_OPERATORS, MAX_MARKS, nestingMarks } from '../../src/lib/markup/body-nesting';
import { checkEntry } from '../../src/lib/content/check';
import { formatProblem } from '../../src/lib/content/problems';
import { splitFrontmatter } from '../../src/lib/content/frontmatter';
import { bodyProblems, renderBody } from '../../src/lib/markup/mdx-body';
import { incidentSchema } from '../../src/lib/content/schemas';

const CALLOUTS = dictionary('en').callout;

vi.mock('satteri', async (importOriginal) => {
  const original = await importOriginal<typeof import('satteri')>();
  return { ...original, mdxToHast: vi.fn(original.mdxToHast) };
});

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const FLATTEN = 'put fewer blockquotes, lists, emphasis or tags inside each other';
// A table, its body, row and cell, and the text in the cell: levels no mark opens.
const UNMARKED_LEVELS = 5;

/** Bodies that nest `n` levels of one construct, each in the writer's own syntax. */
const SHAPES: Record<string, (n: number) => string> = {
  blockquotes: (n) => `${'>'.repeat(n)} deep\n`,
  'blockquotes with spaces': (n) => `${'> '.repeat(n)}deep\n`,
  'indented lists': (n) => `${Array.from({ length: n }, (_, i) => `${'  '.repeat(i)}- item`).join('\n')}\n`,
  'tab-indented lists': (n) => `${Array.from({ length: n }, (_, i) => `${'\t'.repeat(i)}- item`).join('\n')}\n`,
  'lists on one line': (n) => `${'- '.repeat(n)}item\n`,
  'ordered lists on one line': (n) => `${'1. '.repeat(n)}item\n`,
  'quotes in lists': (n) => `${'- > '.repeat(n)}item\n`,
  emphasis: (n) => `${'*a '.repeat(n)}x${'*'.repeat(n)}\n`,
  'underscore emphasis': (n) => `${'_a '.repeat(n)}x${'_'.repeat(n)}\n`,
  'strong emphasis': (n) => `${'**a '.repeat(n)}x${'**'.repeat(n)}\n`,
  'one run of stars': (n) => `${'**'.repeat(n)}x${'**'.repeat(n)}\n`,
  'emphasis over lines': (n) => `${'*a\n'.repeat(n)}x${'*'.repeat(n)}\n`,
  strikethrough: (n) => `${'~~a '.repeat(n)}x${'~~'.repeat(n)}\n`,
  'links around emphasis': (n) => `${'[*a '.repeat(n)}x${'*](/a)'.repeat(n)}\n`,
  'inline tags': (n) => `${'<sup>'.repeat(n)}x${'</sup>'.repeat(n)}\n`,
  'details on one line': (n) => `${'<details>'.repeat(n)}x${'</details>'.repeat(n)}\n`,
  'details on their own lines': (n) => `${'<details>\n\n'.repeat(n)}x\n\n${'</details>\n\n'.repeat(n)}`,
  callouts: (n) => `${'<Callout>\n\n'.repeat(n)}x\n\n${'</Callout>\n\n'.repeat(n)}`,
  'footnote definitions': (n) => `x[^a]\n\n${Array.from({ length: n }, (_, i) => `[^${String.fromCharCode(97 + (i % 26))}${i}]: `).join('')}deep\n`,
};

/** How many nodes deep the parsed tree goes, counted without recursion. */
function treeDepth(body: string): number {
  let deepest = 0;
  const stack: { node: { children?: unknown }; depth: number }[] = [{ node: satteri.mdxToHast(body) as { children?: unknown }, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop() as { node: { children?: unknown }; depth: number };
    deepest = Math.max(deepest, depth);
    for (const child of Array.isArray(node.children) ? node.children : []) stack.push({ node: child, depth: depth + 1 });
  }
  return deepest;
}

beforeEach(() => {
  vi.mocked(satteri.mdxToHast).mockClear();
});

describe('nestingMarks, the bound read from the text', () => {
  it.each(Object.entries(SHAPES))('is never below the depth Sätteri builds, but for the levels that need no mark: %s', (_, shape) => {
    for (const n of [1, 7, 60, 400]) {
      const body = shape(n);
      expect(nestingMarks(body).marks + UNMARKED_LEVELS, `${n} levels`).toBeGreaterThanOrEqual(treeDepth(body));
    }
  });

  it('leaves unmarked no more than a table, its cell and the text in it', () => {
    expect(treeDepth('| a |\n| - |\n| x |\n') - nestingMarks('| a |\n| - |\n| x |\n').marks).toBe(UNMARKED_LEVELS);
  });

  it('counts tags and brackets in code too, so code cannot hide them', () => {
    expect(nestingMarks('```\n<details>(\n```\n').marks).toBeGreaterThanOrEqual(2);
  });

  it('stays far below the limit for every sample incident and maintenance body', () => {
    for (const folder of ['content/incidents', 'content/maintenance']) {
      for (const name of readdirSync(join(REPO, folder))) {
        const body = splitFrontmatter(readFileSync(join(REPO, folder, name), 'utf8'))?.body ?? '';
        expect(nestingMarks(body).marks, name).toBeLessThan(MAX_MARKS / 10);
      }
    }
  });
});

describe('a body nested deeper than the limit', () => {
  // Sätteri nests neither: each strikethrough and footnote stands on its own.
  it.each(Object.entries(SHAPES).filter(([name]) => !['strikethrough', 'footnote definitions'].includes(name)))(
    'is a content problem at its line, with no HTML: %s',
    (_, shape) => {
      const body = `Intro.\n\n${shape(MAX_DEPTH + 20)}`;
      const { html, problems } = renderBody(body, 6, CALLOUTS);
      expect(html).toBe('');
      expect(problems).toEqual([expect.objectContaining({ field: '(mdx)', message: `nests more than ${MAX_DEPTH} levels deep here`, fix: FLATTEN })]);
      expect(problems[0]?.line).toBeGreaterThanOrEqual(8);
    },
  );

  it('is reported at the line of the first level too deep', () => {
    const body = `Intro.\n\n${'<details>\n'.repeat(MAX_DEPTH + 5)}x\n${'</details>\n'.repeat(MAX_DEPTH + 5)}`;
    expect(bodyProblems(body, 10)).toEqual([{ line: 12 + MAX_DEPTH, column: 1, field: '(mdx)', message: `nests more than ${MAX_DEPTH} levels deep here`, fix: FLATTEN }]);
  });

  it('is reported once, at the first place in reading order that nests too deeply', () => {
    const deep = `${'>'.repeat(MAX_DEPTH + 5)} deep`;
    expect(bodyProblems(`Intro.\n\n${deep}\n\nMiddle.\n\n${deep}\n`, 1).map(({ line }) => line)).toEqual([3]);
  });

  it('renders when it stays within the limit', () => {
    const { html, problems } = renderBody(`${'>'.repeat(MAX_DEPTH - 3)} deep\n\n- a\n  - b\n    <Callout>\n    - c\n    </Callout>\n`, 1, CALLOUTS);
    expect(problems).toEqual([]);
    expect(html.match(/<blockquote>/g)).toHaveLength(MAX_DEPTH - 3);
  });

  it('is named with its file by the content check', () => {
    const source = `---\ntitle: Deep\nimpact: minor\nupdates:\n  - at: 2026-11-01T08:00:00Z\n    status: investigating\n    message: Looking.\n---\n\n${'>'.repeat(MAX_MARKS + 100)} deep\n`;
    const { problems } = checkEntry('content/incidents/deep.mdx', source, incidentSchema({ componentIds: [], now: new Date('2026-11-28T00:00:00Z') }));
    expect(problems.map(formatProblem)).toEqual([
      `content/incidents/deep.mdx:10:1  (mdx)  has ${MAX_MARKS + 101} marks that can each nest a level (>, list markers, *, _, ~, tags and brackets), more than the ${MAX_MARKS} a body may have  (${FLATTEN}; put a long log or data dump in a file under public/ and link to it)`,
    ]);
  });
});

describe('a body with more nesting marks than the parser can safely take', () => {
  it.each([
    ...Object.entries(SHAPES).map(([name, shape]): [string, string] => [name, shape(MAX_MARKS + 100)]),
    ['brackets in an expression', `{${'('.repeat(MAX_MARKS + 100)}1${')'.repeat(MAX_MARKS + 100)}}\n`],
    ['template literals in an expression', `{${'`${'.repeat(MAX_MARKS + 100)}1${'}`'.repeat(MAX_MARKS + 100)}}\n`],
    ['a tag attribute expression', `<abbr title={${'['.repeat(MAX_MARKS + 100)}${']'.repeat(MAX_MARKS + 100)}}>x</abbr>\n`],
  ])('is refused from its text, before it is parsed: %s', (_, body) => {
    const problems = bodyProblems(body, 3);
    expect(problems).toEqual([expect.objectContaining({ field: '(mdx)', column: 1, message: expect.stringMatching(/^has \d+ marks that can each nest a level/) })]);
    expect(satteri.mdxToHast).not.toHaveBeenCalled();
  });

  it('is refused at the line where the marks pass the limit', () => {
    const body = `Intro.\n\n${'<sup>x</sup>\n'.repeat(MAX_MARKS + 10)}`;
    expect(bodyProblems(body, 20)[0]?.line).toBe(20 + 2 + MAX_MARKS);
  });

  it.each([
    ['prefix operators', `{${'!'.repeat(MAX_EXPRESSION_OPERATORS + 1)}1}\n`],
    ['a closing brace hidden in a string', `{'}' + ${'-'.repeat(MAX_EXPRESSION_OPERATORS + 1)}1}\n`],
    ['keywords over many lines', `Intro.\n\n{\n${'typeof\n'.repeat(MAX_EXPRESSION_OPERATORS + 1)}1}\n`],
  ])('is refused from its text when an expression could nest on operators alone: %s', (_, body) => {
    expect(bodyProblems(body, 3)).toEqual([
      expect.objectContaining({ field: '(mdx)', message: expect.stringMatching(new RegExp(`^has more than ${MAX_EXPRESSION_OPERATORS} operators`)) }),
    ]);
    expect(satteri.mdxToHast).not.toHaveBeenCalled();
  });

  it('counts operators only after a brace that can open an expression', () => {
    const body = `Escaped \\{ braces \\} are text.\n\n${'a: b - c\n'.repeat(MAX_EXPRESSION_OPERATORS)}`;
    expect(bodyProblems(body, 1)).toEqual([]);
    expect(bodyProblems(`${body}{1}\n`, 1)).toEqual([expect.objectContaining({ message: expect.stringMatching(/^a \{ … \} expression runs code/) })]);
    expect(bodyProblems(`{1}\n\n${body}`, 1)).toEqual([expect.objectContaining({ line: 5 + MAX_EXPRESSION_OPERATORS / 2 })]);
  });

  it('stays far below the operator limit for every sample body', () => {
    for (const folder of ['content/incidents', 'content/maintenance']) {
      for (const name of readdirSync(join(REPO, folder))) {
        const body = splitFrontmatter(readFileSync(join(REPO, folder, name), 'utf8'))?.body ?? '';
        expect(bodyProblems(`{/* */}\n\n${body}${body}${body}${body}${body}`, 1), name).toEqual([]);
      }
    }
  });

  // Each of these kills a process that parses it (SIGSEGV in Sätteri's native code),
  // so each runs in a child of its own: the test sees the crash instead of dying of it.
  it.each([
    ['20,000 brackets in an expression', `'{' + '('.repeat(20_000) + '1' + ')'.repeat(20_000) + '}'`],
    ['4,000 objects in an expression', `'{' + '({a:'.repeat(4_000) + '1' + '})'.repeat(4_000) + '}'`],
    ['400,000 levels of emphasis', `'*a '.repeat(400_000) + 'x' + '*'.repeat(400_000)`],
    ['60,000 prefix operators', `'{' + '!'.repeat(60_000) + '1}'`],
    ['40,000 assignments', `'{' + 'a='.repeat(40_000) + '1}'`],
  ])('leaves the check running and reports a problem: %s', (_, expression) => {
    const script = `import { bodyProblems } from ${JSON.stringify(join(REPO, 'src/lib/markup/mdx-body.ts'))};\nconsole.log(JSON.stringify(bodyProblems(${expression} + '\\n', 1)));`;
    const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', timeout: 60_000 });
    expect(child.signal, child.stderr).toBeNull();
    expect(child.status, child.stderr).toBe(0);
    expect(JSON.parse(child.stdout)).toEqual([expect.objectContaining({ line: 1, message: expect.stringMatching(/^has (\d+ marks|more than \d+ operators)/) })]);
  }, 60_000);
});
