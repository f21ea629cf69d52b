/** Numbers in a language's separators: "12,345.6" in English, "12.345,6" in Indonesian. */
import type { Dictionary } from './en.ts';

/** Rewrites a number written the English way (`,` groups, `.` decimals) with the language's separators. */
export function localNumber(english: string, words: Pick<Dictionary, 'number'>): string {
  return english.replace(/[,.]/g, (separator) => (separator === ',' ? words.number.group : words.number.decimal));
}
