/**
 * Validates everything under content/ before Astro runs, so a writer's mistake fails
 * fast with file, line, field and fix, all problems at once.
 */
import { statSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { z } from 'astro/zod';
import { splitFix, type Explained } from './fix.ts';
import { parseYaml, splitFrontmatter, type ParsedFrontmatter } from './frontmatter.ts';
import { bodyProblems } from './mdx-body.ts';
import { metricsConfigSchema, type MetricsConfig } from './metrics/config.ts';
import { sampleProfilesSchema, type SampleProfile } from './metrics/sample.ts';
import {
  componentsFileSchema,
  incidentSchema,
  maintenanceSchema,
  type ComponentsFile,
  type SchemaContext,
} from './schemas.ts';
import { siteConfigSchema, type SiteConfig, type SiteConfigContext } from './site-config.ts';
import type { IncidentInput, MaintenanceInput } from './types.ts';

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

/** `path:line:column  field  message  (fix)`, the shape editors and CI logs link to. */
export function formatProblem(problem: ContentProblem): string {
  return `${problem.file}:${problem.line}:${problem.column}  ${problem.field}  ${problem.message}  (${problem.fix})`;
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

/** Rules written without a fix (zod's defaults, the metrics settings) still get one. */
function explainPlain(issue: z.core.$ZodIssue): Explained {
  if (issue.code === 'too_small' && issue.origin === 'array') {
    return { message: `has fewer than ${String(issue.minimum)} item(s)`, fix: `list at least ${String(issue.minimum)}` };
  }
  if (issue.code === 'too_small' && issue.origin === 'string') {
    return { message: 'is too short', fix: `write at least ${String(issue.minimum)} character(s)` };
  }
  return { message: issue.message, fix: 'see README.md for what this field takes' };
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
    message: `YAML syntax error: ${message}`,
    fix: 'check indentation, colons and quotes on this line',
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
    const { path, message, fix } = describeIssue(issue);
    return { file, ...parsed.locate(path), field: fieldName(path) || '(frontmatter)', message, fix };
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

/** Checks one MDX entry file: name, frontmatter fence, YAML, schema and MDX body. */
export function checkEntry<T>(file: string, source: string, schema: z.ZodType<T>): Checked<T> {
  const name = file.split('/').at(-1) ?? file;
  const problems: ContentProblem[] = [];
  if (!name.endsWith('.mdx')) {
    return {
      problems: [{ file, line: 1, column: 1, field: '(file name)', message: 'only .mdx files are read here', fix: 'rename it to end in .mdx' }],
    };
  }
  if (!SLUG_PATTERN.test(name.slice(0, -4))) {
    problems.push({
      file, line: 1, column: 1, field: '(file name)',
      message: 'the file name becomes the URL, and this one has characters a URL should not',
      fix: 'use lowercase letters, digits and hyphens, like 2026-01-12-smartfren-delays.mdx',
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

/**
 * Reads and validates a YAML file under `root`. `fallback` stands in when the file is
 * optional and absent; `guide` names the README section that shows how to write it.
 */
async function checkYamlFile<T>(
  root: string,
  file: string,
  schema: z.ZodType<T>,
  { fallback, guide = 'Writing content' }: { fallback?: T; guide?: string } = {},
): Promise<Checked<T>> {
  let source: string;
  try {
    source = await readFile(join(root, file), 'utf8');
  } catch {
    if (fallback !== undefined) return { data: fallback, problems: [] };
    return { problems: [{ file, line: 1, column: 1, field: '(file)', message: 'is missing', fix: `create it as "${guide}" in README.md shows` }] };
  }
  const parsed = parseYaml(source);
  return validate(file, parsed, schema);
}

async function checkEntries<T>(root: string, directory: string, schema: z.ZodType<T>) {
  const entries: { slug: string; data: T }[] = [];
  const problems: ContentProblem[] = [];
  for (const name of await listFiles(join(root, directory))) {
    const path = join(root, directory, name);
    const checked = checkEntry(relative(root, path), await readFile(path, 'utf8'), schema);
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
  source: string | undefined,
): ContentProblem[] {
  if (source === undefined) return [];
  const parsed = parseYaml(source);
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
export function loadComponents(root: string): Promise<Checked<ComponentsFile>> {
  return checkYamlFile(root, CONTENT_PATHS.components, componentsFileSchema);
}

/** What the site configuration under `root` may refer to: the files in its public/ folder. */
export function siteConfigContext(root: string): SiteConfigContext {
  return { publicFileExists: (path) => statSync(join(root, 'public', path), { throwIfNoEntry: false })?.isFile() ?? false };
}

/** `content/site.yaml` under `root`, validated (before any environment override). */
export function loadSiteConfig(root: string): Promise<Checked<SiteConfig>> {
  return checkYamlFile(root, CONTENT_PATHS.site, siteConfigSchema(siteConfigContext(root)), { guide: 'Configuration' });
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
  const readOptional = (file: string) => readFile(join(root, file), 'utf8').catch(() => undefined);
  return {
    problems: [
      ...components.problems,
      ...incidents.problems,
      ...maintenance.problems,
      ...metricsConfig.problems,
      ...sample.problems,
      ...site.problems,
      ...(components.data
        ? [
            ...metricsReferenceProblems(CONTENT_PATHS.site, queryReferences, context.componentIds, await readOptional(CONTENT_PATHS.site)),
            ...metricsReferenceProblems(CONTENT_PATHS.metrics, references, context.componentIds, await readOptional(CONTENT_PATHS.metrics)),
            ...metricsReferenceProblems(CONTENT_PATHS.metricsSample, sampleReferences, context.componentIds, await readOptional(CONTENT_PATHS.metricsSample)),
          ]
        : []),
    ],
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
