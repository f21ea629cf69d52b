/**
 * Validates everything under content/ before Astro runs, so a writer's mistake fails
 * fast with file, line, field and fix, all problems at once.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { z } from 'astro/zod';
import { parseYaml, splitFrontmatter, type ParsedFrontmatter } from './frontmatter';
import {
  componentsFileSchema,
  incidentSchema,
  maintenanceSchema,
  type ComponentsFile,
  type SchemaContext,
} from './schemas';

export interface ContentProblem {
  file: string;
  line: number;
  column: number;
  field: string;
  message: string;
}

export const CONTENT_PATHS = {
  components: 'content/components.yaml',
  incidents: 'content/incidents',
  maintenance: 'content/maintenance',
} as const;

const SLUG_PATTERN = /^[a-z0-9][a-z0-9-]*$/;

/** `path:line:column  field  message`, the shape editors and CI logs link to. */
export function formatProblem(problem: ContentProblem): string {
  return `${problem.file}:${problem.line}:${problem.column}  ${problem.field}  ${problem.message}`;
}

/** `updates[2].at` */
export function fieldName(path: readonly PropertyKey[]): string {
  return path.reduce<string>((name, segment) => {
    if (typeof segment === 'number') return `${name}[${segment}]`;
    return name ? `${name}.${String(segment)}` : String(segment);
  }, '');
}

/** Turns one zod issue into a sentence a writer can act on. */
export function describeIssue(issue: z.core.$ZodIssue): { path: PropertyKey[]; message: string } {
  const path = [...issue.path];
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) {
        return { path, message: `is missing; add "${String(path.at(-1) ?? 'it')}:" with a ${issue.expected} value` };
      }
      return { path, message: `must be a ${issue.expected}, not ${describeValue(issue.input)}` };
    case 'invalid_value':
      return {
        path,
        message: `${describeValue(issue.input)} is not allowed; use one of: ${issue.values.map(String).join(', ')}`,
      };
    case 'unrecognized_keys': {
      const key = issue.keys[0] ?? '';
      return {
        path: [...path, key],
        message: `unknown field "${issue.keys.join('", "')}"; check the spelling or remove it`,
      };
    }
    default:
      return { path, message: issue.message };
  }
}

function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  if (typeof value === 'string') return `"${value}"`;
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return String(value);
}

function problemsFromYaml(file: string, parsed: ParsedFrontmatter): ContentProblem[] {
  return parsed.errors.map(({ position, message }) => ({
    file,
    ...position,
    field: '(yaml)',
    message: `YAML syntax error: ${message}; check indentation, colons and quotes on this line`,
  }));
}

function validate<T>(
  file: string,
  parsed: ParsedFrontmatter,
  schema: z.ZodType<T>,
): { data?: T; problems: ContentProblem[] } {
  if (parsed.errors.length > 0) return { problems: problemsFromYaml(file, parsed) };
  const result = schema.safeParse(parsed.data ?? {}, { reportInput: true });
  if (result.success) return { data: result.data, problems: [] };
  const problems = result.error.issues.map((issue) => {
    const { path, message } = describeIssue(issue);
    return { file, ...parsed.locate(path), field: fieldName(path) || '(frontmatter)', message };
  });
  return { problems };
}

async function listFiles(directory: string): Promise<string[]> {
  try {
    return (await readdir(directory)).filter((name) => !name.startsWith('.')).sort();
  } catch {
    return [];
  }
}

function componentIdsOf(file: ComponentsFile | undefined): string[] {
  return file?.groups.flatMap((group) => group.components.map((component) => component.id)) ?? [];
}

/** Checks one MDX entry file: name, frontmatter fence, YAML and schema. */
function checkEntry<T>(file: string, source: string, schema: z.ZodType<T>): ContentProblem[] {
  const name = file.split('/').at(-1) ?? file;
  const problems: ContentProblem[] = [];
  if (!name.endsWith('.mdx')) {
    return [{ file, line: 1, column: 1, field: '(file name)', message: 'only .mdx files are read here; rename it to end in .mdx' }];
  }
  if (!SLUG_PATTERN.test(name.slice(0, -4))) {
    problems.push({
      file, line: 1, column: 1, field: '(file name)',
      message: 'the file name becomes the URL; use lowercase letters, digits and hyphens, like 2026-01-12-smartfren-delays.mdx',
    });
  }
  const split = splitFrontmatter(source);
  if (!split) {
    problems.push({
      file, line: 1, column: 1, field: '(frontmatter)',
      message: 'no frontmatter found; start the file with a line "---", the fields, then another "---"',
    });
    return problems;
  }
  return [...problems, ...validate(file, parseYaml(split.yaml, split.firstLine), schema).problems];
}

/** Every problem in the content folder under `root`, judged at the build clock `now`. */
export async function checkContent(root: string, now: Date): Promise<ContentProblem[]> {
  const problems: ContentProblem[] = [];
  const componentsPath = join(root, CONTENT_PATHS.components);
  let componentsSource: string | undefined;
  try {
    componentsSource = await readFile(componentsPath, 'utf8');
  } catch {
    problems.push({
      file: CONTENT_PATHS.components, line: 1, column: 1, field: '(file)',
      message: 'missing; create it with your component groups (see README, "Components")',
    });
  }
  let components: ComponentsFile | undefined;
  if (componentsSource !== undefined) {
    const checked = validate(CONTENT_PATHS.components, parseYaml(componentsSource), componentsFileSchema);
    components = checked.data;
    problems.push(...checked.problems);
  }
  const context: SchemaContext = { componentIds: componentIdsOf(components), now };
  const collections = [
    { directory: CONTENT_PATHS.incidents, schema: incidentSchema(context) },
    { directory: CONTENT_PATHS.maintenance, schema: maintenanceSchema(context) },
  ];
  for (const { directory, schema } of collections) {
    for (const name of await listFiles(join(root, directory))) {
      const path = join(root, directory, name);
      const source = await readFile(path, 'utf8');
      problems.push(...checkEntry(relative(root, path), source, schema as z.ZodType<unknown>));
    }
  }
  return problems;
}
