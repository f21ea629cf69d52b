/** What a writer may type for each field, checked as the content schemas will check it. */
import { firstControlCharacter } from '../content/control-characters.ts';
import { withFix, type Parsed } from '../content/fix.ts';
import { INCIDENT_COMPONENT_STATUSES, type AffectedComponent, type Impact, type IncidentComponentStatus } from '../content/types.ts';

const MAX_TITLE = 200;
const MAX_MESSAGE = 4000;

/** Statuspage's mapping: what an affected component shows when the writer names no status. */
const STATUS_FOR_IMPACT: Record<Impact, IncidentComponentStatus> = {
  none: 'degraded_performance',
  minor: 'degraded_performance',
  major: 'partial_outage',
  critical: 'major_outage',
};

export function parseTitle(text: string): Parsed<string> {
  const title = text.trim();
  if (!title) return { ok: false, error: withFix('the title is empty', 'say in a few words what readers notice, like "Delayed SMS to Smartfren numbers"') };
  if (title.length > MAX_TITLE) return { ok: false, error: withFix(`the title is longer than ${MAX_TITLE} characters`, 'shorten it; details go in the message') };
  const control = firstControlCharacter(title, { multiLine: false });
  if (control) return { ok: false, error: withFix(`the title has ${control.name}`, 'write it on one line, without tabs or control characters') };
  return { ok: true, value: title };
}

export function parseMessage(text: string): Parsed<string> {
  const message = text.trim();
  if (!message) return { ok: false, error: withFix('the message is empty', 'say what readers notice and what happens next') };
  if (message.length > MAX_MESSAGE) {
    return { ok: false, error: withFix(`the message is longer than ${MAX_MESSAGE} characters`, 'keep the update short; put the analysis in the body') };
  }
  const control = firstControlCharacter(message, { multiLine: true });
  if (control) return { ok: false, error: withFix(`the message has ${control.name}`, 'remove it: only line breaks may separate the text') };
  return { ok: true, value: message };
}

/** One of `choices`, as typed. */
export function parseChoice<const C extends readonly string[]>(choices: C) {
  return (text: string): Parsed<C[number]> => {
    const value = text.trim();
    if ((choices as readonly string[]).includes(value)) return { ok: true, value: value as C[number] };
    return { ok: false, error: withFix(`"${value}" is not allowed`, `use one of: ${choices.join(', ')}`) };
  };
}

/** Component ids separated by commas or spaces, each known, each once. */
function splitIds(text: string, componentIds: readonly string[]): Parsed<string[]> {
  const ids = text.split(/[\s,]+/).filter(Boolean);
  for (const [index, entry] of ids.entries()) {
    const id = entry.split(':')[0] ?? '';
    if (!componentIds.includes(id)) {
      return { ok: false, error: withFix(`unknown component "${id}"`, `use one of: ${componentIds.join(', ')}`) };
    }
    if (ids.findIndex((other) => other.split(':')[0] === id) !== index) {
      return { ok: false, error: withFix(`component "${id}" is listed twice`, 'list each component once') };
    }
  }
  return { ok: true, value: ids };
}

/** `sms-smartfren, verify-api:major_outage`: a status per id, from the impact where none is given. */
export function parseAffectedComponents(componentIds: readonly string[], impact: Impact) {
  return (text: string): Parsed<AffectedComponent[]> => {
    const ids = splitIds(text, componentIds);
    if (!ids.ok) return ids;
    const affected: AffectedComponent[] = [];
    for (const entry of ids.value) {
      const [id = '', status = STATUS_FOR_IMPACT[impact]] = entry.split(':');
      const parsed = parseChoice(INCIDENT_COMPONENT_STATUSES)(status);
      if (!parsed.ok) return { ok: false, error: `${id}: ${parsed.error}` };
      affected.push({ id, status: parsed.value });
    }
    return { ok: true, value: affected };
  };
}

/** `sms-telkomsel, messaging-api`: at least one known id. */
export function parseComponentIds(componentIds: readonly string[]) {
  return (text: string): Parsed<string[]> => {
    const ids = splitIds(text, componentIds);
    if (!ids.ok) return ids;
    if (ids.value.some((id) => id.includes(':'))) {
      return { ok: false, error: withFix('maintenance takes component ids only', 'drop the ":status" part; components show "Under maintenance"') };
    }
    if (ids.value.length === 0) return { ok: false, error: withFix('no component given', `name at least one of: ${componentIds.join(', ')}`) };
    return ids;
  };
}
