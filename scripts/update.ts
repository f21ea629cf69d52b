// npm run update -- <slug> --status identified --message "…": appends a timestamped update
// to an incident or maintenance, changing nothing else in the file; `resolved` (or
// `completed`) closes it.
import { readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { checkEntry, loadComponents, schemaContext } from '../src/lib/content/check.ts';
import { formatProblem } from '../src/lib/content/problems.ts';
import { CONTENT_PATHS } from '../src/lib/content/read.ts';
import { withFix } from '../src/lib/content/fix.ts';
import { readFrontmatterData } from '../src/lib/content/frontmatter.ts';
import { incidentSchema, maintenanceSchema } from '../src/lib/content/schemas.ts';
import { formatDuration } from '../src/lib/presentation/time.ts';
import { dictionary } from '../src/lib/i18n/dictionary.ts';
import { appendUpdate } from '../src/lib/writer/append-update.ts';
import { parseCommandArgs } from '../src/lib/writer/args.ts';
import { collectUpdate, type EntryKind } from '../src/lib/writer/collect.ts';
import { linePrompter } from '../src/lib/writer/prompt.ts';
import { startSession } from '../src/lib/writer/session.ts';
import { addTranslatedMessages, parseTranslatedFlags } from '../src/lib/writer/translations.ts';

/** The tools speak English to the operator, whatever languages the site has. */
const LOG_TIME_WORDS = dictionary('en').time;

const USAGE = [
  'npm run update -- <slug> --status investigating|identified|monitoring|resolved --message "…" [--at "2026-11-28 13:05"]',
  'For maintenance: --status scheduled|in_progress|verifying|completed. <slug> is the file name without .mdx.',
  'Translations: --message.<code> "…" for each other language content/site.yaml lists, like --message.id "…"; it is kept under translations, named by the update\'s time.',
].join('\n');

const FINAL: Record<EntryKind, string> = { incident: 'resolved', maintenance: 'completed' };
const prompter = linePrompter(process.stdin, process.stderr);

async function find(root: string, slug: string): Promise<{ kind: EntryKind; path: string }> {
  for (const kind of ['incident', 'maintenance'] as const) {
    const directory = kind === 'incident' ? CONTENT_PATHS.incidents : CONTENT_PATHS.maintenance;
    const names = await readdir(join(root, directory)).catch((): string[] => []);
    if (names.includes(`${slug}.mdx`)) return { kind, path: `${directory}/${slug}.mdx` };
  }
  const newest = (await readdir(join(root, CONTENT_PATHS.incidents)).catch((): string[] => [])).sort().at(-1)?.replace(/\.mdx$/, '');
  throw new Error(withFix(`no incident or maintenance named "${slug}"`, `give its file name without .mdx${newest ? `, like ${newest}` : ''}`));
}

async function main(): Promise<string[]> {
  const args = parseCommandArgs(process.argv.slice(2), ['status', 'message', 'at'], 'see npm run update -- --help', process.env);
  if (!args.ok) throw new Error(args.error);
  if (args.value.help) return [USAGE];
  const given = args.value.positionals[0];
  if (!given) throw new Error(withFix('say which entry to update', 'npm run update -- <slug> --status identified --message "…"'));
  const root = process.cwd();
  const { now, offset, languages } = await startSession(root, args.value.offset);
  const translations = parseTranslatedFlags(args.value.translated, languages);
  if (!translations.ok) throw new Error(translations.error);

  // A path from tab completion works as well as the bare slug.
  const { kind, path } = await find(root, given.replace(/^.*\//, '').replace(/\.mdx$/, ''));
  const source = await readFile(join(root, path), 'utf8');
  const updates = readFrontmatterData(source).updates;
  const last = Array.isArray(updates) ? (updates.at(-1) as { status?: unknown } | undefined) : undefined;
  if (last?.status === FINAL[kind]) {
    throw new Error(withFix(`${path} is already ${FINAL[kind]}`, `a ${FINAL[kind]} ${kind} is closed; for a new problem run npm run new -- ${kind}`));
  }

  const components = await loadComponents(root);
  const update = await collectUpdate(kind, args.value.flags, { now, offset }, prompter);
  if (!update.ok) throw new Error(update.error);
  const added = appendUpdate(source, update.value);
  const appended = added.ok ? addTranslatedMessages(added.source, translations.value, update.value.at) : added;
  if (!appended.ok) throw new Error(appended.error);

  // Nothing is written that the build would refuse, such as an update earlier than the last one.
  const schemas = { ...schemaContext(components.data, now), languages };
  const checked =
    kind === 'incident' ? checkEntry(path, appended.source, incidentSchema(schemas)) : checkEntry(path, appended.source, maintenanceSchema(schemas));
  if (checked.problems.length > 0) throw new Error(['nothing written; the update would leave these problems:', ...checked.problems.map(formatProblem)].join('\n'));
  // Written under a hidden name beside the entry (the check and the loader skip it) and
  // renamed over it, so a running `npm run dev` never reads half of it.
  const beside = join(root, dirname(path), `.${basename(path)}.${process.pid}`);
  await writeFile(beside, appended.source);
  await rename(beside, join(root, path));

  const lines = [path];
  const first = checked.data?.updates[0];
  if (update.value.status === FINAL[kind] && first) {
    lines.push(`${kind} closed: ${FINAL[kind]} ${formatDuration(Date.parse(update.value.at) - first.at.getTime(), LOG_TIME_WORDS)} after the first update`);
  }
  return lines;
}

try {
  for (const line of await main()) console.log(line);
} catch (error) {
  console.error(`update: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  prompter.close();
}
