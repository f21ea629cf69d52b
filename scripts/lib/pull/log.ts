// What both pulls print to the operator.
import { dictionary } from '../../../src/lib/i18n/dictionary.ts';

/** The tools speak English to the operator, whatever languages the site has. */
export const LOG_TIME_WORDS = dictionary('en').time;

/** Only an error's code or name: its message may hold a path or what a source sent. */
export function failureName(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' ? code : error instanceof Error ? error.name : 'unknown error';
}
