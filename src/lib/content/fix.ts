/**
 * A content rule says what is wrong and how to fix it. zod carries one string per
 * issue, so a rule's message travels as `message  (fix)`, the very shape the check
 * prints; `splitFix` takes it apart again for the problem's `fix` field.
 */
const SEPARATOR = '  (';

export interface Explained {
  message: string;
  fix: string;
}

/** A value read from what a writer typed, or why it was refused (a `withFix` string). */
export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

/** `message  (fix)`; a fix must not itself contain the separator. */
export function withFix(message: string, fix: string): string {
  return `${message}${SEPARATOR}${fix})`;
}

/** The message and fix of a `withFix` string, or null for any other text. */
export function splitFix(text: string): Explained | null {
  // The last separator: the message may quote what the writer typed, the fix is ours.
  const at = text.lastIndexOf(SEPARATOR);
  if (at <= 0 || !text.endsWith(')')) return null;
  return { message: text.slice(0, at), fix: text.slice(at + SEPARATOR.length, -1) };
}
