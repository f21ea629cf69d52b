/**
 * Maintenance windows as an iCalendar subscription, for the whole site or one component.
 * Each window is one event whose UID is `<slug>@<site host>`, so a calendar that refreshes
 * the subscription moves or updates the event instead of adding a second one.
 *
 * ical-generator writes the calendar's name, description and the UID as they are, and
 * escapes only line breaks elsewhere: every text passes `toOneLine` or `toPlainLines`
 * first, so no text can end its line and start a property or event of its own.
 */
import ical, { ICalEventStatus, ICalEventTransparency } from 'ical-generator';
import { toOneLine, toPlainLines } from '../content/control-characters.ts';
import type { Dictionary } from '../i18n/dictionary.ts';
import type { Language } from '../i18n/languages.ts';
import { translatedEntry, type Shown, type TranslatedEntry } from '../i18n/translated.ts';
import { namesIn, operatorText } from '../i18n/operator-text.ts';
import type { DerivedMaintenance } from '../status/maintenance.ts';
import type { ComponentView, StatusModel } from '../status/model.ts';
import { absoluteUrl, maintenancePath } from './urls.ts';
import { formatUtcDateTime } from '../presentation/time.ts';

interface CalendarSite {
  name: string;
  url: string;
}

/** How often a subscribed calendar should fetch again. */
const REFRESH_SECONDS = 60 * 60;

/** Unique per site, even for two sites under paths of one host (owner.github.io/a, /b). */
export function maintenanceUid(slug: string, siteUrl: string): string {
  const { hostname, pathname } = new URL(siteUrl);
  return `${slug}@${hostname}${pathname.replace(/\/$/, '')}`;
}

export function siteCalendar(model: StatusModel, site: CalendarSite, language: Language): string {
  return maintenanceCalendar(language.words.calendar.name(site.name), model.maintenance, model, site, language);
}

export function componentCalendar(model: StatusModel, component: ComponentView, site: CalendarSite, language: Language): string {
  return maintenanceCalendar(language.words.calendar.componentName(site.name, operatorText(component, language).name.text), component.maintenance, model, site, language);
}

function maintenanceCalendar(
  name: string,
  windows: readonly DerivedMaintenance[],
  model: StatusModel,
  site: CalendarSite,
  language: Language,
): string {
  const calendar = ical({
    name: toOneLine(name),
    description: toOneLine(language.words.calendar.description(site.name)),
    prodId: { company: 'StatusWire', product: 'StatusWire', language: language.words.language.tag.toUpperCase() },
    ttl: REFRESH_SECONDS,
  });
  for (const maintenance of windows) {
    const url = absoluteUrl(maintenancePath(language, maintenance.slug), site.url);
    const text = translatedEntry(maintenance, language, '');
    const lastChange = maintenance.latestUpdate?.at ?? null;
    calendar.createEvent({
      id: toOneLine(maintenanceUid(maintenance.slug, site.url)),
      start: maintenance.window.start,
      end: maintenance.window.end,
      // Both times come from the content or the build clock, never the wall clock.
      stamp: lastChange ?? model.generatedAt,
      created: maintenance.updates[0]?.at ?? null,
      lastModified: lastChange,
      // Updates are only appended, so their count rises with every change a subscriber should see.
      sequence: maintenance.updates.length,
      summary: toOneLine(language.words.calendar.summary(text.title.text)),
      description: describe(maintenance, text, namesIn(model.components, language), url, language.words),
      url,
      status: ICalEventStatus.CONFIRMED,
      // A window is information, not a meeting: it must not block the subscriber's own time.
      transparency: ICalEventTransparency.TRANSPARENT,
    });
  }
  return calendar.toString();
}

function describe(maintenance: DerivedMaintenance, text: TranslatedEntry, names: ReadonlyMap<string, Shown>, url: string, words: Dictionary): string {
  const affected = maintenance.components.map((id) => toOneLine(names.get(id)?.text ?? id)).join(', ');
  const updates = maintenance.timeline.map(
    (entry) => `${words.maintenanceStatus[entry.status]}, ${formatUtcDateTime(entry.at, words.time)}:\n${toPlainLines(text.message(entry).text)}`,
  );
  return [words.calendar.affected(affected), ...updates, words.calendar.details(url)].join('\n\n');
}
