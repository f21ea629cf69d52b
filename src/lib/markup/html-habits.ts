/**
 * HTML that writers type out of habit in a body: `<br>`, `<img>` and `<!-- -->`. MDX
 * reads each as a broken tag and answers in parser words ("Expected a closing tag",
 * "Unexpected character `!`"), or after `<br/>` as an unknown tag: a writer needs two
 * tries to learn what to write instead. Each is found before parsing, named once with
 * its Markdown or MDX equivalent, and blanked so the parse still reports the rest.
 */
import type { Position } from '../content/frontmatter.ts';

export interface HabitProblem extends Position {
  message: string;
  fix: string;
}

interface Found {
  habits: HabitProblem[];
  /** The body with each habit overwritten by spaces, so every other position stays. */
  rest: string;
}

/** Habits named per body: enough to fix a pasted page in one go, bounded for a body of nothing else. */
const MAX_REPORTED = 100;
const FENCE = /^\s*(`{3,}|~{3,})/;
/** A `code` span on one line; bounded, so a line of stray backticks cannot make the search slow. */
const CODE_SPAN = /(`{1,16})[^`\n]{0,2000}?\1/g;
const HABITS = /<!--[\s\S]*?(?:-->|$)|<\/?br\s*\/?>|<img\b[^<>]*>/gi;
const ATTRIBUTE = (name: string) => new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`, 'i');
/** A path or address that can stand in a Markdown image as it is. */
const PLAIN_SOURCE = /^[^\s()<>"'\\]{1,200}$/;

/** Code is the one place HTML may be written as text: fenced blocks and `code` spans. */
function maskCode(body: string): string {
  let fence: string | null = null;
  return body
    .split('\n')
    .map((line) => {
      const marker = FENCE.exec(line)?.[1];
      if (fence !== null) {
        if (marker && marker[0] === fence[0] && marker.length >= fence.length) fence = null;
        return ' '.repeat(line.length);
      }
      if (marker) {
        fence = marker;
        return ' '.repeat(line.length);
      }
      return line.replace(CODE_SPAN, (span) => ' '.repeat(span.length));
    })
    .join('\n');
}

function explain(habit: string): Omit<HabitProblem, 'line' | 'column'> {
  if (habit.startsWith('<!--')) {
    return { message: '<!-- … --> is an HTML comment, which a body does not take', fix: 'write a comment as {/* … */}' };
  }
  if (/^<\/?br/i.test(habit)) {
    return {
      message: '<br> is an HTML line break, which a body does not take',
      fix: 'for a new paragraph leave a blank line; to break a line, end it with a backslash \\ or two spaces',
    };
  }
  const attribute = (name: string) => {
    const match = ATTRIBUTE(name).exec(habit);
    return match?.[1] ?? match?.[2];
  };
  const src = attribute('src');
  const alt = attribute('alt')?.replace(/[[\]\n]/g, ' ').trim() || 'what it shows';
  const label = alt.slice(0, 100);
  const markdown = src !== undefined && PLAIN_SOURCE.test(src) ? `![${label}](${src})` : `![${label}](/file.png)`;
  return { message: '<img> is an HTML image, which a body does not take', fix: `write the image in Markdown: ${markdown}` };
}

/** Every HTML habit in `body` outside code, at its line and column in the body. */
export function findHtmlHabits(body: string): Found {
  const masked = maskCode(body);
  const habits: HabitProblem[] = [];
  const pieces: string[] = [];
  let done = 0;
  let line = 1;
  let lineStart = 0;
  let nextBreak = body.indexOf('\n');
  for (const match of masked.matchAll(HABITS)) {
    const start = match.index;
    // \< is a literal <: the writer already said this is text.
    if (masked[start - 1] === '\\') continue;
    while (nextBreak !== -1 && nextBreak < start) {
      line += 1;
      lineStart = nextBreak + 1;
      nextBreak = body.indexOf('\n', lineStart);
    }
    if (habits.length < MAX_REPORTED) habits.push({ line, column: start - lineStart + 1, ...explain(match[0]) });
    pieces.push(body.slice(done, start), match[0].replace(/[^\n]/g, ' '));
    done = start + match[0].length;
  }
  pieces.push(body.slice(done));
  return { habits, rest: pieces.join('') };
}
