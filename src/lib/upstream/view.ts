/**
 * What the page says about the upstream components one of ours depends on: their
 * status in the last good copy and its age, the upstream's open incidents and running
 * maintenance that touch them, and whether a followed one sets our status now.
 */
import type { ComponentStatus } from '../content/types.ts';
import type { UpstreamsFile } from '../content/schemas.ts';
import type { Dictionary } from '../i18n/dictionary.ts';
import { severity } from '../status/status.ts';
import type { UpstreamCopy } from './store.ts';
import type { UpstreamSummary } from './summary.ts';

/** An upstream incident or maintenance as a reader sees it, linked to the upstream's page. */
export interface UpstreamEvent {
  name: string;
  /** The upstream's status of it as the provider sends it (`in_progress`); `eventStatusWords` words it. */
  status: string;
  updatedAt: Date;
  url: string;
}

export interface UpstreamLinkView {
  pageId: string;
  pageName: string;
  /** The language the provider writes in, so a page in another language can mark its words. */
  language: string;
  /** The operator's address of the upstream's page: where every link goes. */
  pageUrl: string;
  componentId: string;
  /** The upstream's name for it, from the last good copy; null when unknown or unlisted. */
  componentName: string | null;
  /**
   * listed: the copy has it; unknown: no good copy yet, so nothing is claimed;
   * unlisted: the copy no longer lists this id (removed or re-created upstream).
   */
  state: 'listed' | 'unknown' | 'unlisted';
  status: ComponentStatus | null;
  follow: boolean;
  /** When the copy shown was fetched; null when there is none. */
  asOf: Date | null;
  /** The copy is older than the configured limit, so a followed link no longer sets our status. */
  stale: boolean;
  /** The last pull failed: with its reason as the pull worded it, when it gave one; null when it worked. */
  failure: { reason: string | null } | null;
  incidents: UpstreamEvent[];
  maintenance: UpstreamEvent[];
  /** Events left out past the cap; the provider's page lists them. */
  moreEvents: number;
}

/**
 * The provider's events shown per upstream component, each kind newest first. A page
 * may list 200 of each; five keep a component page within its size budget and still
 * say what matters now.
 */
export const MAX_EVENTS_SHOWN = 5;

/** An upstream event's status in a language's words; a status Statuspage may add later shows as sent. */
export function eventStatusWords(status: string, words: Dictionary): string {
  if (status === 'postmortem') return words.upstream.postmortem;
  if (Object.hasOwn(words.incidentStatus, status)) return words.incidentStatus[status as keyof Dictionary['incidentStatus']];
  if (Object.hasOwn(words.maintenanceStatus, status)) return words.maintenanceStatus[status as keyof Dictionary['maintenanceStatus']];
  return status;
}

/** Why the last pull failed, in readers' words; null when it worked. */
export function failureWords(link: Pick<UpstreamLinkView, 'failure'>, words: Dictionary): string | null {
  return link.failure ? (link.failure.reason ?? words.upstream.unreadable) : null;
}

const CLOSED_INCIDENT = new Set(['resolved', 'postmortem']);
const RUNNING_MAINTENANCE = new Set(['in_progress', 'verifying']);

/**
 * An upstream-sent link is used only on the origin the operator configured; anything
 * else (a URL shortener, another site) is replaced by the page itself.
 */
function eventUrl(shortlink: string | null, pageUrl: string): string {
  if (shortlink !== null && URL.canParse(shortlink) && new URL(shortlink).origin === new URL(pageUrl).origin) return shortlink;
  return pageUrl;
}

/** The ids an event on `componentId` may name: the component itself, or a child of it when it is a group. */
function touchedIds(summary: UpstreamSummary, componentId: string): Set<string> {
  return new Set([componentId, ...summary.components.filter((row) => row.group_id === componentId).map((row) => row.id)]);
}

function eventsOf(summary: UpstreamSummary, componentId: string, pageUrl: string): Pick<UpstreamLinkView, 'incidents' | 'maintenance' | 'moreEvents'> {
  const ids = touchedIds(summary, componentId);
  const touches = (event: { components: { id: string }[] }) => event.components.some((row) => ids.has(row.id));
  const view = (event: { name: string; status: string; updated_at: string; shortlink: string | null }): UpstreamEvent => ({
    name: event.name,
    status: event.status,
    updatedAt: new Date(event.updated_at),
    url: eventUrl(event.shortlink, pageUrl),
  });
  const newestFirst = (a: UpstreamEvent, b: UpstreamEvent) => b.updatedAt.getTime() - a.updatedAt.getTime();
  const incidents = summary.incidents.filter((incident) => !CLOSED_INCIDENT.has(incident.status) && touches(incident)).map(view).sort(newestFirst);
  const maintenance = summary.scheduled_maintenances.filter((window) => RUNNING_MAINTENANCE.has(window.status) && touches(window)).map(view).sort(newestFirst);
  return {
    incidents: incidents.slice(0, MAX_EVENTS_SHOWN),
    maintenance: maintenance.slice(0, MAX_EVENTS_SHOWN),
    moreEvents: Math.max(0, incidents.length - MAX_EVENTS_SHOWN) + Math.max(0, maintenance.length - MAX_EVENTS_SHOWN),
  };
}

/** Every upstream component `componentId` depends on, in the order configured. */
export function upstreamLinks(
  componentId: string,
  config: UpstreamsFile,
  copies: ReadonlyMap<string, UpstreamCopy>,
  now: Date,
): UpstreamLinkView[] {
  const links = config.components.find((component) => component.id === componentId)?.upstream ?? [];
  return links.flatMap((link): UpstreamLinkView[] => {
    const page = config.pages.find((candidate) => candidate.id === link.page);
    if (!page) return [];
    const copy = copies.get(page.id);
    const summary = copy?.summary ?? null;
    const row = summary?.components.find((candidate) => candidate.id === link.component);
    const failed = copy?.report && !copy.report.ok ? { reason: copy.report.reason ?? null } : null;
    const asOf = summary ? (copy?.fetchedAt ?? null) : null;
    return [{
      pageId: page.id,
      pageName: page.name,
      language: page.language,
      pageUrl: page.url,
      componentId: link.component,
      componentName: row?.name ?? null,
      state: !summary ? 'unknown' : row ? 'listed' : 'unlisted',
      status: row?.status ?? null,
      follow: link.follow,
      asOf,
      stale: asOf !== null && now.getTime() - asOf.getTime() > config.staleAfterMinutes * 60_000,
      failure: failed,
      ...(summary && row ? eventsOf(summary, row.id, page.url) : { incidents: [], maintenance: [], moreEvents: 0 }),
    }];
  });
}

/**
 * The followed link that sets our status: the worst listed, fresh one that is worse
 * than `own`. Unknown, unlisted or stale links never change ours: no guess either way.
 */
export function followedLink(links: readonly UpstreamLinkView[], own: ComponentStatus): UpstreamLinkView | null {
  let worst: UpstreamLinkView | null = null;
  for (const link of links) {
    if (!link.follow || link.state !== 'listed' || link.stale || link.status === null) continue;
    const current = worst?.status ?? own;
    if (severity(link.status) > severity(current)) worst = link;
  }
  return worst;
}

/** Links whose upstream reports trouble: what the home page's row mentions. */
export function troubledLinks(links: readonly UpstreamLinkView[]): UpstreamLinkView[] {
  return links.filter((link) => link.state === 'listed' && link.status !== null && link.status !== 'operational');
}
