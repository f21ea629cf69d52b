/** Command-line flags of `npm run new` and `npm run update`, refused in one friendly line when wrong. */
import { parseArgs } from 'node:util';
import { withFix, type Parsed } from '../content/fix.ts';
import type { Flags } from './collect.ts';

/** What a translated flag may carry: `--title.id`, `--message.id`. */
export const TRANSLATABLE = ['title', 'message'] as const;
export type TranslatableField = (typeof TRANSLATABLE)[number];

/** Translated text by language, from flags like `--message.id "…"`; the language is judged later, against the site's. */
export type TranslatedFlags = Record<string, Partial<Record<TranslatableField, string>>>;

interface CommandArgs {
  positionals: string[];
  flags: Flags;
  translated: TranslatedFlags;
  offset: string | undefined;
  help: boolean;
}

/** `--title.<code>` names: a dot, then letters and hyphens, after a field the command takes. */
const TRANSLATED_FLAG = /^--([a-z]+)\.([A-Za-z][A-Za-z-]{0,34})(?:=|$)/;

/** The translated flags `argv` names, for the fields this command takes. */
function translatedOptions(argv: readonly string[], fields: readonly string[]): string[] {
  const names = argv.flatMap((word) => {
    const [, field = '', language = ''] = TRANSLATED_FLAG.exec(word) ?? [];
    return (TRANSLATABLE as readonly string[]).includes(field) && fields.includes(field) ? [`${field}.${language}`] : [];
  });
  return [...new Set(names)];
}

/**
 * `npm run update my-slug --status resolved`, without `--`, hands every flag to npm:
 * npm keeps each as its own setting (`npm_config_status`, "true" when it took the
 * value for a word of the command) and passes on only the words. The command would
 * then ask for what the writer typed, or write "resolved" nowhere; it says so instead.
 */
function flagsTakenByNpm(positionals: readonly string[], fields: readonly string[], env: Record<string, string | undefined>): string | null {
  const command = env.npm_lifecycle_event;
  const taken = [...fields, 'offset'].filter((name) => env[`npm_config_${name}`] !== undefined);
  if (!command || taken.length === 0) return null;
  // Flags npm read as "true" lost their values to the words after the first one, in order.
  const strays = positionals.slice(1);
  const bare = taken.filter((name) => env[`npm_config_${name}`] === 'true');
  let next = 0;
  const flags = taken.map((name) => {
    const value = env[`npm_config_${name}`] ?? '';
    const given = value !== 'true' ? value : bare.length === strays.length ? (strays[next++] ?? '…') : '…';
    return `--${name} ${/^[\w@%+=:,./-]+$/.test(given) || given === '…' ? given : JSON.stringify(given)}`;
  });
  const words = bare.length === strays.length ? positionals.slice(0, 1) : positionals;
  return withFix(
    `npm kept ${new Intl.ListFormat('en', { type: 'conjunction' }).format(taken.map((name) => `--${name}`))} for itself, so the command did not get ${taken.length === 1 ? 'it' : 'them'}`,
    `put -- after the command's name: npm run ${command} -- ${[...words, ...flags].join(' ')}`,
  );
}

/**
 * The command's words and flags. `env` is the process's environment, to tell a writer
 * whose flags npm kept (see `flagsTakenByNpm`).
 */
export function parseCommandArgs(
  argv: readonly string[],
  fields: readonly (keyof Flags)[],
  usage: string,
  env: Record<string, string | undefined> = {},
): Parsed<CommandArgs> {
  const translatedNames = translatedOptions(argv, fields);
  const options = Object.fromEntries([...fields, ...translatedNames].map((name) => [name, { type: 'string' as const }]));
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      options: { ...options, offset: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
    const given: Record<string, unknown> = values;
    const flags: Flags = {};
    for (const name of fields) {
      const value = given[name];
      if (typeof value === 'string') flags[name] = value;
    }
    const translated: TranslatedFlags = {};
    for (const name of translatedNames) {
      const value = given[name];
      const [field, language = ''] = name.split('.') as [TranslatableField, string];
      if (typeof value === 'string') translated[language] = { ...translated[language], [field]: value };
    }
    const offset = typeof values.offset === 'string' ? values.offset : undefined;
    const keptByNpm = Object.keys(flags).length === 0 && Object.keys(translated).length === 0 && offset === undefined ? flagsTakenByNpm(positionals, fields, env) : null;
    if (keptByNpm) return { ok: false, error: keptByNpm };
    return { ok: true, value: { positionals, flags, translated, offset, help: values.help === true } };
  } catch (error) {
    // Node's own wording, first sentence only: "Unknown option '--titel'".
    const reason = (error instanceof Error ? error.message : String(error)).split('. ')[0] ?? '';
    return { ok: false, error: withFix(reason, usage) };
  }
}
