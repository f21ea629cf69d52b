/**
 * Escapes text for HTML exactly as Astro escapes an expression (`&<>'"`), for the
 * outside names (a provider's, a metric's) inside a dictionary sentence rendered with
 * `set:html`. Such a sentence is HTML because it holds an apostrophe: Astro would turn
 * the sentence's own `'` into `&#39;` and change the built page, so only the names pass here.
 */
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', "'": '&#39;', '"': '&quot;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>'"]/g, (char) => ENTITIES[char]!);
}
