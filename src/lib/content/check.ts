/**
 * Validates everything under content/ before Astro runs, so a writer's mistake fails
 * fast with file, line, field and fix, all problems at once.
 */
import { readFileSync, statSync } from 'node:fs';
import { lstat, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { z } from 'astro/zod';
import {
  fieldName,
  fileProblem,
  formatProblem,
  validate,
  type Checked,
  type CheckedYaml,
  type ContentProblem,
} from './problems.ts';
import { CONTENT_PATHS, MAX_ENTRY_BYTES, MAX_YAML_BYTES, readContentFile } from './read.ts';
import { parseYaml, splitFrontmatter, type ParsedFrontmatter } from './frontmatter.ts';
import { bodyProblems } from '../markup/mdx-body.ts';
import { metricsConfigSchema, type MetricsConfig } from '../metrics/config.ts';
import { sampleProfilesSchema, type SampleProfile } from '../metrics/sample.ts';
import { componentReferences, NOTIFICATIONS_FILE, notificationsFileSchema, type NotificationsFile } from '../notify/targets.ts';
import {
  componentIds,
  componentsFileSchema,
  incidentSchema,
  maintenanceSchema,
  MAX_ID_LENGTH,
  type ComponentsFile,
  type SchemaContext,
  upstreamsFileSchema,
  type UpstreamsFile,
} from './schemas.ts';
import { siteConfigSchema, type SiteConfig, type SiteConfigContext } from './site-config.ts';
import type { IncidentInput, MaintenanceInput } from './types.ts';
import { unsafeEntries } from './unsafe-entries.ts';
import { EntryVerdicts, verdictKey, type PassedEntries, type TimedEntry } from '../rebuild/passed-entries.ts';
import { languageProblem } from '../advice/language-codes.ts';
import { DEFAULT_LOCALE } from '../i18n/dictionary.ts';

const SLUG_PATTERN = /^[a-z0-9][a-z0-9-]*$/;

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

/**
 * How much of the incidents and maintenance a reader of the content needs: everything a
 * writer is told about, the frontmatter alone (the sample metrics follow incidents' times
 * and components, never their bodies), or none of it (a pull that reads only settings).
 * The build's gate always checks everything, so what a pull skips is still reported.
 */
export type EntryReading = 'checked' | 'frontmatter' | 'none';

/** Checks one MDX entry file: name, frontmatter fence, YAML, schema and, unless told not to, the MDX body. */
export function checkEntry<T>(file: string, source: string, schema: z.ZodType<T>, reading: Exclude<EntryReading, 'none'> = 'checked'): Checked<T> {
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
  const body = reading === 'checked' ? bodyProblems(split.body, split.bodyLine).map((problem) => ({ file, ...problem })) : [];
  return { data: checked.data, problems: [...problems, ...checked.problems, ...body] };
}

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
  const read = readContentFile(join(root, file), MAX_YAML_BYTES, YAML_TOO_BIG_FIX);
  if (read.kind === 'problem') return { problems: [fileProblem(file, read.problem)] };
  if (read.kind === 'missing') {
    if (fallback !== undefined) return { data: fallback, problems: [] };
    return { problems: [{ file, line: 1, column: 1, field: '(file)', message: 'is missing', fix: `create it as ${guide} shows` }] };
  }
  return checkYamlText(file, read.text, schema);
}

function checkYamlText<T>(file: string, text: string, schema: z.ZodType<T>): CheckedYaml<T> {
  const parsed = parseYaml(text);
  return { ...validate(file, parsed, schema), parsed };
}

/**
 * A YAML file under `root`, read synchronously for Astro's config and content config,
 * which cannot wait. Its problems are the check's own lines; the content gate has
 * already printed them, so this only guards a run that skipped the gate.
 */
export function readYamlSync<T>(root: string, file: string, schema: z.ZodType<T>, fallback?: T): T {
  let text: string;
  try {
    text = readFileSync(join(root, file), 'utf8');
  } catch (error) {
    if (fallback !== undefined && (error as NodeJS.ErrnoException).code === 'ENOENT') return fallback;
    throw error;
  }
  const { data, problems } = checkYamlText(file, text, schema);
  if (data === undefined || problems.length > 0) throw new Error(problems.map(formatProblem).join('\n'));
  return data;
}

/** Told of each entry that passed its check: its absolute path, its text and its validated data. */
export type CheckedEntryListener = (path: string, source: string, data: unknown) => void;

/** What the build's gate adds to a reading of the content. */
export interface GateReading {
  onChecked?: CheckedEntryListener | undefined;
  /**
   * The fingerprint of the code and settings now, and the verdicts the last good build
   * recorded under its own: an entry whose text did not change is not checked again.
   * Only a reading of everything (`checked`) reuses and records verdicts.
   */
  reuse?: { code: string; previous: PassedEntries | null } | undefined;
}

/** How entries are judged: told to whom, and with which verdicts to reuse and record. */
interface EntryJudging {
  onChecked?: CheckedEntryListener | undefined;
  verdicts?: EntryVerdicts | undefined;
}

async function checkEntries<T extends TimedEntry>(root: string, directory: string, schema: z.ZodType<T>, reading: EntryReading, { onChecked, verdicts }: EntryJudging) {
  const entries: { slug: string; data: T }[] = [];
  const problems: ContentProblem[] = [];
  if (reading === 'none') return { entries, problems };
  for (const name of await listNames(join(root, directory))) {
    const file = `${directory}/${name}`;
    const read = readContentFile(join(root, file), MAX_ENTRY_BYTES, ENTRY_TOO_BIG_FIX);
    if (read.kind === 'problem') problems.push(fileProblem(file, read.problem));
    // A name that vanished since the listing is simply no longer there.
    if (read.kind !== 'text') continue;
    let data = verdicts?.reuse(file, read.text) as T | undefined;
    if (data === undefined) {
      const checked = checkEntry(file, read.text, schema, reading);
      for (const problem of checked.problems) problems.push(problem);
      if (checked.data === undefined || checked.problems.length > 0) continue;
      data = checked.data;
      verdicts?.passed(file, read.text, data);
    }
    entries.push({ slug: name.slice(0, -4), data });
    onChecked?.(join(root, file), read.text, data);
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

/**
 * The languages of the operator's `translations` blocks, judged against the site's as an
 * entry's are; `translated` names what the originals in the file are.
 */
function translationLanguageProblems(
  file: string,
  references: { language: string; path: PropertyKey[] }[],
  languages: readonly string[],
  translated: string,
  parsed: ParsedFrontmatter | undefined,
): ContentProblem[] {
  if (parsed === undefined) return [];
  return references.flatMap(({ language, path }) => {
    const problem = languageProblem(language, languages, translated);
    return problem ? [{ file, ...parsed.locate(path), field: fieldName(path), ...problem }] : [];
  });
}

/** Each language a group or component of `components` is translated into, where it is named. */
function componentTranslationReferences(components: ComponentsFile): { language: string; path: PropertyKey[] }[] {
  const named = (translations: object | undefined, path: PropertyKey[]) =>
    Object.keys(translations ?? {}).map((language) => ({ language, path: [...path, 'translations', language] }));
  return components.groups.flatMap((group, groupIndex) => [
    ...named(group.translations, ['groups', groupIndex]),
    ...group.components.flatMap((component, index) => named(component.translations, ['groups', groupIndex, 'components', index])),
  ]);
}

export interface LoadedContent {
  problems: ContentProblem[];
  components?: ComponentsFile | undefined;
  incidents: IncidentInput[];
  maintenance: MaintenanceInput[];
  metricsConfig?: MetricsConfig | undefined;
  sampleProfiles: SampleProfile[];
  site?: SiteConfig | undefined;
  notifications?: NotificationsFile | undefined;
  upstreams?: UpstreamsFile | undefined;
  /** `content/upstreams.yaml` as read, to place warnings about it. */
  upstreamsParsed?: ParsedFrontmatter | undefined;
  /** With `reuse`: the entries' verdicts, reused and new, for the next build. */
  verdicts?: EntryVerdicts | undefined;
}

/** No upstream pages: what a site without `content/upstreams.yaml` has. */
export const NO_UPSTREAMS: UpstreamsFile = upstreamsFileSchema.parse({ pages: [] });

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

/** The schema context for content under `root`: its component ids, the clock and the site's languages. */
export function schemaContext(components: ComponentsFile | undefined, now: Date, site?: SiteConfig): SchemaContext {
  return { componentIds: components ? componentIds(components) : [], now, languages: site?.languages };
}

/**
 * The content folder under `root`, validated at the build clock `now`: every settings
 * file, and as much of the incidents and maintenance as `entries` asks for. The build's
 * gate adds what `gate` describes.
 */
export async function loadContent(root: string, now: Date, entries: EntryReading = 'checked', gate: GateReading = {}): Promise<LoadedContent> {
  const components = await loadComponents(root);
  const site = await loadSiteConfig(root);
  const context = schemaContext(components.data, now, site.data);
  const verdicts = gate.reuse && entries === 'checked' ? new EntryVerdicts(verdictKey(gate.reuse.code, context), gate.reuse.previous, now) : undefined;
  const judging = { onChecked: gate.onChecked, verdicts };
  const incidents = await checkEntries(root, CONTENT_PATHS.incidents, incidentSchema(context), entries, judging);
  const maintenance = await checkEntries(root, CONTENT_PATHS.maintenance, maintenanceSchema(context), entries, judging);
  const metricsConfig = await checkYamlFile(root, CONTENT_PATHS.metrics, metricsConfigSchema, { fallback: metricsConfigSchema.parse({}) });
  const sample = await checkYamlFile(root, CONTENT_PATHS.metricsSample, sampleProfilesSchema, { fallback: { series: [] } });
  const references = (metricsConfig.data?.thresholds ?? []).map((threshold, index) => ({ component: threshold.component, path: ['thresholds', index, 'component'] }));
  const queryReferences = (site.data?.metrics.source.kind === 'prometheus' ? site.data.metrics.source.queries : []).map((query, index) => ({
    component: query.component,
    path: ['metrics', 'source', 'queries', index, 'component'],
  }));
  const notifications = await checkYamlFile(root, NOTIFICATIONS_FILE, notificationsFileSchema, { fallback: { targets: [] }, guide: 'docs/notifications.md' });
  const upstreams = await checkYamlFile(root, CONTENT_PATHS.upstreams, upstreamsFileSchema, { fallback: NO_UPSTREAMS, guide: 'docs/upstreams.md' });
  const upstreamReferences = (upstreams.data?.components ?? []).map((component, index) => ({ component: component.id, path: ['components', index, 'id'] }));
  const sampleReferences = (sample.data?.series ?? []).map((series, index) => ({ component: series.component, path: ['series', index, 'component'] }));
  const languages = site.data?.languages ?? [DEFAULT_LOCALE];
  const labelReferences = Object.keys(metricsConfig.data?.translations ?? {}).map((language) => ({ language, path: ['translations', language] }));
  const problems = [
    ...components.problems,
    ...incidents.problems,
    ...maintenance.problems,
    ...metricsConfig.problems,
    ...sample.problems,
    ...site.problems,
    ...notifications.problems,
    ...upstreams.problems,
    ...(components.data
      ? [
          ...metricsReferenceProblems(CONTENT_PATHS.site, queryReferences, context.componentIds, site.parsed),
          ...metricsReferenceProblems(CONTENT_PATHS.metrics, references, context.componentIds, metricsConfig.parsed),
          ...metricsReferenceProblems(CONTENT_PATHS.metricsSample, sampleReferences, context.componentIds, sample.parsed),
          ...metricsReferenceProblems(NOTIFICATIONS_FILE, notifications.data ? componentReferences(notifications.data) : [], context.componentIds, notifications.parsed),
          ...metricsReferenceProblems(CONTENT_PATHS.upstreams, upstreamReferences, context.componentIds, upstreams.parsed),
          ...translationLanguageProblems(CONTENT_PATHS.components, componentTranslationReferences(components.data), languages, 'the names and descriptions', components.parsed),
        ]
      : []),
    ...translationLanguageProblems(CONTENT_PATHS.metrics, labelReferences, languages, 'the labels', metricsConfig.parsed),
  ];
  // A link the reading above already named is not named twice.
  const named = new Set(problems.map((problem) => problem.file));
  const unsafe = unsafeEntries(root).filter((entry) => !named.has(entry.file));
  return {
    problems: [...problems, ...unsafe.map(({ file, message, fix }) => fileProblem(file, { line: 1, message, fix }))],
    components: components.data,
    incidents: incidents.entries.map(({ slug, data }) => ({ slug, ...data })),
    maintenance: maintenance.entries.map(({ slug, data }) => ({ slug, ...data })),
    metricsConfig: metricsConfig.data,
    sampleProfiles: sample.data?.series ?? [],
    site: site.data,
    notifications: notifications.data,
    upstreams: upstreams.data,
    upstreamsParsed: upstreams.parsed,
    verdicts,
  };
}

/** Every problem in the content folder under `root`, judged at the build clock `now`; `onChecked` hears of each entry that passed. */
export async function checkContent(root: string, now: Date, onChecked?: CheckedEntryListener): Promise<ContentProblem[]> {
  return (await loadContent(root, now, 'checked', { onChecked })).problems;
}
