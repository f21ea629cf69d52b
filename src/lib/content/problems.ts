/**
 * A content problem and its one-line form, `file:line:column  field  message  (fix)`:
 * what the check, the build's gate, the dev server, the writer's commands and CI
 * annotations all print. Also turns zod issues and YAML errors into such problems.
 */
import type { z } from 'astro/zod';
import { toOneLine } from './control-characters.ts';
import type { FileProblem } from './read.ts';
import { splitFix, type Explained } from './fix.ts';
import type { ParsedFrontmatter } from './frontmatter.ts';
import { nearestName } from '../advice/nearest-name.ts';
import { knownKeys } from '../advice/schema-keys.ts';

export interface ContentProblem {
  file: string;
  line: number;
  column: number;
  field: string;
  /** What is wrong. */
  message: string;
  /** What to do about it. */
  fix: string;
}

export type Checked<T> = { data?: T | undefined; problems: ContentProblem[] };

/** A checked YAML file, with its parse when it could be read, to place later problems. */
export type CheckedYaml<T> = Checked<T> & { parsed?: ParsedFrontmatter };

/**
 * `path:line:column  field  message  (fix)`, the shape editors and CI logs link to. A
 * message may quote what the writer typed, so the line is made one line.
 */
export function formatProblem(problem: ContentProblem): string {
  return toOneLine(`${problem.file}:${problem.line}:${problem.column}  ${problem.field}  ${problem.message}  (${problem.fix})`);
}

/** `updates[2].at` */
export function fieldName(path: readonly PropertyKey[]): string {
  return path.reduce<string>((name, segment) => {
    if (typeof segment === 'number') return `${name}[${segment}]`;
    return name ? `${name}.${String(segment)}` : String(segment);
  }, '');
}

/**
 * Turns one zod issue into a sentence a writer can act on, and its fix. With the
 * `schema` that raised it, an unknown field is answered with the nearest known one.
 */
export function describeIssue(issue: z.core.$ZodIssue, schema?: z.ZodType): { path: PropertyKey[] } & Explained {
  const path = [...issue.path];
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) {
        return { path, message: 'is missing', fix: `add "${String(path.at(-1) ?? 'it')}:" with a ${issue.expected} value` };
      }
      return { path, message: `must be a ${issue.expected}, not ${describeValue(issue.input)}`, fix: `write a ${issue.expected} here` };
    case 'invalid_value':
      return {
        path,
        message: `${describeValue(issue.input)} is not allowed`,
        fix: `use one of: ${issue.values.map(String).join(', ')}`,
      };
    case 'unrecognized_keys': {
      const key = issue.keys[0] ?? '';
      return { path: [...path, key], message: `unknown field "${issue.keys.join('", "')}"`, fix: unknownFieldFix(key, schema ? knownKeys(schema, path) : []) };
    }
    default:
      return { path, ...(splitFix(issue.message) ?? explainPlain(issue)) };
  }
}

/** `id:sms` (no space after the colon) is one word to YAML. */
const JOINED_PAIR = /^([A-Za-z_][\w-]*):(\S.*)$/;

/** The field an unknown `key` was most likely meant to be: before a joined colon, or the nearest known name. */
function meantField(key: string, known: readonly string[]): string | undefined {
  return JOINED_PAIR.exec(key)?.[1] ?? nearestName(key, known);
}

function unknownFieldFix(key: string, known: readonly string[]): string {
  const [, name, value] = JOINED_PAIR.exec(key) ?? [];
  if (name && value) return `add a space after the colon: ${name}: ${value}`;
  const nearest = nearestName(key, known);
  return nearest ? `did you mean "${nearest}"?` : 'check the spelling or remove it';
}

/**
 * A misspelt field is also a missing one: `upates` leaves `updates` out. The line that
 * names the spelling says all of it, so the missing field is not reported again.
 */
function withoutMeantFields(issues: z.core.$ZodIssue[], schema: z.ZodType): z.core.$ZodIssue[] {
  const meant = new Set(
    issues.flatMap((issue) => {
      if (issue.code !== 'unrecognized_keys') return [];
      const field = meantField(issue.keys[0] ?? '', knownKeys(schema, issue.path));
      return field ? [fieldName([...issue.path, field])] : [];
    }),
  );
  return issues.filter((issue) => !(issue.code === 'invalid_type' && issue.input === undefined && meant.has(fieldName(issue.path))));
}

/** One problem per unknown field, each placed at its own line. */
function oneKeyEach(issue: z.core.$ZodIssue): z.core.$ZodIssue[] {
  if (issue.code !== 'unrecognized_keys' || issue.keys.length < 2) return [issue];
  return issue.keys.map((key) => ({ ...issue, keys: [key] }));
}

/** Rules written without a fix (zod's defaults, the metrics settings) still get one: where those settings are described. */
function explainPlain(issue: z.core.$ZodIssue): Explained {
  if (issue.code === 'too_small' && issue.origin === 'array') {
    return { message: `has fewer than ${String(issue.minimum)} item(s)`, fix: `list at least ${String(issue.minimum)}` };
  }
  if (issue.code === 'too_small' && issue.origin === 'string') {
    return { message: 'is too short', fix: `write at least ${String(issue.minimum)} character(s)` };
  }
  return { message: issue.message, fix: 'see docs/metrics.md for what this field takes' };
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
  return parsed.errors.map(({ position, message, fix }) => ({ file, ...position, field: '(yaml)', message, fix }));
}

export function fileProblem(file: string, { line, message, fix }: FileProblem): ContentProblem {
  return { file, line, column: 1, field: '(file)', message, fix };
}

/** `parsed` YAML checked against `schema`: its data, or every problem at its line. */
export function validate<T>(
  file: string,
  parsed: ParsedFrontmatter,
  schema: z.ZodType<T>,
): Checked<T> {
  if (parsed.errors.length > 0) return { problems: problemsFromYaml(file, parsed) };
  const result = schema.safeParse(parsed.data ?? {}, { reportInput: true });
  if (result.success) return { data: result.data, problems: [] };
  const problems = withoutMeantFields(result.error.issues.flatMap(oneKeyEach), schema).map((issue) => {
    const { path, message, fix } = describeIssue(issue, schema);
    return { file, ...parsed.locate(path), field: fieldName(path) || '(frontmatter)', message, fix };
  });
  return { problems };
}
