import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseFeed } from '@rowanmanning/feed-parser';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { apiDocumentSchemas, type StatuspageApi } from '../../src/lib/outputs/api/statuspage-schema';
import { API_PATHS, type ApiDocumentName } from '../../src/lib/outputs/urls';
import { TEST_NOW } from '../support/clock';
import { COMMITTABLE_HOSTILE_MESSAGES, HOSTILE_TITLE } from '../support/hostile';
import { parseCalendar } from '../support/ical';
import { copySite, type SiteCopy } from '../support/site-copy';
import { xmlProblems } from '../support/xml';

const SITE = 'https://status.kabar.example';
const HOSTILE_SLUG = '2026-11-27-hostile';

interface ContentFile {
  slug: string;
  components: string[];
  window?: { start: Date; end: Date };
}

/** What the writers typed, read straight from the files, to judge the outputs against. */
async function readContent(root: string, folder: 'incidents' | 'maintenance'): Promise<ContentFile[]> {
  const directory = join(root, 'content', folder);
  const files = (await readdir(directory)).filter((file) => file.endsWith('.mdx'));
  return Promise.all(
    files.map(async (file) => {
      const frontmatter = /^---\n([\s\S]*?)\n---/.exec(await readFile(join(directory, file), 'utf8'))?.[1] ?? '';
      const data = parse(frontmatter) as { components?: (string | { id: string })[]; window?: { start: string; end: string } };
      return {
        slug: file.replace(/\.mdx$/, ''),
        components: (data.components ?? []).map((entry) => (typeof entry === 'string' ? entry : entry.id)),
        ...(data.window ? { window: { start: new Date(data.window.start), end: new Date(data.window.end) } } : {}),
      };
    }),
  );
}

describe('the machine outputs of a build', () => {
  let site: SiteCopy;
  let dist: string;
  let componentIds: string[];
  let incidents: ContentFile[];
  let maintenance: ContentFile[];
  const api = {} as StatuspageApi;
  const read = (path: string) => readFile(join(dist, path), 'utf8');

  beforeAll(async () => {
    site = await copySite();
    const updates = COMMITTABLE_HOSTILE_MESSAGES.map(
      (message, index) =>
        `  - at: 2026-11-27T0${8 + index}:00:00Z\n    status: ${index === 0 ? 'investigating' : 'resolved'}\n    message: ${JSON.stringify(message)}`,
    );
    await writeFile(
      join(site.root, `content/incidents/${HOSTILE_SLUG}.mdx`),
      `---\ntitle: ${JSON.stringify(HOSTILE_TITLE)}\nimpact: major\ncomponents:\n  - id: sms-telkomsel\n    status: major_outage\nupdates:\n${updates.join('\n')}\n---\n\nBody.\n`,
    );
    const result = await site.build();
    if (result.code !== 0) throw new Error(result.output);
    dist = join(site.root, 'dist');
    const catalogue = parse(await readFile(join(site.root, 'content/components.yaml'), 'utf8')) as {
      groups: { components: { id: string }[] }[];
    };
    componentIds = catalogue.groups.flatMap((group) => group.components.map((component) => component.id));
    [incidents, maintenance] = await Promise.all([readContent(site.root, 'incidents'), readContent(site.root, 'maintenance')]);
    for (const name of Object.keys(API_PATHS) as ApiDocumentName[]) {
      Object.assign(api, { [name]: JSON.parse(await read(API_PATHS[name])) });
    }
  }, 120_000);

  afterAll(() => site.remove());

  it('writes every endpoint', async () => {
    const expected = [
      ...Object.values(API_PATHS),
      '/history.rss',
      '/history.atom',
      '/updates.rss',
      '/updates.atom',
      '/maintenance.ics',
      '/badges/status.svg',
      '/badges/status.json',
      '/sitemap-index.xml',
      '/robots.txt',
      '/subscribe/index.html',
      ...componentIds.flatMap((id) => [
        `/components/${id}/history.rss`,
        `/components/${id}/history.atom`,
        `/components/${id}/updates.rss`,
        `/components/${id}/updates.atom`,
        `/components/${id}/maintenance.ics`,
        `/badges/components/${id}.svg`,
        `/badges/components/${id}.json`,
      ]),
    ];
    const missing: string[] = [];
    for (const path of expected) await read(path).catch(() => missing.push(path));
    expect(missing).toEqual([]);
  });

  it.each(Object.keys(API_PATHS) as ApiDocumentName[])('serves %s in the Statuspage shape', (name) => {
    const result = apiDocumentSchemas[name].safeParse(api[name]);
    expect(result.error?.issues ?? []).toEqual([]);
    expect(api[name].page.updated_at).toBe(TEST_NOW.toISOString());
  });

  it('serves documents that agree with each other', () => {
    expect(api.status.status).toEqual(api.summary.status);
    expect(api.components.components).toEqual(api.summary.components);
    expect(api.unresolvedIncidents.incidents).toEqual(api.summary.incidents);
    const unresolved = api.incidents.incidents.filter((incident) => incident.status !== 'resolved');
    expect(unresolved.map((incident) => incident.id)).toEqual(api.summary.incidents.map((incident) => incident.id));
    const open = [...api.activeMaintenances.scheduled_maintenances, ...api.upcomingMaintenances.scheduled_maintenances];
    expect(api.summary.scheduled_maintenances.map((item) => item.id)).toEqual(open.map((item) => item.id));
    expect(api.incidents.incidents.map((incident) => incident.id).sort()).toEqual(incidents.map((incident) => incident.slug).sort());
    expect(api.scheduledMaintenances.scheduled_maintenances.map((item) => item.id).sort()).toEqual(maintenance.map((item) => item.slug).sort());
  });

  it('says what the home page says: the same headline, unresolved incidents and component statuses', async () => {
    const { document } = parseHTML(await read('/index.html'));
    expect(document.querySelector('h1')?.textContent?.trim()).toBe(api.summary.status.description);
    expect(document.querySelector('[data-indicator]')?.getAttribute('data-indicator')).toBe(api.summary.status.indicator);
    const active = [...document.querySelectorAll('section[aria-labelledby="active-incidents"] [data-incident]')];
    expect(active.map((element) => element.getAttribute('data-incident'))).toEqual(api.summary.incidents.map((incident) => incident.id));
    expect(active.length).toBeGreaterThan(0);
    const shown = [...document.querySelectorAll('[data-component][data-status]')].map((element) => [
      element.getAttribute('data-component'),
      element.getAttribute('data-status'),
    ]);
    const served = api.components.components.filter((row) => !row.group).map((row) => [row.id, row.status]);
    expect(shown).toEqual(served);
  });

  it('advertises the site feeds on the home page and each component feed on its page', async () => {
    const alternates = async (page: string) =>
      [...parseHTML(await read(page)).document.querySelectorAll('link[rel="alternate"][type]')].map((link) => link.getAttribute('href'));
    expect(await alternates('/index.html')).toEqual([`${SITE}/history.rss`, `${SITE}/history.atom`, `${SITE}/updates.rss`, `${SITE}/updates.atom`]);
    expect(await alternates('/components/voice/index.html')).toEqual([
      `${SITE}/history.rss`,
      `${SITE}/history.atom`,
      `${SITE}/updates.rss`,
      `${SITE}/updates.atom`,
      `${SITE}/components/voice/history.rss`,
      `${SITE}/components/voice/history.atom`,
      `${SITE}/components/voice/updates.rss`,
      `${SITE}/components/voice/updates.atom`,
    ]);
  });

  describe.each(['rss', 'atom'])('the %s feeds', (format) => {
    it('hold every incident and maintenance, the hostile title exact and its messages as text', async () => {
      const xml = await read(`/history.${format}`);
      expect(xmlProblems(xml)).toEqual([]);
      expect(xml).not.toMatch(/<script|<img|<b>/i);
      const feed = parseFeed(xml);
      expect(feed.items.map((item) => item.id).sort()).toEqual(
        [...incidents.map((item) => `${SITE}/incidents/${item.slug}/`), ...maintenance.map((item) => `${SITE}/maintenance/${item.slug}/`)].sort(),
      );
      const hostile = feed.items.find((item) => item.id === `${SITE}/incidents/${HOSTILE_SLUG}/`);
      expect(hostile?.title).toBe(HOSTILE_TITLE);
      expect(hostile?.content).toContain('📉');
      expect(hostile?.content).toContain('✅');
    });

    it('of each component hold exactly the incidents and maintenance that name it', async () => {
      for (const id of componentIds) {
        const xml = await read(`/components/${id}/history.${format}`);
        expect(xmlProblems(xml), id).toEqual([]);
        const ids = parseFeed(xml).items.map((item) => item.id).sort();
        const expected = [
          ...incidents.filter((item) => item.components.includes(id)).map((item) => `${SITE}/incidents/${item.slug}/`),
          ...maintenance.filter((item) => item.components.includes(id)).map((item) => `${SITE}/maintenance/${item.slug}/`),
        ].sort();
        expect(ids, id).toEqual(expected);
      }
    });
  });

  it('puts every maintenance window in the calendars, with stable UIDs and exact times', async () => {
    const calendar = parseCalendar(await read('/maintenance.ics'));
    const windows = maintenance.map((item) => ({
      uid: `${item.slug}@status.kabar.example`,
      start: item.window?.start.toISOString(),
      end: item.window?.end.toISOString(),
    }));
    expect(calendar.events.map(({ uid, start, end }) => ({ uid, start, end })).sort((a, b) => a.uid.localeCompare(b.uid))).toEqual(
      windows.sort((a, b) => a.uid.localeCompare(b.uid)),
    );
    for (const id of componentIds) {
      const events = parseCalendar(await read(`/components/${id}/maintenance.ics`)).events;
      expect(events.map((event) => event.uid).sort(), id).toEqual(
        maintenance.filter((item) => item.components.includes(id)).map((item) => `${item.slug}@status.kabar.example`).sort(),
      );
    }
  });

  it('draws badges that say what the API says', async () => {
    const overall = JSON.parse(await read('/badges/status.json'));
    expect(overall).toMatchObject({ schemaVersion: 1, label: 'status', message: api.summary.status.description.toLowerCase() });
    expect(await read('/badges/status.svg')).toContain(`<title>status: ${overall.message}</title>`);
    for (const row of api.components.components.filter((component) => !component.group)) {
      const badge = JSON.parse(await read(`/badges/components/${row.id}.json`));
      expect(badge.message, row.id).toBe(row.status.replace(/_/g, ' '));
    }
  });

  it('lists the pages, and only pages, in the sitemap that robots.txt names', async () => {
    expect(await read('/robots.txt')).toContain(`Sitemap: ${SITE}/sitemap-index.xml`);
    const index = await read('/sitemap-index.xml');
    const chunk = /<loc>([^<]+)<\/loc>/.exec(index)?.[1] ?? '';
    const urls = [...(await read(new URL(chunk).pathname)).matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]);
    expect(urls).toContain(`${SITE}/`);
    expect(urls).toContain(`${SITE}/subscribe/`);
    expect(urls).toContain(`${SITE}/incidents/${HOSTILE_SLUG}/`);
    expect(urls.filter((url) => !url?.endsWith('/'))).toEqual([]);
  });
});
