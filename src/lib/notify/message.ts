/**
 * What every message says about an event, whatever its kind: a heading, the title,
 * status, impact, affected components, the update as plain text and the page's URL.
 * Each kind renders these facts; none reads the model itself.
 */
import { plainText } from '../markup/markdown.ts';
import type { Dictionary } from '../i18n/dictionary.ts';
import { formatUtcDateTime } from '../presentation/time.ts';
import { DEFAULT_LANGUAGE_PATHS, incidentPath, maintenancePath, siteUrlOf } from '../outputs/urls.ts';
import type { IncidentStatus, MaintenanceStatus } from '../content/types.ts';
import type { StatusModel } from '../status/model.ts';
import type { StatusEvent } from '../status/events.ts';

export interface NotifySite {
  name: string;
  /** The public site URL, with its path if it has one. */
  url: string;
}

export interface MessageFacts {
  event: StatusEvent;
  siteName: string;
  /** "Incident opened: Delayed SMS to Smartfren". */
  heading: string;
  title: string;
  status: string;
  impact: string;
  /** Display names of the affected components. */
  components: string[];
  /** The writer's update without markup; empty when the clock alone made the event. */
  text: string;
  /** The maintenance window in UTC words, for maintenance events. */
  window: string | null;
  /** Status, impact, affected components and window, each named; `wide` takes a line of its own where cards set facts side by side. */
  factLines: { name: string; value: string; wide: boolean }[];
  /** The words of the link to the page: "View incident". */
  linkLabel: string;
  url: string;
}


/** A chat line or mail subject stays readable; the page holds the rest. */
const MAX_TITLE = 200;
const MAX_TEXT = 2000;

export function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** The facts in `words`: notifications go out in the site's default language. */
export function messageFacts(event: StatusEvent, model: StatusModel, site: NotifySite, words: Dictionary): MessageFacts {
  const status =
    event.subject === 'incident'
      ? words.incidentStatus[event.status as IncidentStatus]
      : words.maintenanceStatus[event.status as MaintenanceStatus];
  const path = event.subject === 'incident' ? incidentPath(DEFAULT_LANGUAGE_PATHS, event.slug) : maintenancePath(DEFAULT_LANGUAGE_PATHS, event.slug);
  const impact = event.impact === 'maintenance' ? words.notify.maintenanceImpact : words.impact[event.impact];
  const components = event.components.map((id) => model.componentNames.get(id) ?? id);
  const window = event.window ? words.time.range(formatUtcDateTime(event.window.start, words.time), formatUtcDateTime(event.window.end, words.time)) : null;
  return {
    event,
    siteName: site.name,
    heading: clip(`${words.eventKind[event.kind]}: ${event.title}`, MAX_TITLE),
    title: clip(event.title, MAX_TITLE),
    status,
    impact,
    components,
    text: clip(plainText(event.message).trim(), MAX_TEXT),
    window,
    factLines: [
      { name: words.notify.status, value: status, wide: false },
      { name: words.notify.impact, value: impact, wide: false },
      ...(components.length > 0 ? [{ name: words.notify.affected, value: components.join(', '), wide: true }] : []),
      ...(window ? [{ name: words.notify.window, value: window, wide: false }] : []),
    ],
    linkLabel: event.subject === 'incident' ? words.notify.viewIncident : words.notify.viewMaintenance,
    url: siteUrlOf(path, site.url),
  };
}
