/** Incidents and maintenance arranged in time: recent days, months, pages. */
import type { DerivedIncident } from './incident.ts';
import type { DerivedMaintenance } from './maintenance.ts';
import { lastUtcDays, utcDayKey, utcMonthKey } from '../presentation/time.ts';

/** Keeps every history page small however long the record grows. */
export const HISTORY_PAGE_SIZE = 25;

export type HistoryItem =
  | { kind: 'incident'; slug: string; startedAt: Date; incident: DerivedIncident }
  | { kind: 'maintenance'; slug: string; startedAt: Date; maintenance: DerivedMaintenance };

export function historyItems(
  incidents: readonly DerivedIncident[],
  maintenance: readonly DerivedMaintenance[],
): HistoryItem[] {
  const items: HistoryItem[] = [
    ...incidents.map((incident) => ({ kind: 'incident' as const, slug: incident.slug, startedAt: incident.startedAt, incident })),
    ...maintenance.map((window) => ({ kind: 'maintenance' as const, slug: window.slug, startedAt: window.startedAt, maintenance: window })),
  ];
  return items.sort(
    (a, b) => b.startedAt.getTime() - a.startedAt.getTime() || a.kind.localeCompare(b.kind) || a.slug.localeCompare(b.slug),
  );
}

export interface HistoryDay {
  day: Date;
  items: HistoryItem[];
}

/** The last `days` UTC days up to `now`, newest first, each with what started on it. */
export function recentDays(items: readonly HistoryItem[], now: Date, days: number): HistoryDay[] {
  return lastUtcDays(now, days).map((day) => {
    const key = utcDayKey(day);
    return {
      day,
      items: items.filter((item) => item.startedAt <= now && utcDayKey(item.startedAt) === key),
    };
  });
}

interface HistoryMonth {
  key: string;
  month: Date;
  items: HistoryItem[];
}

/** Consecutive items grouped by UTC month, keeping their order. */
export function groupByMonth(items: readonly HistoryItem[]): HistoryMonth[] {
  const months: HistoryMonth[] = [];
  for (const item of items) {
    const key = utcMonthKey(item.startedAt);
    const last = months.at(-1);
    if (last && last.key === key) last.items.push(item);
    else months.push({ key, month: item.startedAt, items: [item] });
  }
  return months;
}

/** Splits into pages of `size`; always at least one page so /history/ exists. */
export function paginate<T>(items: readonly T[], size: number): T[][] {
  if (size < 1) throw new Error(`page size must be at least 1, not ${size}`);
  const pages: T[][] = [];
  for (let start = 0; start < items.length; start += size) pages.push(items.slice(start, start + size));
  return pages.length > 0 ? pages : [[]];
}

/** A component's incidents and maintenance, newest first, in history pages: the first shows on its own page. */
export function componentHistoryPages(component: {
  incidents: readonly DerivedIncident[];
  maintenance: readonly DerivedMaintenance[];
}): HistoryItem[][] {
  return paginate(historyItems(component.incidents, component.maintenance), HISTORY_PAGE_SIZE);
}
