/**
 * The dictionary entries Bahasa Indonesia words exactly as English does, by dotted key
 * path; every other Indonesian entry must differ from English's (tests/unit/i18n), so an
 * English phrase on an Indonesian page is a word that was missed, never one allowed.
 */
export const SHARED_WORDS: ReadonlySet<string> = new Set([
  // "Status" is the Indonesian word too; the badge's is its lower-case form.
  'navigation.status',
  'layout.status',
  'badge.status',
  'notify.status',
  // Names of formats, not words.
  'subscribe.label.rss',
  'subscribe.label.atom',
  'subscribe.label.calendar',
  'component.rss',
  'component.atom',
  // The full stop that ends a sentence around a link.
  'subscribe.mailingList.after',
  'subscribe.calendar.after',
  'componentPage.uptimeHint.after',
  'upstream.moreEvents.after',
  // Layouts both languages share; the parts they arrange (clock, month names) differ.
  'metrics.hourUtc',
  'feed.withFormat',
  'time.date',
  'time.dayMonth',
  'time.monthYear',
  // Month names spelled alike: Jan, Feb, Mar, Apr, Jun, Jul, Sep, Nov; April, September, November.
  ...[0, 1, 2, 3, 5, 6, 8, 10].map((month) => `time.monthsShort.${month}`),
  ...[3, 8, 10].map((month) => `time.monthsLong.${month}`),
]);
