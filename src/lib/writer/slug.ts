/** File names for new entries: the day, then the title, as docs/writing-incidents.md's convention asks. */

const MAX_TITLE_PART = 60;

/** `Delayed SMS to Smartfren (Jakarta)` → `delayed-sms-to-smartfren-jakarta`. */
export function titleSlug(title: string): string {
  const words = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > MAX_TITLE_PART) break;
    slug = next;
  }
  // A first word longer than the limit is cut rather than dropped.
  return slug || (words[0]?.slice(0, MAX_TITLE_PART) ?? '');
}

/** `2026-11-28-delayed-sms-to-smartfren`, or `2026-11-28-<fallback>` for a title with no letters or digits. */
export function entrySlug(day: string, title: string, fallback: string): string {
  return `${day}-${titleSlug(title) || fallback}`;
}

/** `slug`, or `slug-2`, `slug-3`, … when that name is taken. */
export function freeSlug(slug: string, taken: ReadonlySet<string>): string {
  if (!taken.has(slug)) return slug;
  let n = 2;
  while (taken.has(`${slug}-${n}`)) n++;
  return `${slug}-${n}`;
}
