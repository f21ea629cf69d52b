/**
 * Characters that end a line or are invisible: C0 (with CR, LF and TAB), DEL, C1, and
 * Unicode's line and paragraph separators. In a one-line text they can start a new
 * property in a calendar or a header, or hide words from whoever reviews the change.
 */

// Spelt out as escapes, so the JSON Schema pattern below needs no `u` flag.
const ALL = '\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029';
const BUT_NEWLINE = '\\u0000-\\u0009\\u000B-\\u001F\\u007F-\\u009F\\u2028\\u2029';

/** For editors: a text without any of them, but for the blank space the check trims. */
export const ONE_LINE_PATTERN = `^\\s*[^${ALL}]*\\s*$`;

const CONTROL = new RegExp(`[${ALL}]`);
const CONTROL_RUN = new RegExp(`[${ALL}]+`, 'g');
const CONTROL_BUT_NEWLINE = new RegExp(`[${BUT_NEWLINE}]`);
const LINE_BREAK = /\r\n?|[\u2028\u2029]/g;
// After LINE_BREAK has made every break a line feed, the rest of the set.
const CONTROL_BUT_NEWLINE_RUN = new RegExp(`[${BUT_NEWLINE}]+`, 'g');

const NAMES: Record<string, string> = {
  '\n': 'a line break',
  '\r': 'a carriage return',
  '\t': 'a tab',
  '\u2028': 'a line separator',
  '\u2029': 'a paragraph separator',
};

interface FoundControl {
  /** 1-based position in the text. */
  position: number;
  /** "a tab (U+0009)" */
  name: string;
}

/** The first control character in `text` (line feeds allowed when `multiLine`), or null. */
export function firstControlCharacter(text: string, { multiLine }: { multiLine: boolean }): FoundControl | null {
  const match = (multiLine ? CONTROL_BUT_NEWLINE : CONTROL).exec(text);
  if (!match) return null;
  const character = match[0];
  const code = `U+${character.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
  return { position: match.index + 1, name: `${NAMES[character] ?? 'an invisible control character'} (${code})` };
}

/** `text` on one line: every run of control characters becomes one space. */
export function toOneLine(text: string): string {
  return text.replace(CONTROL_RUN, ' ');
}

/** `text` with its line breaks as line feeds and every other run of control characters as one space. */
export function toPlainLines(text: string): string {
  return text.replace(LINE_BREAK, '\n').replace(CONTROL_BUT_NEWLINE_RUN, ' ');
}
