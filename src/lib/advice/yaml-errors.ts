/**
 * The `yaml` package's errors in a writer's words. Its messages name the grammar
 * ("Nested mappings are not allowed in compact mappings"); a writer needs the fix for
 * the slip that caused it, read off the line itself: a missing space after a colon, a
 * colon inside a value, a tab, an unclosed quote, a key given twice.
 */
import type { Explained } from '../content/fix.ts';

/** Where a problem stands in the YAML text: 1-based line and column. */
export interface YamlPlace {
  line: number;
  column: number;
}

export type ExplainedAt = YamlPlace & Explained;

/** `key:value` with no space after the colon: YAML reads the whole as one word. */
const NO_SPACE = /^(\s*(?:-\s+)?)([A-Za-z_][\w-]*):([^\s/:][^]*)$/;
/** `key: value` on a line of block YAML, optionally a list item. */
const BLOCK_PAIR = /^(\s*(?:-\s+)?)([A-Za-z_][\w-]*):\s+(.*?)\s*$/;
/** `key: value` inside `{ … }` whose value holds ": " itself. */
const FLOW_PAIR_WITH_COLON = /([A-Za-z_][\w-]*):\s+([^,{}[\]]*?:\s[^,{}[\]]*?)\s*(?=[,}]|$)/;
const RESERVED_START = /^(\s*(?:-\s+)?[A-Za-z_][\w-]*:\s+)([@`%*&!|>])/;

/** `text` as a YAML value in quotes: double, unless it holds a double quote. */
export function quoted(text: string): string {
  return text.includes('"') ? `'${text.replaceAll("'", "''")}'` : `"${text}"`;
}

/**
 * The plain reason and fix for a parser error with `code` at `place`, in the YAML
 * whose lines are `lines`; null when no common slip explains it. `fileLine` turns a
 * line of the YAML into the line of its file, for messages that name another line.
 */
export function explainYamlError(
  code: string,
  parserMessage: string,
  lines: readonly string[],
  place: YamlPlace,
  fileLine: (line: number) => number = (line) => line,
): ExplainedAt | null {
  const text = lines[place.line - 1] ?? '';
  const quote = /^Missing closing (["'])quote/.exec(parserMessage)?.[1];
  if (code === 'MISSING_CHAR' && quote) return unclosedQuote(quote, lines, place);
  const noSpace = NO_SPACE.exec(text);
  if (noSpace && ['MULTILINE_IMPLICIT_KEY', 'MISSING_CHAR', 'BLOCK_AS_IMPLICIT_KEY'].includes(code)) {
    const [, indent = '', key = '', value = ''] = noSpace;
    return missingSpace(place.line, indent.length + key.length + 2, key, value.trimEnd());
  }
  if (code === 'BLOCK_AS_IMPLICIT_KEY' || code === 'BLOCK_IN_FLOW') return colonInValue(text, place) ?? indentedUnder(lines, place);
  if (code === 'MISSING_CHAR' && parserMessage.startsWith('Implicit map keys need to be followed')) return textWithoutField(lines, place);
  if (code === 'MISSING_CHAR' && parserMessage.startsWith('Sequence item without - indicator')) {
    return { line: place.line, column: 1, message: 'this line is indented differently from the field above it', fix: 'start the fields of one item at the same column, with spaces' };
  }
  if (code === 'BAD_INDENT' && /end with a [\]}]/.test(parserMessage)) return unclosedBracket(lines, place);
  if (code === 'TAB_AS_INDENT') {
    return { ...place, column: 1, message: 'this line is indented with a tab', fix: 'indent with spaces: YAML does not allow tabs' };
  }
  if (code === 'DUPLICATE_KEY') return duplicateKey(lines, place, fileLine);
  if (code === 'UNEXPECTED_TOKEN' && parserMessage.startsWith('Unexpected scalar at node end')) return textAfterValue(text, place);
  if (code === 'BAD_SCALAR_START') return reservedStart(text, place);
  return null;
}

function missingSpace(line: number, column: number, key: string, value: string): ExplainedAt {
  return {
    line,
    column,
    message: `"${key}:${value}" has no space after the colon, so it is not read as the field "${key}"`,
    fix: `add a space after the colon: ${key}: ${value}`,
  };
}

/** A value such as `Update: binds are up`, whose ": " YAML takes for another key. */
function colonInValue(text: string, place: YamlPlace): ExplainedAt | null {
  const block = BLOCK_PAIR.exec(text);
  const flow = FLOW_PAIR_WITH_COLON.exec(text);
  const pair = block && !block[3]?.startsWith('{') ? { key: block[2], value: block[3], at: (block[1]?.length ?? 0) + 1 } : flow && { key: flow[1], value: flow[2], at: flow.index + 1 };
  if (!pair?.key || !pair.value?.includes(': ')) return null;
  return {
    line: place.line,
    column: pair.at,
    message: `the value of "${pair.key}" holds ": ", which YAML reads as the start of another field`,
    fix: `quote the value: ${pair.key}: ${quoted(pair.value)}`,
  };
}

/** ` impact: major` under `title: Hi`: a line indented further than a field is read as part of its value. */
function indentedUnder(lines: readonly string[], place: YamlPlace): ExplainedAt | null {
  const key = BLOCK_PAIR.exec(lines[place.line - 1] ?? '');
  const next = lines.findIndex((text, index) => index >= place.line && text.trim() !== '');
  const indent = (text: string) => text.length - text.trimStart().length;
  const keyColumn = (key?.[1]?.length ?? 0) + 1;
  if (!key?.[2] || next === -1 || indent(lines[next] ?? '') < keyColumn) return null;
  return {
    line: next + 1,
    column: 1,
    message: `this line is indented further than "${key[2]}" above it, so YAML reads it as part of that value`,
    fix: `start it at column ${keyColumn}, like "${key[2]}", with spaces`,
  };
}

/** A second line of text at the indentation of the fields: `second line` under `message: first line`. */
function textWithoutField(lines: readonly string[], place: YamlPlace): ExplainedAt | null {
  const text = lines[place.line - 1] ?? '';
  if (text.includes(':')) return null;
  const field = lines
    .slice(0, place.line - 1)
    .reverse()
    .map((line) => BLOCK_PAIR.exec(line)?.[2])
    .find((key) => key !== undefined) ?? 'the field';
  return {
    line: place.line,
    column: place.column,
    message: `"${text.trim()}" is not a field, and text that goes on to another line must be indented further than its field`,
    fix: `write ${field}: >- and every line of the text under it, indented two spaces more than ${field}`,
  };
}

/** `components: [a, b` with no `]`: the parser notices only on a later line. */
function unclosedBracket(lines: readonly string[], place: YamlPlace): ExplainedAt | null {
  const count = (text: string, characters: RegExp) => text.match(characters)?.length ?? 0;
  for (let index = place.line - 2; index >= 0; index--) {
    const text = lines[index] ?? '';
    if (count(text, /\[/g) > count(text, /]/g) || count(text, /\{/g) > count(text, /}/g)) {
      const opened = count(text, /\[/g) > count(text, /]/g) ? '[' : '{';
      const closer = opened === '[' ? ']' : '}';
      return { line: index + 1, column: text.indexOf(opened) + 1, message: `the ${opened} on this line is never closed`, fix: `end it with ${closer} on the same line` };
    }
  }
  return null;
}

/**
 * The parser meets an unclosed quote only at the end of the text; the quote that was
 * opened is the first value that starts with it and does not end on its line.
 */
function unclosedQuote(quote: string, lines: readonly string[], place: YamlPlace): ExplainedAt {
  for (const [index, text] of lines.entries()) {
    const pair = BLOCK_PAIR.exec(text);
    const value = pair?.[3] ?? '';
    if (!value.startsWith(quote) || closesOnLine(value, quote)) continue;
    return {
      line: index + 1,
      column: text.indexOf(value) + 1,
      message: `the ${quote} that opens the value of "${pair?.[2] ?? ''}" is never closed`,
      fix: `end the value with ${quote} on the same line, or leave the quotes out`,
    };
  }
  return { ...place, message: `a ${quote} quote is never closed`, fix: `end each quoted value with ${quote} on its own line` };
}

function closesOnLine(value: string, quote: string): boolean {
  const inside = value.slice(1);
  // Inside double quotes \" is a quote; inside single quotes '' is.
  const rest = quote === '"' ? inside.replace(/\\./g, '') : inside.replaceAll("''", '');
  return rest.includes(quote);
}

function duplicateKey(lines: readonly string[], place: YamlPlace, fileLine: (line: number) => number): ExplainedAt {
  const key = /^[\w-]+/.exec((lines[place.line - 1] ?? '').slice(place.column - 1))?.[0] ?? '';
  const first = lines.findIndex((text, index) => index < place.line - 1 && text.slice(place.column - 1).startsWith(`${key}:`) && /^[\s-]*$/.test(text.slice(0, place.column - 1)));
  return {
    ...place,
    message: `"${key}" is given twice${first === -1 ? '' : `; the first is on line ${fileLine(first + 1)}`}`,
    fix: `keep one "${key}:" and remove the other`,
  };
}

/** `"He said "hi""`, `'It's'` or `[Resolved] SMS delays`: a value ends and text follows it. */
function textAfterValue(text: string, place: YamlPlace): ExplainedAt | null {
  const pair = BLOCK_PAIR.exec(text);
  const key = pair?.[2];
  const value = pair?.[3] ?? '';
  if (!key) return null;
  const at = { line: place.line, column: (pair[1]?.length ?? 0) + key.length + 3 };
  if (value.startsWith('"')) {
    return { ...at, message: `the value of "${key}" ends at its second " and more text follows`, fix: `put single quotes around text that holds double quotes: ${key}: ${quoted(value.slice(1, -1))}` };
  }
  if (value.startsWith("'")) {
    return { ...at, message: `the value of "${key}" ends at its second ' and more text follows`, fix: `inside single quotes write ' as '': ${key}: '${value.slice(1, -1).replaceAll("'", "''")}'` };
  }
  if (value.startsWith('[') || value.startsWith('{')) {
    return { ...at, message: `the value of "${key}" starts with ${value.charAt(0)}, which YAML reads as the start of a list or mapping`, fix: `quote the value: ${key}: ${quoted(value)}` };
  }
  return reservedStart(text, place);
}

function reservedStart(text: string, place: YamlPlace): ExplainedAt | null {
  const match = RESERVED_START.exec(text);
  const pair = BLOCK_PAIR.exec(text);
  if (!match || !pair?.[2]) return null;
  return {
    line: place.line,
    column: (match[1]?.length ?? 0) + 1,
    message: `the value of "${pair[2]}" starts with ${match[2] ?? ''}, which YAML keeps for its own syntax`,
    fix: `quote the value: ${pair[2]}: ${quoted(pair[3] ?? '')}`,
  };
}

/** A value starting with `*` is a reference to an anchor (`&name`) that does not exist. */
export function explainUnknownAlias(lines: readonly string[], place: YamlPlace): ExplainedAt | null {
  const pair = BLOCK_PAIR.exec(lines[place.line - 1] ?? '');
  if (!pair?.[2] || !pair[3]?.startsWith('*')) return null;
  return {
    line: place.line,
    column: place.column,
    message: `the value of "${pair[2]}" starts with *, which YAML reads as a reference to an anchor`,
    fix: `quote the value: ${pair[2]}: ${quoted(pair[3])}`,
  };
}
