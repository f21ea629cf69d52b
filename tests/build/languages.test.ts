import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseFeed } from '@rowanmanning/feed-parser';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dictionary } from '../../src/lib/i18n/dictionary';
import { listFiles } from '../support/dist';
import { parseCalendar } from '../support/ical';
import { copySite, type SiteCopy } from '../support/site-copy';

const SITE = 'https://status.kabar.example';
const indonesian = dictionary('id');
const english = dictionary('en');

/** The sample with English first and Bahasa Indonesia second, as content/site.yaml lists them. */
describe('a site in English and Bahasa Indonesia', () => {
  let site: SiteCopy;
  let dist: string;
  let files: string[];
  const read = (path: string) => readFile(join(dist, path), 'utf8');
  const page = async (path: string) => parseHTML(await read(path)).document;

  beforeAll(async () => {
    site = await copySite();
    for (const step of [() => site.pullMetrics(), () => site.pullUpstreams(), () => site.build('dist')]) {
      const result = await step();
      if (result.code !== 0) throw new Error(result.output);
    }
    dist = join(site.root, 'dist');
    files = await listFiles(dist);
  }, 180_000);

  afterAll(() => site.remove());

  it('writes every page, feed, calendar and badge of the default language again under /id/, and the API only once', () => {
    const rooted = files.filter((file) => !file.startsWith('id/') && !/^(api\/|_astro\/|_headers$|robots\.txt$|sitemap|favicon|kabar-cloud-logo)/.test(file));
    const missing = rooted.filter((file) => !files.includes(`id/${file}`));
    expect(rooted.length).toBeGreaterThan(50);
    expect(missing).toEqual([]);
    expect(files.some((file) => file.startsWith('id/api/'))).toBe(false);
  });

  it("marks each page with its language and links it to its twin both ways, by hreflang and by the switch", async () => {
    const path = 'incidents/2026-01-12-smartfren-delivery-delays/index.html';
    const [en, id] = [await page(path), await page(`id/${path}`)];
    expect(en.documentElement.getAttribute('lang')).toBe('en');
    expect(id.documentElement.getAttribute('lang')).toBe('id');
    for (const document of [en, id]) {
      const alternates = Object.fromEntries([...document.querySelectorAll('link[rel="alternate"][hreflang]')].map((link) => [link.getAttribute('hreflang'), link.getAttribute('href')]));
      expect(alternates).toEqual({
        en: `${SITE}/incidents/2026-01-12-smartfren-delivery-delays/`,
        id: `${SITE}/id/incidents/2026-01-12-smartfren-delivery-delays/`,
        'x-default': `${SITE}/incidents/2026-01-12-smartfren-delivery-delays/`,
      });
    }
    const switchOf = (document: Document, label: string) => document.querySelector(`nav[aria-label="${label}"] a`);
    expect(switchOf(en, english.language.switchLabel)?.getAttribute('href')).toBe('/id/incidents/2026-01-12-smartfren-delivery-delays/');
    expect(switchOf(en, english.language.switchLabel)?.getAttribute('lang')).toBe('id');
    expect(switchOf(id, indonesian.language.switchLabel)?.getAttribute('href')).toBe('/incidents/2026-01-12-smartfren-delivery-delays/');
    expect(switchOf(id, indonesian.language.switchLabel)?.textContent).toBe(english.language.name);
  });

  it('keeps every link of an Indonesian page within /id/, but for the API, shared files and the way back to English', async () => {
    const pages = files.filter((file) => file.startsWith('id/') && file.endsWith('.html'));
    const strays: string[] = [];
    for (const file of pages) {
      const document = await page(file);
      for (const element of document.querySelectorAll('a[href], link[href]')) {
        const href = element.getAttribute('href') ?? '';
        const local = href.startsWith(SITE) ? href.slice(SITE.length) : href;
        if (!local.startsWith('/') || local.startsWith('/id/')) continue;
        if (/^\/(api\/|_astro\/|favicon\.svg|kabar-cloud-logo\.svg|sitemap-index\.xml)/.test(local)) continue;
        if (element.getAttribute('hreflang') === 'en' || element.getAttribute('hreflang') === 'x-default') continue;
        strays.push(`${file}  ${href}`);
      }
    }
    expect(pages.length).toBeGreaterThan(20);
    expect(strays).toEqual([]);
  });

  it('words the Indonesian feeds in Indonesian, in the feed language, linking Indonesian pages', async () => {
    const rss = await read('id/history.rss');
    expect(rss).toContain('<language>id</language>');
    const feed = parseFeed(rss);
    expect(feed.items.length).toBeGreaterThan(0);
    for (const item of feed.items) expect(item.url).toMatch(new RegExp(`^${SITE}/id/(incidents|maintenance)/`));
    const updates = parseFeed(await read('id/updates.atom'));
    expect(updates.items.every((item) => item.url?.startsWith(`${SITE}/id/`))).toBe(true);
    const english = parseFeed(await read('history.rss'));
    expect(english.items.every((item) => !item.url?.includes('/id/'))).toBe(true);
    const smartfren = feed.items.find((item) => item.url?.endsWith('/id/incidents/2026-01-12-smartfren-delivery-delays/'));
    const englishSmartfren = english.items.find((item) => item.url?.endsWith('/incidents/2026-01-12-smartfren-delivery-delays/'));
    expect(smartfren?.title).toBe('Keterlambatan pengiriman SMS ke nomor Smartfren');
    expect(englishSmartfren?.title).toBe('Delayed SMS delivery to Smartfren numbers');
    const smartfrenUpdates = updates.items.filter((item) => item.url?.endsWith('/id/incidents/2026-01-12-smartfren-delivery-delays/'));
    expect(smartfrenUpdates.length).toBeGreaterThan(0);
    for (const item of smartfrenUpdates) expect(item.title).toContain('Keterlambatan pengiriman SMS ke nomor Smartfren');
    const untranslated = feed.items.find((item) => item.url?.endsWith('/id/incidents/2026-06-18-dashboard-sso-login-errors/'));
    expect(untranslated?.title).toBe('Dashboard sign-in failing for single sign-on users');
  });

  it('gives each language its own calendars, linking its own pages', async () => {
    for (const path of ['id/maintenance.ics', 'id/components/sms-smartfren/maintenance.ics']) {
      const calendar = parseCalendar(await read(path));
      expect(calendar.events.length, path).toBeGreaterThan(0);
      for (const event of calendar.events) expect(event.url, path).toMatch(new RegExp(`^${SITE}/id/maintenance/`));
    }
    const english = parseCalendar(await read('maintenance.ics'));
    expect(english.events.every((event) => !event.url?.includes('/id/'))).toBe(true);
  });

  it("words the Indonesian badges in Indonesian", async () => {
    const svg = await read('id/badges/status.svg');
    expect(svg).toContain(`>${indonesian.badge.status}<`);
    const badge = JSON.parse(await read('id/badges/components/sms-smartfren.json')) as { label: string; message: string };
    expect(Object.values(indonesian.componentStatus).map((word) => word.toLowerCase())).toContain(badge.message);
  });

  it("shows the operator's names, descriptions and metric labels in Indonesian, and marks what is not translated", async () => {
    const home = await page('id/index.html');
    const group = home.querySelector('[data-group="sms-delivery"] h3');
    expect([group?.textContent, group?.getAttribute('lang')]).toEqual(['Pengiriman SMS di Indonesia', null]);
    const name = (document: Document, id: string) => document.querySelector(`[data-component="${id}"] a`);
    expect([name(home, 'voice')?.textContent, name(home, 'voice')?.getAttribute('lang')]).toEqual(['Panggilan suara', null]);
    expect([name(home, 'messaging-api')?.textContent, name(home, 'messaging-api')?.getAttribute('lang')]).toEqual(['Messaging API', 'en']);
    expect(home.querySelector('[data-chart="sms-smartfren/delivery_rate"] figcaption')?.textContent).toContain('Terkirim dalam 60 detik');
    const voice = await page('id/components/voice/index.html');
    expect(voice.querySelector('h1')?.textContent).toBe('Panggilan suara');
    expect(voice.querySelector('title')?.textContent).toBe(indonesian.layout.pageTitle('Panggilan suara', 'Kabar Cloud'));
    const incident = await page('id/incidents/2026-01-12-smartfren-delivery-delays/index.html');
    expect(incident.querySelector('a[href="/id/components/verify-api/"]')?.getAttribute('lang')).toBe('en');
    expect(JSON.parse(await read('id/badges/components/voice.json')).label).toBe('Panggilan suara');
    expect(parseFeed(await read('id/components/voice/history.rss')).title).toBe(indonesian.feed.componentTitle('Kabar Cloud', 'Panggilan suara'));
    expect(await read('id/components/voice/maintenance.ics')).toContain(`X-WR-CALNAME:${indonesian.calendar.componentName('Kabar Cloud', 'Panggilan suara')}`);
    // The English pages keep the operator's own words, unmarked.
    const englishHome = await page('index.html');
    expect([name(englishHome, 'voice')?.textContent, name(englishHome, 'voice')?.getAttribute('lang')]).toEqual(['Voice calls', null]);
  });

  it('lists every page in both languages in the sitemap, with their twins, and no not-found page', async () => {
    const sitemap = await read('sitemap-0.xml');
    const locations = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]!);
    expect(locations).toContain(`${SITE}/`);
    expect(locations).toContain(`${SITE}/id/`);
    expect(locations.filter((url) => url.includes('/id/')).length).toBe(locations.length / 2);
    expect(locations.some((url) => url.includes('404'))).toBe(false);
    expect(sitemap).toContain(`<xhtml:link rel="alternate" hreflang="id" href="${SITE}/id/history/"/>`);
  });

  it("writes the Indonesian not-found page where hosts look for it, in Indonesian", async () => {
    expect(files).toContain('id/404.html');
    expect(files.some((file) => file.startsWith('id/404/'))).toBe(false);
    const document = await page('id/404.html');
    expect(document.documentElement.getAttribute('lang')).toBe('id');
    expect(document.querySelector('h1')?.textContent).toBe(indonesian.notFound.heading);
    expect(await read('_headers')).toMatch(/^\/id\/\*$/m);
  });
});
