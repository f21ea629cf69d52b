/**
 * Turns an entry's MDX body into HTML once, at content sync, with Sätteri (the
 * compiler @astrojs/mdx uses). Bodies never become JavaScript modules: a build with
 * thousands of incidents would otherwise bundle thousands of modules. The same pass
 * reports what it cannot render, at its line in the whole file, for `npm run check`:
 * tags, expressions, URLs the link policy refuses, and nesting too deep to parse or
 * walk safely (checked before either happens).
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { mdxToHast, type HastNode } from 'satteri';
import { placeElement } from './body-elements.ts';
import { depthProblem, expressionOperatorsProblem, marksProblem } from './body-nesting.ts';
import type { Position } from '../content/frontmatter.ts';
import { findHtmlHabits } from './html-habits.ts';
import { urlProblem, type UrlUse } from './link-policy.ts';
import { BODY_COMPONENTS, type AttributeRule, type CalloutLabels } from './mdx-components.ts';
import { dictionary } from '../i18n/dictionary.ts';

interface BodyProblem extends Position {
  field: '(mdx)';
  message: string;
  fix: string;
}

interface RenderedBody {
  html: string;
  problems: BodyProblem[];
}

/** Sätteri's errors read `line:column: what (rule-id)`, positions in the body. */
const LOCATED = /^(\d+):(\d+): ([\s\S]*?)(?: \([a-z-]+:[a-z-]+\))?$/;
const TAGS = Object.keys(BODY_COMPONENTS).map((name) => `<${name}>`).join(', ');
const COMMENT_ONLY = /^\s*\/\*[\s\S]*\*\/\s*$/;

/** Any language's headings do for a check that keeps no HTML: only the problems matter there. */
const CHECK_LABELS: CalloutLabels = dictionary().callout;

/** Renders `body`, which starts on line `bodyLine` of its file, with `labels` in the body's language. */
export function renderBody(body: string, bodyLine: number, labels: CalloutLabels): RenderedBody {
  const { root, problems } = convertBody(body, bodyLine, labels);
  return { html: root && problems.length === 0 ? toHtml(root) : '', problems };
}

/** What `renderBody` would report, without writing the HTML: the content check needs no more. */
export function bodyProblems(body: string, bodyLine: number): BodyProblem[] {
  return convertBody(body, bodyLine, CHECK_LABELS).problems;
}

function convertBody(written: string, bodyLine: number, labels: CalloutLabels): { root: Root | null; problems: BodyProblem[] } {
  const toFileLine = (line: number) => line + bodyLine - 1;
  const atFileLine = ({ line, ...problem }: Omit<BodyProblem, 'field'>): BodyProblem => ({ line: toFileLine(line), ...problem, field: '(mdx)' });
  const tooManyMarks = marksProblem(written) ?? expressionOperatorsProblem(written);
  if (tooManyMarks) return { root: null, problems: [atFileLine(tooManyMarks)] };
  // HTML habits are named in plain words; the rest of the body is still parsed for other problems.
  const { habits, rest } = findHtmlHabits(written);
  const { root, problems } = convertParsed(rest, toFileLine, atFileLine, labels);
  return { root, problems: [...habits.map(atFileLine), ...problems].sort((a, b) => a.line - b.line || a.column - b.column) };
}

function convertParsed(
  body: string,
  toFileLine: (line: number) => number,
  atFileLine: (problem: Omit<BodyProblem, 'field'>) => BodyProblem,
  labels: CalloutLabels,
): { root: Root | null; problems: BodyProblem[] } {
  let tree: HastNode;
  try {
    tree = mdxToHast(body);
  } catch (error) {
    return { root: null, problems: [syntaxProblem(error, toFileLine)] };
  }
  const tooDeep = depthProblem(tree);
  if (tooDeep) return { root: null, problems: [atFileLine(tooDeep)] };
  const problems: BodyProblem[] = [];
  const report = (node: HastNode, message: string, fix: string) => {
    const start = node.position?.start ?? { line: 1, column: 1 };
    problems.push({ line: toFileLine(start.line), column: start.column, field: '(mdx)', message, fix });
  };
  return { root: { type: 'root', children: convertChildren(tree, { report, labels }) as RootContent[] }, problems };
}

type Report = (node: HastNode, message: string, fix: string) => void;

/** What a walk over the tree carries: where problems go, and the callout headings. */
interface Walk {
  report: Report;
  labels: CalloutLabels;
}

function convertChildren(node: HastNode, walk: Walk): ElementContent[] {
  const children = 'children' in node && Array.isArray(node.children) ? (node.children as HastNode[]) : [];
  return children.flatMap((child) => convert(child, walk));
}

function convert(node: HastNode, walk: Walk): ElementContent[] {
  const { report } = walk;
  switch (node.type) {
    case 'text':
    case 'comment':
      return [node as ElementContent];
    case 'element':
      checkUrls(node as Element, report);
      return [placeElement({ ...(node as Element), children: convertChildren(node, walk) })];
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      return convertTag(node as TagNode, walk);
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      if (!COMMENT_ONLY.test(String((node as { value?: unknown }).value ?? ''))) {
        report(node, 'a { … } expression runs code, and a status page body cannot', 'write a literal { or } as \\{ or \\}; a comment {/* … */} is fine');
      }
      return [];
    case 'mdxjsEsm':
      report(node, 'import and export lines are not read here', `remove the line: ${TAGS} work without an import`);
      return [];
    default:
      return [];
  }
}

const URL_PROPERTIES: Record<string, UrlUse> = { href: 'link', src: 'image' };

/** Reports each URL of `node` the link policy refuses; a body with any renders no HTML. */
function checkUrls(node: Element, report: Report): void {
  for (const [name, use] of Object.entries(URL_PROPERTIES)) {
    const value = node.properties[name];
    const problem = value === undefined ? null : urlProblem(String(value), use);
    if (problem) report(node as HastNode, problem.message, problem.fix);
  }
}

interface TagNode {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  name: string | null;
  attributes: { type: string; name?: string; value?: unknown }[];
  children: HastNode[];
  position?: HastNode['position'];
}

function convertTag(node: TagNode, walk: Walk): ElementContent[] {
  const { report } = walk;
  const children = convertChildren(node as HastNode, walk);
  const component = node.name ? BODY_COMPONENTS[node.name] : undefined;
  if (!component) {
    report(node as HastNode, `unknown tag <${node.name ?? ''}>`, `use one of ${TAGS}, or write a literal < as \\<`);
    return children;
  }
  const attributes: Record<string, string | true> = {};
  for (const attribute of node.attributes) {
    const name = attribute.name ?? '';
    const rule: AttributeRule | undefined = attribute.type === 'mdxJsxAttribute' ? component.attributes[name] : undefined;
    const value = attribute.value ?? true;
    const problem = attributeProblem(node.name ?? '', name, rule, value, Object.keys(component.attributes));
    if (problem) report(node as HastNode, problem.message, problem.fix);
    else attributes[name] = value as string | true;
  }
  return [component.render(attributes, children, walk.labels)];
}

function attributeProblem(tag: string, name: string, rule: AttributeRule | undefined, value: unknown, known: string[]) {
  const allowed = known.length === 0 ? 'it takes no attributes' : `it takes ${known.join(', ')}`;
  if (!rule) return { message: `<${tag}> has no attribute ${name ? `"${name}"` : '{…}'}`, fix: `remove it: ${allowed}` };
  if (rule === 'flag') return value === true ? null : { message: `<${tag} ${name}> takes no value`, fix: `write just ${name}` };
  if (typeof value !== 'string') return { message: `<${tag}> ${name} must be written in quotes`, fix: `write ${name}="…"` };
  if (rule !== 'text' && !rule.includes(value)) {
    return { message: `<${tag}> ${name}="${value}" is not one of ${rule.join(', ')}`, fix: `write ${name}="${rule[0]}"` };
  }
  return null;
}

function syntaxProblem(error: unknown, toFileLine: (line: number) => number): BodyProblem {
  const text = (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
  const located = LOCATED.exec(text);
  return {
    line: located ? toFileLine(Number(located[1])) : toFileLine(1),
    column: located ? Number(located[2]) : 1,
    field: '(mdx)',
    // Positions quoted inside the message are in the body too.
    message: `MDX syntax error: ${(located?.[3] ?? text).replace(/\((\d+):(\d+)\)/g, (_, line: string, column: string) => `(${toFileLine(Number(line))}:${column})`)}`,
    fix: 'close every tag you open, like <Callout>…</Callout>, and write a literal <, { or } as \\<, \\{ or \\}',
  };
}
