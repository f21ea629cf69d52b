/**
 * RSS 2.0 and Atom feeds of incidents and maintenance, for the whole site or one
 * component. One entry per incident or maintenance, whose id is its page's URL: a new
 * update changes the entry's `updated` time and content, never its id.
 *
 * The `feed` package wraps titles and content in CDATA but only splits the first `]]>`
 * in each, so every string handed to it is escaped HTML, in which `>` never appears raw.
 */
import { Feed, type Item } from 'feed';
import type { DerivedIncident, TimelineEntry } from '../status/incident.ts';
import type { DerivedMaintenance } from '../status/maintenance.ts';
import { plainText, renderMessage } from '../markup/markdown.ts';
import type { ComponentView, StatusModel } from '../status/model.ts';
import type { IncidentStatus, MaintenanceStatus } from '../content/types.ts';
import { eventsOf, type StatusEvent } from '../status/events.ts';
import type { Dictionary } from '../i18n/dictionary.ts';
import type { Language } from '../i18n/languages.ts';
import { translatedEntry, type Shown, type Translatable, type TranslatedEntry } from '../i18n/translated.ts';
import { namesIn, operatorText } from '../i18n/operator-text.ts';
import {
  absoluteUrl,
  componentFeedPath,
  componentPath,
  componentUpdatesFeedPath,
  feedPath,
  updatesFeedPath,
  homePath,
  incidentPath,
  maintenancePath,
  type FeedFormat,
} from './urls.ts';
import { formatUtcDateTime } from '../presentation/time.ts';
import { escapeXml, xmlSafe } from './xml.ts';

interface FeedSite {
  name: string;
  url: string;
  /** The operator's own site, when configured: the feed's author link. */
  homepage?: string | undefined;
}

interface FeedScope {
  title: string;
  description: string;
  /** The page the feed follows. */
  pagePath: string;
  feedPath: (format: FeedFormat) => string;
  incidents: readonly DerivedIncident[];
  maintenance: readonly DerivedMaintenance[];
}

interface EntryContext {
  siteUrl: string;
  language: Language;
  /** Component names by id, in the feed's language. */
  names: ReadonlyMap<string, Shown>;
  words: Dictionary;
}

const builtFeeds = new WeakMap<StatusModel, WeakMap<FeedSite, Map<string, Feed>>>();

/**
 * Each feed is made once per model, site and language: its Atom and RSS files serialize
 * the same entries, whose content (every update's message as HTML) is most of the work.
 */
function once(model: StatusModel, site: FeedSite, key: string, make: () => Feed): Feed {
  const bySite = builtFeeds.get(model) ?? new WeakMap<FeedSite, Map<string, Feed>>();
  builtFeeds.set(model, bySite);
  const feeds = bySite.get(site) ?? new Map<string, Feed>();
  bySite.set(site, feeds);
  const feed = feeds.get(key) ?? make();
  feeds.set(key, feed);
  return feed;
}

/** Every incident and maintenance of the site. */
export function siteFeed(model: StatusModel, site: FeedSite, language: Language): Feed {
  return once(model, site, `site ${language.locale}`, () => statusFeed(
    {
      title: language.words.feed.title(site.name),
      description: language.words.feed.description(site.name),
      pagePath: homePath(language),
      feedPath: (format) => feedPath(language, format),
      incidents: model.incidents,
      maintenance: model.maintenance,
    },
    model,
    site,
    language,
  ));
}

/** Exactly the incidents that affected one component, and the maintenance that touches it. */
export function componentFeed(model: StatusModel, component: ComponentView, site: FeedSite, language: Language): Feed {
  const name = operatorText(component, language).name.text;
  return once(model, site, `component ${component.id} ${language.locale}`, () => statusFeed(
    {
      title: language.words.feed.componentTitle(site.name, name),
      description: language.words.feed.componentDescription(name),
      pagePath: componentPath(language, component.id),
      feedPath: (format) => componentFeedPath(language, component.id, format),
      incidents: component.incidents,
      maintenance: component.maintenance,
    },
    model,
    site,
    language,
  ));
}

/**
 * One entry per posted update and per maintenance step (scheduled, started, completed),
 * newest first: chat apps that post new feed items and most readers announce only new
 * entries, so in the feeds above a second update to an incident goes unheard.
 */
export function siteUpdatesFeed(model: StatusModel, site: FeedSite, language: Language): Feed {
  return once(model, site, `site updates ${language.locale}`, () => updatesFeed(
    { title: language.words.feed.updatesTitle(site.name), description: language.words.feed.updatesDescription(site.name), pagePath: homePath(language), feedPath: (format) => updatesFeedPath(language, format) },
    eventsOf(model),
    model,
    site,
    language,
  ));
}

/** The same for the incidents and maintenance touching one component. */
export function componentUpdatesFeed(model: StatusModel, component: ComponentView, site: FeedSite, language: Language): Feed {
  const name = operatorText(component, language).name.text;
  return once(model, site, `component updates ${component.id} ${language.locale}`, () => updatesFeed(
    {
      title: language.words.feed.componentUpdatesTitle(site.name, name),
      description: language.words.feed.componentUpdatesDescription(name),
      pagePath: componentPath(language, component.id),
      feedPath: (format) => componentUpdatesFeedPath(language, component.id, format),
    },
    eventsOf(model).filter((event) => event.components.includes(component.id)),
    model,
    site,
    language,
  ));
}

function updatesFeed(
  scope: Omit<FeedScope, 'incidents' | 'maintenance'>,
  events: readonly StatusEvent[],
  model: StatusModel,
  site: FeedSite,
  language: Language,
): Feed {
  const feed = emptyFeed(scope, model, site, language.words);
  const subjects = subjectsOf(model);
  [...events]
    .reverse()
    .slice(0, FEED_ENTRY_LIMIT)
    .forEach((event) => feed.addItem(eventEntry(event, subjects.get(`${event.subject} ${event.slug}`), { siteUrl: site.url, language, names: namesIn(model.components, language), words: language.words })));
  return feed;
}

/** Each incident and maintenance by subject and slug, once per model, to find an event's translations. */
const subjectMaps = new WeakMap<StatusModel, Map<string, Translatable>>();
function subjectsOf(model: StatusModel): Map<string, Translatable> {
  let subjects = subjectMaps.get(model);
  if (!subjects) {
    subjects = new Map<string, Translatable>([
      ...model.incidents.map((incident): [string, Translatable] => [`incident ${incident.slug}`, incident]),
      ...model.maintenance.map((maintenance): [string, Translatable] => [`maintenance ${maintenance.slug}`, maintenance]),
    ]);
    subjectMaps.set(model, subjects);
  }
  return subjects;
}

/** Its id is the page's URL with the event's id, which never changes; its link is the page. */
function eventEntry(event: StatusEvent, subject: Translatable | undefined, context: EntryContext): Item {
  const text = translatedEntry(subject ?? event, context.language, '');
  const message = event.message ? text.message(event).text : '';
  const link = absoluteUrl(event.subject === 'incident' ? incidentPath(context.language, event.slug) : maintenancePath(context.language, event.slug), context.siteUrl);
  const { words } = context;
  const status = event.subject === 'incident' ? words.incidentStatus[event.status as IncidentStatus] : words.maintenanceStatus[event.status as MaintenanceStatus];
  const affected = event.components.map((id) => context.names.get(id)?.text ?? id).join(', ');
  const window = event.window ? windowWords(event.window, words) : null;
  const facts = [
    `<strong>${status}</strong>`,
    ...(event.impact === 'maintenance' ? [] : [words.feed.impact(words.impact[event.impact])]),
    ...(window ? [words.feed.window(window)] : []),
    ...(affected ? [words.feed.affected(escapeXml(affected))] : []),
  ];
  return {
    id: `${link}#${event.id}`,
    link,
    title: escapeXml(`${words.eventKind[event.kind]}: ${text.title.text}`),
    published: event.at,
    date: event.at,
    description: escapeXml(message ? plainText(message) : `${status}.${window ? ` ${words.feed.window(window)}.` : ''}`),
    content: [`<p>${facts.join(' · ')}</p>`, ...(message ? [xmlSafe(renderMessage(message))] : []), `<p><a href="${escapeXml(link)}">${words.feed.fullDetails}</a></p>`].join('\n'),
    category: [{ name: words.eventKind[event.kind], term: event.kind }],
  };
}

/**
 * A feed carries the most recently active entries only, so it stays small however long
 * the history grows; the history pages keep the rest. An old incident that is still
 * being updated stays in, since selection goes by its latest update.
 */
export const FEED_ENTRY_LIMIT = 50;

/** "12 Jan 2026, 08:00 UTC to 12 Jan 2026, 10:00 UTC" */
function windowWords(window: { start: Date; end: Date }, words: Dictionary): string {
  return words.time.range(formatUtcDateTime(window.start, words.time), formatUtcDateTime(window.end, words.time));
}

function emptyFeed(scope: Pick<FeedScope, 'title' | 'description' | 'pagePath' | 'feedPath'>, model: StatusModel, site: FeedSite, words: Dictionary): Feed {
  const url = (path: string) => absoluteUrl(path, site.url);
  return new Feed({
    id: url(scope.pagePath),
    link: url(scope.pagePath),
    title: xmlSafe(scope.title),
    description: xmlSafe(scope.description),
    language: words.language.tag,
    // The build clock, never the wall clock: the same content builds the same feed.
    updated: model.generatedAt,
    generator: 'StatusWire',
    author: { name: xmlSafe(site.name), link: site.homepage },
    feedLinks: { rss: url(scope.feedPath('rss')), atom: url(scope.feedPath('atom')) },
  });
}

function statusFeed(scope: FeedScope, model: StatusModel, site: FeedSite, language: Language): Feed {
  const feed = emptyFeed(scope, model, site, language.words);
  const context: EntryContext = { siteUrl: site.url, language, names: namesIn(model.components, language), words: language.words };
  // Chosen by date and link before any entry is written: a feed of 50 out of 10,000
  // incidents would otherwise render every incident's whole timeline to keep 50.
  const candidates: Candidate[] = [
    ...scope.incidents.map((incident) => {
      const link = absoluteUrl(incidentPath(language, incident.slug), site.url);
      return { date: incident.latestUpdate.at, link, entry: () => incidentEntry(incident, link, context) };
    }),
    ...scope.maintenance.map((maintenance) => {
      const link = absoluteUrl(maintenancePath(language, maintenance.slug), site.url);
      return { date: maintenanceDates(maintenance).date, link, entry: () => maintenanceEntry(maintenance, link, context) };
    }),
  ];
  candidates
    .sort((a, b) => b.date.getTime() - a.date.getTime() || a.link.localeCompare(b.link))
    .slice(0, FEED_ENTRY_LIMIT)
    .map((candidate) => candidate.entry())
    .sort((a, b) => (b.published?.getTime() ?? 0) - (a.published?.getTime() ?? 0) || a.link.localeCompare(b.link))
    .forEach((entry) => feed.addItem(entry));
  return feed;
}

/** An incident or maintenance that may make the feed: what it is sorted by, and how to write its entry. */
interface Candidate {
  date: Date;
  link: string;
  entry: () => Item;
}

/** Dated by its announcement and last update, not by the clock, so an entry changes only when writers change it. */
function maintenanceDates(maintenance: DerivedMaintenance): { published: Date; date: Date } {
  const published = maintenance.updates[0]?.at ?? maintenance.window.start;
  return { published, date: maintenance.latestUpdate?.at ?? published };
}

function incidentEntry(incident: DerivedIncident, link: string, context: EntryContext): Item {
  const { words } = context;
  const text = translatedEntry(incident, context.language, '');
  const affected = incident.components.map(
    (component) =>
      `${context.names.get(component.id)?.text ?? component.id} (${words.componentStatus[component.status].toLowerCase()})`,
  );
  const facts = [
    `<strong>${words.incidentStatus[incident.status]}</strong>`,
    words.feed.impact(words.impact[incident.impact]),
    ...(affected.length > 0 ? [words.feed.affected(escapeXml(affected.join(', ')))] : []),
  ];
  return {
    id: link,
    link,
    title: escapeXml(text.title.text),
    published: incident.startedAt,
    date: incident.latestUpdate.at,
    description: escapeXml(plainText(text.message(incident.latestUpdate).text)),
    content: [
      `<p>${facts.join(' · ')}</p>`,
      timelineHtml(incident.timeline, words.incidentStatus, words, text),
      `<p><a href="${escapeXml(link)}">${words.feed.fullIncident}</a></p>`,
    ].join('\n'),
    category: [{ name: words.feed.incident, term: 'incident' }],
  };
}

function maintenanceEntry(maintenance: DerivedMaintenance, link: string, context: EntryContext): Item {
  const { words } = context;
  const text = translatedEntry(maintenance, context.language, '');
  const { published, date } = maintenanceDates(maintenance);
  const window = windowWords(maintenance.window, words);
  const affected = maintenance.components.map((id) => context.names.get(id)?.text ?? id).join(', ');
  const latest = maintenance.latestUpdate ? ` ${plainText(text.message(maintenance.latestUpdate).text)}` : '';
  return {
    id: link,
    link,
    title: escapeXml(words.feed.maintenanceTitle(text.title.text)),
    published,
    date,
    description: escapeXml(`${words.feed.window(window)}.${latest}`),
    content: [
      `<p><strong>${words.feed.windowHeading}</strong>: ${window} · ${words.feed.affected(escapeXml(affected))}</p>`,
      timelineHtml(maintenance.timeline, words.maintenanceStatus, words, text),
      `<p><a href="${escapeXml(link)}">${words.feed.fullMaintenance}</a></p>`,
    ].join('\n'),
    category: [{ name: words.feed.maintenance, term: 'maintenance' }],
  };
}

/** The whole timeline, newest first as on the page; messages rendered as on the page, in the feed's language where translated. */
function timelineHtml<S extends string>(timeline: readonly TimelineEntry<S>[], labels: Readonly<Record<S, string>>, words: Dictionary, text: TranslatedEntry): string {
  return timeline
    .map(
      (entry) =>
        `<p><strong>${labels[entry.status]}</strong> · <time datetime="${entry.at.toISOString()}">${formatUtcDateTime(entry.at, words.time)}</time></p>\n` +
        xmlSafe(renderMessage(text.message(entry).text)),
    )
    .join('\n');
}
