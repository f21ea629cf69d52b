/**
 * The text a writer types into a field, for every content schema: trimmed, not empty,
 * bounded in length, and free of control characters (a multi-line text keeps its line
 * breaks). One piece, so no field can forget a rule.
 */
import { z } from 'astro/zod';
import { firstControlCharacter, ONE_LINE_PATTERN } from './control-characters.ts';
import { withFix } from './fix.ts';

/** What a too-long text is told, with the limit in its message. */
function tooLong(max: number, fix: string): string {
  return withFix(`is longer than ${max.toLocaleString('en-US')} characters`, fix);
}

function fieldText(max: number, fix: string, multiLine: boolean) {
  return z
    .string()
    .trim()
    .min(1, withFix('must not be empty', 'write some text here'))
    .max(max, tooLong(max, fix))
    .superRefine((value, ctx) => {
      const found = firstControlCharacter(value, { multiLine });
      if (!found) return;
      ctx.addIssue({
        code: 'custom',
        message: withFix(
          `has ${found.name} at character ${found.position}`,
          multiLine ? 'remove it: only line breaks may separate the text' : 'write it on one line, without tabs or control characters',
        ),
      });
    });
}

/** A name, title or one-sentence description: on one line, at most `max` characters. */
export function oneLineText(max: number, tooLongFix: string) {
  return fieldText(max, tooLongFix, false).meta({ pattern: ONE_LINE_PATTERN });
}

/** A message that may span lines, at most `max` characters. */
export function multiLineText(max: number, tooLongFix: string) {
  return fieldText(max, tooLongFix, true);
}
