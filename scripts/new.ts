// npm run new -- incident|maintenance [flags]: writes a valid new entry, asking for any
// field not given as a flag, and prints its path.
import { link, readdir, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { loadComponents } from '../src/lib/content/check.ts';
import { CONTENT_PATHS } from '../src/lib/content/read.ts';
import { componentIds } from '../src/lib/content/schemas.ts';
import { withFix } from '../src/lib/content/fix.ts';
import { parseCommandArgs } from '../src/lib/writer/args.ts';
import { collectIncident, collectMaintenance } from '../src/lib/writer/collect.ts';
import { renderIncident, renderMaintenance } from '../src/lib/writer/entry.ts';
import { dayInOffset } from '../src/lib/writer/offset.ts';
import { linePrompter } from '../src/lib/writer/prompt.ts';
import { startSession } from '../src/lib/writer/session.ts';
import { parseTranslatedFlags } from '../src/lib/writer/translations.ts';
import { entrySlug, freeSlug } from '../src/lib/writer/slug.ts';

const USAGE = [
  'npm run new -- incident --title "…" --impact minor|major|critical|none --components "id, id:status" --message "…" [--status identified]',
  'npm run new -- maintenance --title "…" --components "id, id" --start "2027-01-14 01:00" --end "2027-01-14 03:00" --message "…"',
  'Any field left out is asked for. Times are written at --offset or STATUSWIRE_OFFSET (default: the offset of timeZone in content/site.yaml, else +00:00).',
  'Translations: --title.<code> "…" and --message.<code> "…" for each other language content/site.yaml lists, like --title.id "…" --message.id "…".',
].join('\n');

const prompter = linePrompter(process.stdin, process.stderr);

async function main(): Promise<string> {
  const args = parseCommandArgs(process.argv.slice(2), ['title', 'impact', 'components', 'message', 'status', 'start', 'end'], 'see npm run new -- --help', process.env);
  if (!args.ok) throw new Error(args.error);
  if (args.value.help) return USAGE;
  const kind = args.value.positionals[0];
  if (kind !== 'incident' && kind !== 'maintenance') {
    throw new Error(withFix(kind ? `"${kind}" is not something new can write` : 'say what to write', 'use npm run new -- incident, or npm run new -- maintenance'));
  }
  const root = process.cwd();
  const { now, offset, languages } = await startSession(root, args.value.offset);
  // Before any question: a wrong translated flag is fixed on the command line.
  const translations = parseTranslatedFlags(args.value.translated, languages);
  if (!translations.ok) throw new Error(translations.error);
  const components = await loadComponents(root);
  if (!components.data) throw new Error(withFix(`${CONTENT_PATHS.components} has problems`, 'run npm run check to see them'));
  const context = { componentIds: componentIds(components.data), now, offset };

  const collected = kind === 'incident' ? await collectIncident(args.value.flags, context, prompter) : await collectMaintenance(args.value.flags, context, prompter);
  if (!collected.ok) throw new Error(collected.error);
  const entry = { ...collected.value, translations: translations.value };
  // An incident is named for the day it started, a maintenance for the day its window opens.
  const day = 'window' in entry ? entry.window.start.slice(0, 10) : dayInOffset(now, offset);
  const directory = kind === 'incident' ? CONTENT_PATHS.incidents : CONTENT_PATHS.maintenance;
  const taken = new Set((await readdir(join(root, directory)).catch(() => [])).map((name) => name.replace(/\.mdx$/, '')));
  const path = `${directory}/${freeSlug(entrySlug(day, entry.title, kind), taken)}.mdx`;
  // Written under a hidden name (the check and the loader skip it) and linked into place
  // whole, so a running `npm run dev` never reads half of it; a link, unlike a rename,
  // refuses a name taken meanwhile.
  const beside = join(root, dirname(path), `.${basename(path)}.${process.pid}`);
  await writeFile(beside, 'window' in entry ? renderMaintenance(entry) : renderIncident(entry), { flag: 'wx' });
  try {
    await link(beside, join(root, path));
  } finally {
    await rm(beside, { force: true });
  }
  return path;
}

try {
  const printed = await main();
  console.log(printed);
} catch (error) {
  console.error(`new: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  prompter.close();
}
