/** Incidents and maintenance arranged in time: ongoing, upcoming, past; recent days, months, pages. */
import type { DerivedIncident } from './incident.ts';
import type { DerivedMaintenance } from './maintenance.ts';
import { lastUtcDays, startOfUtcDay, utcDayKey, utcMonthKey } from '../presentation/time.ts';
import { translatedEntry, type Shown, type TextLanguage } from '../i18n/translated.ts';
import type { Impact, IncidentStatus, MaintenanceState } from '../content/types.ts';

/** Keeps every history page small however long the record grows. */
export const HISTORY_PAGE_SIZE = 25;

/** Where an item stands at the build clock: what readers need now comes first. */
export type HistoryPhase = 'ongoing' | 'upcoming' | 'past';

export type HistoryItem = { phase: HistoryPhase } & (
  | { kind: 'incident'; slug: string; startedAt: Date; incident: DerivedIncident }
  | { kind: 'maintenance'; slug: string; startedAt: Date; maintenance: DerivedMaintenance }
);

const MAINTENANCE_PHASE = { in_progress: 'ongoing', upcoming: 'upcoming', completed: 'past' } as const;
const PHASE_ORDER: Record<HistoryPhase, number> = { ongoing: 0, upcoming: 1, past: 2 };

/**
 * Ongoing first (newest start first), then upcoming (soonest first), then the past
 * (newest start first): a reader who arrives during an incident sees it before next
 * year's maintenance, and the record below reads back in time.
 */
export function historyItems(
  incidents: readonly DerivedIncident[],
  maintenance: readonly DerivedMaintenance[],
): HistoryItem[] {
  const items: HistoryItem[] = [
    ...incidents.map((incident) => ({
      phase: incident.active ? ('ongoing' as const) : ('past' as const),
      kind: 'incident' as const,
      slug: incident.slug,
      startedAt: incident.startedAt,
      incident,
    })),
    ...maintenance.map((window) => ({
      phase: MAINTENANCE_PHASE[window.state],
      kind: 'maintenance' as const,
      slug: window.slug,
      startedAt: window.startedAt,
      maintenance: window,
    })),
  ];
  return items.sort((a, b) => {
    const byTime = a.phase === 'upcoming' ? a.startedAt.getTime() - b.startedAt.getTime() : b.startedAt.getTime() - a.startedAt.getTime();
    return PHASE_ORDER[a.phase] - PHASE_ORDER[b.phase] || byTime || a.kind.localeCompare(b.kind) || a.slug.localeCompare(b.slug);
  });
}

/**
 * When an item was active, up to `now`: an incident from its first update to its
 * resolution; maintenance through its window, or to the update that completed it, or
 * while it stays in progress. Null for what has not started.
 */
export function activeSpan(item: HistoryItem, now: Date): { start: Date; end: Date } | null {
  if (item.startedAt > now) return null;
  const end = item.kind === 'incident' ? (item.incident.resolvedAt ?? now) : maintenanceEnd(item.maintenance, now);
  return { start: item.startedAt, end: new Date(Math.max(item.startedAt.getTime(), Math.min(end.getTime(), now.getTime()))) };
}

function maintenanceEnd(window: DerivedMaintenance, now: Date): Date {
  if (window.state === 'in_progress') return now;
  return window.latestUpdate?.status === 'completed' ? window.latestUpdate.at : window.window.end;
}

const DAY_MS = 86_400_000;

/** The UTC day keys a span touches; an end at midnight sharp does not reach into that day. */
function spanDayKeys(span: { start: Date; end: Date }): string[] {
  const last = startOfUtcDay(new Date(Math.max(span.start.getTime(), span.end.getTime() - 1))).getTime();
  const keys: string[] = [];
  for (let day = startOfUtcDay(span.start).getTime(); day <= last; day += DAY_MS) keys.push(utcDayKey(new Date(day)));
  return keys;
}

export interface HistoryDay {
  day: Date;
  items: HistoryItem[];
}

/**
 * The last `days` UTC days up to `now`, newest first, each with everything active on it:
 * an incident open for a week is listed on each of those days, as Statuspage does.
 */
export function recentDays(items: readonly HistoryItem[], now: Date, days: number): HistoryDay[] {
  const calendar = lastUtcDays(now, days);
  const byDay = new Map(calendar.map((day) => [utcDayKey(day), [] as HistoryItem[]]));
  const oldest = calendar.at(-1)!;
  for (const item of items) {
    const span = activeSpan(item, now);
    // Long-resolved items cannot reach the window: skip their day walk.
    if (!span || span.end < oldest) continue;
    for (const key of spanDayKeys(span)) byDay.get(key)?.push(item);
  }
  return calendar.map((day) => ({ day, items: byDay.get(utcDayKey(day))! }));
}

/** A run of items under one heading: what is ongoing, what is upcoming, or one UTC month of the past. */
export interface HistorySection {
  /** `ongoing`, `upcoming`, or the month as `2026-01`. */
  key: string;
  phase: HistoryPhase;
  /** The month of a past section. */
  month: Date;
  items: HistoryItem[];
}

/** Consecutive items grouped by phase, and the past by UTC month, keeping their order. */
export function historySections(items: readonly HistoryItem[]): HistorySection[] {
  const sections: HistorySection[] = [];
  for (const item of items) {
    const key = item.phase === 'past' ? utcMonthKey(item.startedAt) : item.phase;
    const last = sections.at(-1);
    if (last && last.key === key) last.items.push(item);
    else sections.push({ key, phase: item.phase, month: item.startedAt, items: [item] });
  }
  return sections;
}

/** Splits into pages of `size`; always at least one page so /history/ exists. */
export function paginate<T>(items: readonly T[], size: number): T[][] {
  if (size < 1) throw new Error(`page size must be at least 1, not ${size}`);
  const pages: T[][] = [];
  for (let start = 0; start < items.length; start += size) pages.push(items.slice(start, start + size));
  return pages.length > 0 ? pages : [[]];
}

/** A component's incidents and maintenance, ongoing, upcoming, then past, in history pages: the first shows on its own page. */
export function componentHistoryPages(component: {
  incidents: readonly DerivedIncident[];
  maintenance: readonly DerivedMaintenance[];
}): HistoryItem[][] {
  return paginate(historyItems(component.incidents, component.maintenance), HISTORY_PAGE_SIZE);
}

/**
 * All a history entry shows of its item in one language, and nothing more:
 * `HistoryEntry.astro` renders from it alone, so the digest of a list page's entries
 * (src/lib/rebuild/list-pages.ts) covers every word and time the list shows.
 */
export type HistoryEntryView = { slug: string; title: Shown; startedAt: Date } & (
  | { kind: 'incident'; status: IncidentStatus; impact: Impact; resolvedAt: Date | null; durationMs: number }
  | { kind: 'maintenance'; state: MaintenanceState; window: { start: Date; end: Date } }
);

export function historyEntryView(item: HistoryItem, language: TextLanguage): HistoryEntryView {
  const entry = item.kind === 'incident' ? item.incident : item.maintenance;
  const shown = { slug: item.slug, title: translatedEntry(entry, language).title, startedAt: entry.startedAt };
  if (item.kind === 'incident') {
    const { status, impact, resolvedAt, durationMs } = item.incident;
    return { kind: 'incident', ...shown, status, impact, resolvedAt, durationMs };
  }
  const { state, window } = item.maintenance;
  return { kind: 'maintenance', ...shown, state, window: { start: window.start, end: window.end } };
}
