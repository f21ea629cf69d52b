/** Command-line flags of `npm run new` and `npm run update`, refused in one friendly line when wrong. */
import { parseArgs } from 'node:util';
import { withFix, type Parsed } from '../content/fix.ts';
import type { Flags } from './collect.ts';

interface CommandArgs {
  positionals: string[];
  flags: Flags;
  offset: string | undefined;
  help: boolean;
}

export function parseCommandArgs(argv: readonly string[], fields: readonly (keyof Flags)[], usage: string): Parsed<CommandArgs> {
  const options = Object.fromEntries(fields.map((name) => [name, { type: 'string' as const }]));
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
    const offset = typeof values.offset === 'string' ? values.offset : undefined;
    return { ok: true, value: { positionals, flags, offset, help: values.help === true } };
  } catch (error) {
    // Node's own wording, first sentence only: "Unknown option '--titel'".
    const reason = (error instanceof Error ? error.message : String(error)).split('. ')[0] ?? '';
    return { ok: false, error: withFix(reason, usage) };
  }
}
