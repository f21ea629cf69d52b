/**
 * Expectations for the e2e suite, read straight from the sample content in content/,
 * so the tests follow the files instead of copying long strings out of them.
 * The pinned build clock comes from tests/support/clock.ts, the same one the
 * Playwright webServer builds with.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { TEST_NOW } from '../../support/clock';
import { formatDuration } from '../../../src/lib/presentation/time';
import { dictionary } from '../../../src/lib/i18n/dictionary';

export { TEST_NOW };

const CONTENT = fileURLToPath(new URL('../../../content/', import.meta.url));

export interface Update {
  at: Date;
  status: string;
  message: string;
}

export interface IncidentFile {
  slug: string;
  title: string;
  impact: 'none' | 'minor' | 'major' | 'critical';
  components: { id: string; status: string }[];
  updates: Update[];
  /** The MDX body below the frontmatter. */
  body: string;
  startedAt: Date;
  latest: Update;
  active: boolean;
  /** The writer's translations by language, as written (update times as keys). */
  translations: Record<string, { title?: string; updates?: Record<string, string>; body?: string } | undefined>;
}

export interface MaintenanceFile {
  slug: string;
  title: string;
  components: string[];
  window: { start: Date; end: Date };
  updates: Update[];
  body: string;
}

/** The operator's translations of a group's or component's words, by language. */
type OperatorTranslations = Record<string, { name?: string; description?: string } | undefined>;

export interface ComponentsFile {
  groups: {
    id: string;
    name: string;
    description?: string;
    translations?: OperatorTranslations;
    components: { id: string; name: string; description?: string; translations?: OperatorTranslations }[];
  }[];
}

function splitFrontmatter(path: string): { data: Record<string, any>; body: string } {
  const text = readFileSync(path, 'utf8');
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n([\s\S]*)$/.exec(text);
  if (!match) throw new Error(`${path} has no YAML frontmatter`);
  return { data: parse(match[1]!) as Record<string, any>, body: match[2]! };
}

function toUpdates(raw: unknown): Update[] {
  return ((raw as any[]) ?? []).map((u) => ({ at: new Date(String(u.at)), status: String(u.status), message: String(u.message) }));
}

function mdxFiles(dir: string): string[] {
  return readdirSync(join(CONTENT, dir))
    .filter((name) => name.endsWith('.mdx') || name.endsWith('.md'))
    .sort()
    .map((name) => join(CONTENT, dir, name));
}

export function readIncidents(): IncidentFile[] {
  return mdxFiles('incidents').map((path) => {
    const { data, body } = splitFrontmatter(path);
    const updates = toUpdates(data.updates);
    const latest = updates.at(-1)!;
    return {
      slug: basename(path).replace(/\.mdx?$/, ''),
      title: String(data.title),
      impact: data.impact,
      components: (data.components ?? []) as { id: string; status: string }[],
      updates,
      body,
      startedAt: updates[0]!.at,
      latest,
      active: latest.status !== 'resolved',
      translations: data.translations ?? {},
    };
  });
}

export function readMaintenance(): MaintenanceFile[] {
  return mdxFiles('maintenance').map((path) => {
    const { data, body } = splitFrontmatter(path);
    return {
      slug: basename(path).replace(/\.mdx?$/, ''),
      title: String(data.title),
      components: (data.components ?? []) as string[],
      window: { start: new Date(String(data.window.start)), end: new Date(String(data.window.end)) },
      updates: toUpdates(data.updates),
      body,
    };
  });
}

export function readComponents(): ComponentsFile {
  return parse(readFileSync(join(CONTENT, 'components.yaml'), 'utf8')) as ComponentsFile;
}

export interface SiteFile {
  name: string;
  homepage?: string;
  logo?: { src: string; alt: string };
  contact: string;
  timeZone?: string;
}

export function readSite(): SiteFile {
  return parse(readFileSync(join(CONTENT, 'site.yaml'), 'utf8')) as SiteFile;
}

export function incident(slug: string): IncidentFile {
  const found = readIncidents().find((i) => i.slug === slug);
  if (!found) throw new Error(`no incident file content/incidents/${slug}.mdx`);
  return found;
}

export function maintenance(slug: string): MaintenanceFile {
  const found = readMaintenance().find((m) => m.slug === slug);
  if (!found) throw new Error(`no maintenance file content/maintenance/${slug}.mdx`);
  return found;
}

export function componentName(id: string): string {
  for (const group of readComponents().groups) {
    const component = group.components.find((c) => c.id === id);
    if (component) return component.name;
  }
  throw new Error(`no component "${id}" in content/components.yaml`);
}

/** What an update message reads like once its Markdown is rendered (bold and code marks gone). */
export function messageText(message: string): string {
  return message.replace(/\*\*|`/g, '').replace(/\s+/g, ' ').trim();
}

/** `## Heading` lines of an MDX body, in order. */
export function mdxHeadings(body: string): string[] {
  return [...body.matchAll(/^##\s+(.+)$/gm)].map((m) => m[1]!.trim());
}

/** Reader-facing words, hard-coded here so a change of wording fails loudly. */
export const COMPONENT_STATUS_LABEL: Record<string, string> = {
  operational: 'Operational',
  under_maintenance: 'Under maintenance',
  degraded_performance: 'Degraded performance',
  partial_outage: 'Partial outage',
  major_outage: 'Major outage',
};

export const TONE_OF_COMPONENT_STATUS: Record<string, string> = {
  operational: 'operational',
  under_maintenance: 'maintenance',
  degraded_performance: 'degraded',
  partial_outage: 'partial',
  major_outage: 'major',
};

export const INCIDENT_STATUS_LABEL: Record<string, string> = {
  investigating: 'Investigating',
  identified: 'Identified',
  monitoring: 'Monitoring',
  resolved: 'Resolved',
};

export const IMPACT_LABEL: Record<string, string> = {
  none: 'No impact',
  minor: 'Minor',
  major: 'Major',
  critical: 'Critical',
};

/** The site's English duration wording, pinned by tests/unit/presentation/time.test.ts. */
export const duration = (ms: number): string => formatDuration(ms, dictionary('en').time);

/** UTC calendar month key, "2026-01". */
export function monthKey(date: Date): string {
  return date.toISOString().slice(0, 7);
}

/** Escapes text for use inside a RegExp. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept?', 'Oct', 'Nov', 'Dec'];

/** The sample operator's zone, as content/site.yaml names it; WIB is UTC+7 all year. */
export const SAMPLE_ZONE = { timeZone: 'Asia/Jakarta', abbreviation: 'WIB', offsetMs: 7 * 3_600_000 } as const;

/**
 * The visible wording of a <time datetime>: "12 Jan 2026, 02:40 UTC (09:40 WIB)", the
 * WIB day named when it differs ("9 Feb 2027, 18:00 UTC (10 Feb, 01:00 WIB)"), or
 * "12 Jan 2026" for a date-only element. (September is accepted as "Sep" or "Sept":
 * en-GB ICU data changed the abbreviation between Node releases.)
 */
export function timeTextPattern(date: Date, dateOnly: boolean): RegExp {
  const day = (at: Date) => `${at.getUTCDate()} ${MONTHS[at.getUTCMonth()]}`;
  const clock = (at: Date) => `${String(at.getUTCHours()).padStart(2, '0')}:${String(at.getUTCMinutes()).padStart(2, '0')}`;
  const utcDay = `${day(date)} ${date.getUTCFullYear()}`;
  if (dateOnly) return new RegExp(`^${utcDay}$`);
  // The local wall clock, read with UTC getters from the instant shifted by the offset.
  const local = new Date(date.getTime() + SAMPLE_ZONE.offsetMs);
  const localDay =
    local.getUTCFullYear() !== date.getUTCFullYear() ? `${day(local)} ${local.getUTCFullYear()}, ` : local.getUTCDate() !== date.getUTCDate() ? `${day(local)}, ` : '';
  return new RegExp(`^${utcDay}, ${clock(date)} UTC \\(${localDay}${clock(local)} ${SAMPLE_ZONE.abbreviation}\\)$`);
}

export const SMARTFREN = '2026-01-12-smartfren-delivery-delays';
export const POSTMORTEM = '2026-09-09-messaging-api-outage';
export const XL_AXIATA = '2026-11-25-xl-axiata-delivery-receipts-delayed';
export const UPCOMING_MAINTENANCE = '2027-02-10-smartfren-domestic-route-cutover';
export const COMPLETED_MAINTENANCE = '2026-10-18-messaging-database-maintenance';

export interface ExpectedHistoryItem {
  slug: string;
  kind: 'incident' | 'maintenance';
  start: Date;
  phase: 'ongoing' | 'upcoming' | 'past';
}

/**
 * Everything in history as the site should list it at the pinned clock, from content:
 * ongoing (newest start first), then upcoming (soonest first), then past (newest first).
 */
export function expectedHistory(): ExpectedHistoryItem[] {
  const maintenancePhase = (m: MaintenanceFile): ExpectedHistoryItem['phase'] => {
    const latest = m.updates.at(-1)?.status;
    if (latest === 'completed') return 'past';
    if (latest === 'in_progress' || latest === 'verifying') return 'ongoing';
    return m.window.start > TEST_NOW ? 'upcoming' : m.window.end > TEST_NOW ? 'ongoing' : 'past';
  };
  const items: ExpectedHistoryItem[] = [
    ...readIncidents().map((i) => ({ slug: i.slug, kind: 'incident' as const, start: i.startedAt, phase: i.active ? ('ongoing' as const) : ('past' as const) })),
    ...readMaintenance().map((m) => ({ slug: m.slug, kind: 'maintenance' as const, start: m.window.start, phase: maintenancePhase(m) })),
  ];
  const rank = { ongoing: 0, upcoming: 1, past: 2 };
  return items.sort(
    (a, b) =>
      rank[a.phase] - rank[b.phase] ||
      (a.phase === 'upcoming' ? a.start.getTime() - b.start.getTime() : b.start.getTime() - a.start.getTime()),
  );
}
