import type { TextLanguage } from '../i18n/translated.ts';
import { historyEntryView, type HistoryItem } from '../status/history.ts';

/** One page of a history list: the site's, or a component's older incidents and maintenance. */
export interface ListPage {
  items: readonly HistoryItem[];
  current: number;
  total: number;
}

/**
 * Whether a page of a history list shows the build clock: while any entry on it is
 * ongoing or upcoming, its state and duration follow the clock, and so does its "last
 * updated". A page of past entries alone reads the same from one build to the next.
 */
export function listPageShowsClock(page: ListPage): boolean {
  return page.items.some((item) => item.phase !== 'past');
}

/**
 * Everything a page of a history list shows in `language` besides the code and the
 * site's settings: each entry as `HistoryEntry.astro` shows it, with its section, the
 * page's place among the pages, `heading` (what else the page names: the component),
 * and the clock where the page shows it.
 */
export function listPageInputs(page: ListPage, language: TextLanguage, clock: Date, heading: unknown = null): unknown {
  return {
    language: language.locale,
    entries: page.items.map((item) => ({ phase: item.phase, ...historyEntryView(item, language) })),
    current: page.current,
    total: page.total,
    heading,
    clock: listPageShowsClock(page) ? clock : null,
  };
}
