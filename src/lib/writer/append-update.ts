/**
 * Appends an update to an entry's `updates` without rewriting anything else: the
 * YAML is parsed to find where the list ends, the new item is rendered with the
 * same library, and the text is spliced in, so every other byte (comments, quoting,
 * line breaks, the MDX body) stays exactly as the writer left it.
 */
import { isSeq, parseDocument } from 'yaml';
import { withFix } from '../content/fix.ts';
import type { WrittenUpdate } from './entry.ts';
import { LINE_WIDTH, toYaml } from './yaml-text.ts';

export const FRONTMATTER = /^(\uFEFF?---[ \t]*\r?\n)([\s\S]*?)^---[ \t]*\r?$/m;

export type Appended = { ok: true; source: string } | { ok: false; error: string };

export function appendUpdate(source: string, update: WrittenUpdate<string>): Appended {
  const match = FRONTMATTER.exec(source);
  if (!match || match.index !== 0) {
    return { ok: false, error: withFix('the file has no frontmatter', 'run npm run check to see what is wrong with it') };
  }
  const [, fence = '', yaml = ''] = match;
  const doc = parseDocument(yaml, { schema: 'core' });
  if (doc.errors.length > 0) {
    return { ok: false, error: withFix('the frontmatter is not valid YAML', 'run npm run check to see where') };
  }
  const newline = yaml.includes('\r\n') ? '\r\n' : '\n';
  const updates = doc.get('updates', true);
  let edited: string;
  if (isSeq(updates) && !updates.flow && updates.items.length > 0 && updates.range) {
    // Under the existing items, at the column of their dash.
    const at = lineStartAtOrAfter(yaml, updates.range[1]);
    const dashColumn = updates.range[0] - (yaml.lastIndexOf('\n', updates.range[0] - 1) + 1);
    edited = yaml.slice(0, at) + block([update], dashColumn, newline) + yaml.slice(at);
  } else if (updates === undefined || updates === null) {
    edited = `${withTrailingBreak(yaml, newline)}updates:${newline}${block([update], 2, newline)}`;
  } else if (isSeq(updates) && updates.range) {
    // A flow list (`updates: []`) becomes a block list, the one shape we append to.
    const items = [...(doc.toJS() as { updates: WrittenUpdate<string>[] }).updates, update];
    const end = lineStartAtOrAfter(yaml, updates.range[1]);
    edited = `${yaml.slice(0, updates.range[0]).trimEnd()}${newline}${block(items, 2, newline)}${yaml.slice(end)}`;
  } else {
    return { ok: false, error: withFix('"updates" is not a list', 'run npm run check to see what is wrong with it') };
  }
  return { ok: true, source: fence + edited + source.slice(match.index + fence.length + yaml.length) };
}

/** The items as a block list, each line indented by `indent`. */
function block(items: WrittenUpdate<string>[], indent: number, newline: string): string {
  const pad = ' '.repeat(indent);
  return toYaml(items, LINE_WIDTH - indent)
    .replace(/\n$/, '')
    .split('\n')
    .map((line) => `${line && pad}${line}${newline}`)
    .join('');
}

/** `offset` if a line starts there, else the start of the next line. */
export function lineStartAtOrAfter(text: string, offset: number): number {
  if (offset === 0 || text[offset - 1] === '\n') return offset;
  const next = text.indexOf('\n', offset);
  return next === -1 ? text.length : next + 1;
}

function withTrailingBreak(text: string, newline: string): string {
  return text === '' || text.endsWith('\n') ? text : `${text}${newline}`;
}
