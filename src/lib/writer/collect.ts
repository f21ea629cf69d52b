/**
 * Fills each field of a new entry or update from its flag, or else by asking. A bad
 * flag fails the command (the writer fixes the command line); a bad answer is
 * explained and asked again.
 */
import { withFix, type Parsed } from '../content/fix.ts';
import { IMPACTS, INCIDENT_STATUSES, MAINTENANCE_STATUSES } from '../content/types.ts';
import type { NewIncident, NewMaintenance, WrittenUpdate } from './entry.ts';
import { parseAffectedComponents, parseChoice, parseComponentIds, parseMessage, parseTitle } from './fields.ts';
import { formatInOffset, parseWriterTime } from './offset.ts';
import type { Prompter } from './prompt.ts';

interface WriterContext {
  componentIds: readonly string[];
  now: Date;
  /** The display offset, like `+07:00`. */
  offset: string;
}

export type Flags = Partial<Record<'title' | 'impact' | 'components' | 'message' | 'status' | 'start' | 'end' | 'at', string>>;

export type EntryKind = 'incident' | 'maintenance';

class Refused extends Error {}

async function field<T>(
  flags: Flags,
  name: keyof Flags,
  question: string,
  parse: (text: string) => Parsed<T>,
  prompter: Prompter,
): Promise<T> {
  const flag = flags[name];
  if (flag !== undefined) return fromFlag(name, flag, parse);
  for (;;) {
    const answer = await prompter.ask(question);
    if (answer === null) throw new Refused(withFix(`no ${name} given`, `pass --${name} "…" or answer the question`));
    const parsed = parse(answer);
    if (parsed.ok) return parsed.value;
    prompter.say(parsed.error);
  }
}

function fromFlag<T>(name: keyof Flags, flag: string, parse: (text: string) => Parsed<T>): T {
  const parsed = parse(flag);
  if (!parsed.ok) throw new Refused(`--${name}: ${parsed.error}`);
  return parsed.value;
}

async function refusalToError<T>(collect: () => Promise<T>): Promise<Parsed<T>> {
  try {
    return { ok: true, value: await collect() };
  } catch (error) {
    if (error instanceof Refused) return { ok: false, error: error.message };
    throw error;
  }
}

export function collectIncident(flags: Flags, context: WriterContext, prompter: Prompter): Promise<Parsed<NewIncident>> {
  return refusalToError(async () => {
    const title = await field(flags, 'title', 'Title (what readers notice):', parseTitle, prompter);
    const impact = await field(flags, 'impact', `Impact (${IMPACTS.join(', ')}):`, parseChoice(IMPACTS), prompter);
    const components = await field(
      flags,
      'components',
      `Affected components, comma-separated, each optionally id:status (${context.componentIds.join(', ')}; empty for none):`,
      parseAffectedComponents(context.componentIds, impact),
      prompter,
    );
    // A new incident starts as investigating unless the writer says otherwise; never asked.
    const status = flags.status === undefined ? 'investigating' : fromFlag('status', flags.status, parseChoice(INCIDENT_STATUSES));
    const message = await field(flags, 'message', 'First message to readers:', parseMessage, prompter);
    return { title, impact, components, update: { at: formatInOffset(context.now, context.offset), status, message } };
  });
}

export function collectMaintenance(flags: Flags, context: WriterContext, prompter: Prompter): Promise<Parsed<NewMaintenance>> {
  return refusalToError(async () => {
    const parseTime = (text: string) => parseWriterTime(text, context.offset);
    const title = await field(flags, 'title', 'Title (what will be done):', parseTitle, prompter);
    const components = await field(
      flags,
      'components',
      `Components affected, comma-separated (${context.componentIds.join(', ')}):`,
      parseComponentIds(context.componentIds),
      prompter,
    );
    const start = await field(flags, 'start', `Window start (like 2027-01-14 01:00, at ${context.offset}):`, parseTime, prompter);
    const end = await field(flags, 'end', `Window end (at ${context.offset}):`, parseTime, prompter);
    if (Date.parse(end) <= Date.parse(start)) throw new Refused(withFix('the window ends before it starts', 'give an end later than the start'));
    const message = await field(flags, 'message', 'First message to readers:', parseMessage, prompter);
    const update = { at: formatInOffset(context.now, context.offset), status: 'scheduled', message } as const;
    return { title, components, window: { start, end }, update };
  });
}

/** The next update of an existing entry: its status, message and time (now unless --at). */
export function collectUpdate(
  kind: EntryKind,
  flags: Flags,
  context: Pick<WriterContext, 'now' | 'offset'>,
  prompter: Prompter,
): Promise<Parsed<WrittenUpdate<string>>> {
  const statuses = kind === 'incident' ? INCIDENT_STATUSES : MAINTENANCE_STATUSES;
  return refusalToError(async () => {
    const status = await field(flags, 'status', `Status (${statuses.join(', ')}):`, parseChoice(statuses), prompter);
    const message = await field(flags, 'message', 'Message to readers:', parseMessage, prompter);
    const at =
      flags.at === undefined ? formatInOffset(context.now, context.offset) : fromFlag('at', flags.at, (text) => parseWriterTime(text, context.offset));
    return { at, status, message };
  });
}
