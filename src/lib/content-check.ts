/**
 * Validates everything under content/ before Astro runs, so a writer's mistake fails
 * fast with file, line, field and fix, all problems at once.
 */
import { statSync } from 'node:fs';
import { lstat, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { z } from 'astro/zod';
import { toOneLine } from './control-characters.ts';
import { MAX_ENTRY_BYTES, MAX_YAML_BYTES, readContentFile, type FileProblem } from './content-read.ts';
import { splitFix, type Explained } from './fix.ts';
import { parseYaml, splitFrontmatter, type ParsedFrontmatter } from './frontmatter.ts';
import { bodyProblems } from './mdx-body.ts';
import { metricsConfigSchema, type MetricsConfig } from './metrics/config.ts';
import { sampleProfilesSchema, type SampleProfile } from './metrics/sample.ts';
import {
  componentsFileSchema,
  incidentSchema,
  maintenanceSchema,
  MAX_ID_LENGTH,
  type ComponentsFile,
  type SchemaContext,
} from './schemas.ts';
import { siteConfigSchema, type SiteConfig, type SiteConfigContext } from './site-config.ts';
import type { IncidentInput, MaintenanceInput } from './types.ts';
import { unsafeEntries } from './unsafe-entries.ts';

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

export const CONTENT_PATHS = {
  components: 'content/components.yaml',
  incidents: 'content/incidents',
  maintenance: 'content/maintenance',
  metrics: 'content/metrics.yaml',
  metricsSample: 'content/metrics-sample.yaml',
  site: 'content/site.yaml',
} as const;

const SLUG_PATTERN = /^[a-z0-9][a-z0-9-]*$/;

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

/** Turns one zod issue into a sentence a writer can act on, and its fix. */
export function describeIssue(issue: z.core.$ZodIssue): { path: PropertyKey[] } & Explained {
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
      return { path: [...path, key], message: `unknown field "${issue.keys.join('", "')}"`, fix: 'check the spelling or remove it' };
    }
    default:
      return { path, ...(splitFix(issue.message) ?? explainPlain(issue)) };
  }
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

function fileProblem(file: string, { line, message, fix }: FileProblem): ContentProblem {
  return { file, line, column: 1, field: '(file)', message, fix };
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
    const { path, message, fix } = describeIssue(issue);
    return { file, ...parsed.locate(path), field: fieldName(path) || '(frontmatter)', message, fix };
  });
  return { problems };
}

/** Every name in `directory` but hidden ones; what each name is, the reading judges. */
async function listNames(directory: string): Promise<string[]> {
  try {
    // A link is named by the walk of content/; listing through it would read another folder.
    if (!(await lstat(directory)).isDirectory()) return [];
    return (await readdir(directory)).filter((name) => !name.startsWith('.')).sort();
  } catch {
    return [];
  }
}

function componentIdsOf(file: ComponentsFile | undefined): string[] {
  return file?.groups.flatMap((group) => group.components.map((component) => component.id)) ?? [];
}

/** Checks one MDX entry file: name, frontmatter fence, YAML, schema and MDX body. */
export function checkEntry<T>(file: string, source: string, schema: z.ZodType<T>): Checked<T> {
  const name = file.split('/').at(-1) ?? file;
  const problems: ContentProblem[] = [];
  if (!name.endsWith('.mdx')) {
    return {
      problems: [{ file, line: 1, column: 1, field: '(file name)', message: 'only .mdx files are read here', fix: 'rename it to end in .mdx' }],
    };
  }
  const slug = name.slice(0, -4);
  if (!SLUG_PATTERN.test(slug)) {
    problems.push({
      file, line: 1, column: 1, field: '(file name)',
      message: 'the file name becomes the URL, and this one has characters a URL should not',
      fix: 'use lowercase letters, digits and hyphens, like 2026-01-12-smartfren-delays.mdx',
    });
  } else if (slug.length > MAX_ID_LENGTH) {
    problems.push({
      file, line: 1, column: 1, field: '(file name)',
      message: `the file name becomes a folder and the URL, and is longer than ${MAX_ID_LENGTH} characters before .mdx`,
      fix: 'shorten it, like 2026-01-12-smartfren-delays.mdx',
    });
  }
  const split = splitFrontmatter(source);
  if (!split) {
    problems.push({
      file, line: 1, column: 1, field: '(frontmatter)',
      message: 'no frontmatter found',
      fix: 'start the file with a line "---", the fields, then another "---"',
    });
    return { problems };
  }
  const checked = validate(file, parseYaml(split.yaml, split.firstLine), schema);
  const body = bodyProblems(split.body, split.bodyLine).map((problem) => ({ file, ...problem }));
  return { data: checked.data, problems: [...problems, ...checked.problems, ...body] };
}

export type Checked<T> = { data?: T | undefined; problems: ContentProblem[] };

/** A checked YAML file, with its parse when it could be read, to place later problems. */
export type CheckedYaml<T> = Checked<T> & { parsed?: ParsedFrontmatter };

const YAML_TOO_BIG_FIX = 'this file should be a few KB: look for data pasted into it by mistake';
const ENTRY_TOO_BIG_FIX = 'keep the entry short: put long logs or analysis elsewhere and link to them';

/**
 * Reads and validates a YAML file under `root`. `fallback` stands in when the file is
 * optional and absent; `guide` names the docs page that shows how to write it.
 */
async function checkYamlFile<T>(
  root: string,
  file: string,
  schema: z.ZodType<T>,
  { fallback, guide = 'docs/writing-incidents.md' }: { fallback?: T; guide?: string } = {},
): Promise<CheckedYaml<T>> {
  const read = await readContentFile(join(root, file), MAX_YAML_BYTES, YAML_TOO_BIG_FIX);
  if (read.kind === 'problem') return { problems: [fileProblem(file, read.problem)] };
  if (read.kind === 'missing') {
    if (fallback !== undefined) return { data: fallback, problems: [] };
    return { problems: [{ file, line: 1, column: 1, field: '(file)', message: 'is missing', fix: `create it as ${guide} shows` }] };
  }
  const parsed = parseYaml(read.text);
  return { ...validate(file, parsed, schema), parsed };
}

async function checkEntries<T>(root: string, directory: string, schema: z.ZodType<T>) {
  const entries: { slug: string; data: T }[] = [];
  const problems: ContentProblem[] = [];
  for (const name of await listNames(join(root, directory))) {
    const file = `${directory}/${name}`;
    const read = await readContentFile(join(root, file), MAX_ENTRY_BYTES, ENTRY_TOO_BIG_FIX);
    if (read.kind === 'problem') problems.push(fileProblem(file, read.problem));
    // A name that vanished since the listing is simply no longer there.
    if (read.kind !== 'text') continue;
    const checked = checkEntry(file, read.text, schema);
    for (const problem of checked.problems) problems.push(problem);
    if (checked.data !== undefined && checked.problems.length === 0) entries.push({ slug: name.slice(0, -4), data: checked.data });
  }
  return { entries, problems };
}

/** Component ids named by metrics settings must exist, like those in incidents. */
function metricsReferenceProblems(
  file: string,
  references: { component: string; path: PropertyKey[] }[],
  componentIds: readonly string[],
  parsed: ParsedFrontmatter | undefined,
): ContentProblem[] {
  if (parsed === undefined) return [];
  return references
    .filter((reference) => !componentIds.includes(reference.component))
    .map((reference) => ({
      file,
      ...parsed.locate(reference.path),
      field: fieldName(reference.path),
      message: `unknown component "${reference.component}"`,
      fix: `use one of the ids in ${CONTENT_PATHS.components}: ${componentIds.join(', ')}`,
    }));
}

export interface LoadedContent {
  problems: ContentProblem[];
  components?: ComponentsFile | undefined;
  incidents: IncidentInput[];
  maintenance: MaintenanceInput[];
  metricsConfig?: MetricsConfig | undefined;
  sampleProfiles: SampleProfile[];
  site?: SiteConfig | undefined;
}

/** `content/components.yaml` under `root`, validated. */
export function loadComponents(root: string): Promise<CheckedYaml<ComponentsFile>> {
  return checkYamlFile(root, CONTENT_PATHS.components, componentsFileSchema);
}

/** What the site configuration under `root` may refer to: the files in its public/ folder. */
export function siteConfigContext(root: string): SiteConfigContext {
  return {
    publicFileExists: (path) => {
      try {
        return statSync(join(root, 'public', path), { throwIfNoEntry: false })?.isFile() ?? false;
      } catch {
        // A name too long, or a path through a file, names no file either.
        return false;
      }
    },
  };
}

/** `content/site.yaml` under `root`, validated (before any environment override). */
export function loadSiteConfig(root: string): Promise<CheckedYaml<SiteConfig>> {
  return checkYamlFile(root, CONTENT_PATHS.site, siteConfigSchema(siteConfigContext(root)), { guide: 'docs/configuration.md' });
}

/** The schema context for content under `root`: its component ids and the clock. */
export function schemaContext(components: ComponentsFile | undefined, now: Date): SchemaContext {
  return { componentIds: componentIdsOf(components), now };
}

/** Everything in the content folder under `root`, validated at the build clock `now`. */
export async function loadContent(root: string, now: Date): Promise<LoadedContent> {
  const components = await loadComponents(root);
  const site = await loadSiteConfig(root);
  const context = schemaContext(components.data, now);
  const incidents = await checkEntries(root, CONTENT_PATHS.incidents, incidentSchema(context));
  const maintenance = await checkEntries(root, CONTENT_PATHS.maintenance, maintenanceSchema(context));
  const metricsConfig = await checkYamlFile(root, CONTENT_PATHS.metrics, metricsConfigSchema, { fallback: metricsConfigSchema.parse({}) });
  const sample = await checkYamlFile(root, CONTENT_PATHS.metricsSample, sampleProfilesSchema, { fallback: { series: [] } });
  const references = (metricsConfig.data?.thresholds ?? []).map((threshold, index) => ({ component: threshold.component, path: ['thresholds', index, 'component'] }));
  const queryReferences = (site.data?.metrics.source.kind === 'prometheus' ? site.data.metrics.source.queries : []).map((query, index) => ({
    component: query.component,
    path: ['metrics', 'source', 'queries', index, 'component'],
  }));
  const sampleReferences = (sample.data?.series ?? []).map((series, index) => ({ component: series.component, path: ['series', index, 'component'] }));
  const problems = [
    ...components.problems,
    ...incidents.problems,
    ...maintenance.problems,
    ...metricsConfig.problems,
    ...sample.problems,
    ...site.problems,
    ...(components.data
      ? [
          ...metricsReferenceProblems(CONTENT_PATHS.site, queryReferences, context.componentIds, site.parsed),
          ...metricsReferenceProblems(CONTENT_PATHS.metrics, references, context.componentIds, metricsConfig.parsed),
          ...metricsReferenceProblems(CONTENT_PATHS.metricsSample, sampleReferences, context.componentIds, sample.parsed),
        ]
      : []),
  ];
  // A link the reading above already named is not named twice.
  const named = new Set(problems.map((problem) => problem.file));
  const unsafe = (await unsafeEntries(root)).filter((entry) => !named.has(entry.file));
  return {
    problems: [...problems, ...unsafe.map(({ file, message, fix }) => fileProblem(file, { line: 1, message, fix }))],
    components: components.data,
    incidents: incidents.entries.map(({ slug, data }) => ({ slug, ...data })),
    maintenance: maintenance.entries.map(({ slug, data }) => ({ slug, ...data })),
    metricsConfig: metricsConfig.data,
    sampleProfiles: sample.data?.series ?? [],
    site: site.data,
  };
}

/** Every problem in the content folder under `root`, judged at the build clock `now`. */
export async function checkContent(root: string, now: Date): Promise<ContentProblem[]> {
  return (await loadContent(root, now)).problems;
}
