/**
 * Where every machine-readable output lives. Endpoints, `<link rel="alternate">` tags and
 * the subscribe page all take their paths from here, so none of them can drift apart.
 */

export type FeedFormat = 'rss' | 'atom';

/** The Statuspage v2 documents, by the name `statuspageApi()` gives each. */
export const API_PATHS = {
  summary: '/api/v2/summary.json',
  status: '/api/v2/status.json',
  components: '/api/v2/components.json',
  incidents: '/api/v2/incidents.json',
  unresolvedIncidents: '/api/v2/incidents/unresolved.json',
  scheduledMaintenances: '/api/v2/scheduled-maintenances.json',
  upcomingMaintenances: '/api/v2/scheduled-maintenances/upcoming.json',
  activeMaintenances: '/api/v2/scheduled-maintenances/active.json',
} as const;

export type ApiDocumentName = keyof typeof API_PATHS;

export const FEED_TYPES: Record<FeedFormat, string> = {
  rss: 'application/rss+xml',
  atom: 'application/atom+xml',
};

export const SUBSCRIBE_PATH = '/subscribe/';
export const SITEMAP_PATH = '/sitemap-index.xml';

/** The same history Statuspage serves at these paths, so existing readers find it. */
export function feedPath(format: FeedFormat): string {
  return `/history.${format}`;
}

export function componentFeedPath(componentId: string, format: FeedFormat): string {
  return `/components/${componentId}/history.${format}`;
}

export const CALENDAR_PATH = '/maintenance.ics';

export function componentCalendarPath(componentId: string): string {
  return `/components/${componentId}/maintenance.ics`;
}

/** Component badges sit one folder down so no component id can clash with the overall badge. */
export function badgePath(format: 'svg' | 'json'): string {
  return `/badges/status.${format}`;
}

export function componentBadgePath(componentId: string, format: 'svg' | 'json'): string {
  return `/badges/components/${componentId}.${format}`;
}

export function incidentPath(slug: string): string {
  return `/incidents/${slug}/`;
}

export function maintenancePath(slug: string): string {
  return `/maintenance/${slug}/`;
}

export function componentPath(componentId: string): string {
  return `/components/${componentId}/`;
}

/** Absolute URL of a site path, from the configured public site URL. */
export function absoluteUrl(path: string, siteUrl: string): string {
  return new URL(path, siteUrl).href;
}
