import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  API_PATHS,
  DEFAULT_LANGUAGE_PATHS,
  FAVICON_PATH,
  ROBOTS_PATH,
  SITEMAP_PATH,
  absoluteUrl,
  calendarPath,
  homePath,
  languageOfPath,
  languageVersionPath,
  subscribePath,
  badgePath,
  componentBadgePath,
  componentCalendarPath,
  componentDayPath,
  componentFeedPath,
  componentHistoryPath,
  componentPath,
  feedPath,
  historyPath,
  incidentPath,
  maintenancePath,
  publicFilePath,
  uptimeDayAnchor,
  type PathLanguage,
} from '../../../src/lib/outputs/urls';

const ROOT = DEFAULT_LANGUAGE_PATHS;
const INDONESIAN = { folder: 'id/' };

describe('output paths', () => {
  it('serve the site history where Statuspage serves it', () => {
    expect([feedPath(ROOT, 'rss'), feedPath(ROOT, 'atom')]).toEqual(['/history.rss', '/history.atom']);
  });

  it('keep each component under its own page', () => {
    expect(componentFeedPath(ROOT, 'voice', 'atom')).toBe('/components/voice/history.atom');
    expect(componentCalendarPath(ROOT, 'voice')).toBe('/components/voice/maintenance.ics');
    expect(componentPath(ROOT, 'voice', 'uptime')).toBe('/components/voice/#uptime');
    expect(componentDayPath(ROOT, 'voice', '2026-01-12')).toBe(`/components/voice/#${uptimeDayAnchor('2026-01-12')}`);
    expect(uptimeDayAnchor('2026-01-12')).toBe('day-2026-01-12');
  });

  it('put the first page of a history at its own address and later pages under it', () => {
    expect([historyPath(ROOT), historyPath(ROOT, 1), historyPath(ROOT, 2)]).toEqual(['/history/', '/history/', '/history/2/']);
    expect(componentHistoryPath(ROOT, 'voice', 1)).toBe(componentPath(ROOT, 'voice'));
    expect(componentHistoryPath(ROOT, 'voice', 3)).toBe('/components/voice/page/3/');
  });

  it('give every page a folder, so the trailing slash Astro is set to always is there', () => {
    expect([homePath(ROOT), subscribePath(ROOT), incidentPath(ROOT, 'a'), maintenancePath(ROOT, 'b'), componentPath(ROOT, 'voice')]).toEqual([
      '/',
      '/subscribe/',
      '/incidents/a/',
      '/maintenance/b/',
      '/components/voice/',
    ]);
  });

  it('find files under public/ from the site root', () => {
    expect(FAVICON_PATH).toBe('/favicon.svg');
    expect(publicFilePath('/images/logo.svg')).toBe('/images/logo.svg');
  });

  it('keep component badges apart from the overall badge, even for a component named "status"', () => {
    expect(componentBadgePath(ROOT, 'status', 'svg')).not.toBe(badgePath(ROOT, 'svg'));
  });

  it("put another language's pages, feeds, calendars and badges under its folder, and the API nowhere but the root", () => {
    expect([homePath(INDONESIAN), incidentPath(INDONESIAN, 'a'), historyPath(INDONESIAN, 2), componentPath(INDONESIAN, 'voice', 'days')]).toEqual([
      '/id/',
      '/id/incidents/a/',
      '/id/history/2/',
      '/id/components/voice/#days',
    ]);
    expect([feedPath(INDONESIAN, 'rss'), calendarPath(INDONESIAN), componentBadgePath(INDONESIAN, 'voice', 'svg'), subscribePath(INDONESIAN)]).toEqual([
      '/id/history.rss',
      '/id/maintenance.ics',
      '/id/badges/components/voice.svg',
      '/id/subscribe/',
    ]);
    expect(API_PATHS.summary).toBe('/api/v2/summary.json');
  });

  it("tell a page's language from its first folder only, so a slug that is a language code changes nothing", () => {
    const languages: [PathLanguage & { name: string }, ...(PathLanguage & { name: string })[]] = [{ folder: '', name: 'en' }, { folder: 'id/', name: 'id' }];
    expect(languageOfPath('/id/incidents/a/', languages).name).toBe('id');
    expect(languageOfPath('/id/', languages).name).toBe('id');
    expect(languageOfPath('/incidents/id/', languages).name).toBe('en');
    expect(languageOfPath('/identity/', languages).name).toBe('en');
    expect(languageOfPath('/', languages).name).toBe('en');
  });

  it('find the same page in another language, both ways', () => {
    expect(languageVersionPath('/incidents/a/', ROOT, INDONESIAN)).toBe('/id/incidents/a/');
    expect(languageVersionPath('/id/history/2/', INDONESIAN, ROOT)).toBe('/history/2/');
    expect(languageVersionPath('/', ROOT, INDONESIAN)).toBe('/id/');
  });

  it('make absolute URLs from the configured site URL', () => {
    expect(absoluteUrl('/history.rss', 'https://status.kabar.example')).toBe('https://status.kabar.example/history.rss');
  });
});

describe('output paths of a site under a path', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  // Astro's BASE_URL: /statuswire/ for https://owner.github.io/statuswire/ (trailingSlash is always).
  async function urlsUnder(base: string) {
    vi.stubEnv('BASE_URL', base);
    vi.resetModules();
    return import('../../../src/lib/outputs/urls');
  }

  it('start every path at the base', async () => {
    const urls = await urlsUnder('/statuswire/');
    expect([urls.homePath(ROOT), urls.historyPath(ROOT, 2), urls.feedPath(ROOT, 'atom'), urls.componentPath(ROOT, 'voice', 'uptime')]).toEqual([
      '/statuswire/',
      '/statuswire/history/2/',
      '/statuswire/history.atom',
      '/statuswire/components/voice/#uptime',
    ]);
    expect([urls.API_PATHS.summary, urls.calendarPath(ROOT), urls.badgePath(ROOT, 'svg'), urls.ROBOTS_PATH, urls.SITEMAP_PATH]).toEqual([
      '/statuswire/api/v2/summary.json',
      '/statuswire/maintenance.ics',
      '/statuswire/badges/status.svg',
      '/statuswire/robots.txt',
      '/statuswire/sitemap-index.xml',
    ]);
    expect([urls.FAVICON_PATH, urls.publicFilePath('/logo.svg')]).toEqual(['/statuswire/favicon.svg', '/statuswire/logo.svg']);
  });

  it('keep the base in absolute URLs', async () => {
    const urls = await urlsUnder('/statuswire/');
    expect(urls.absoluteUrl(urls.incidentPath(ROOT, 'a'), 'https://owner.github.io/statuswire/')).toBe('https://owner.github.io/statuswire/incidents/a/');
  });

  it('read and switch languages under the base', async () => {
    const urls = await urlsUnder('/statuswire/');
    const languages: [PathLanguage, PathLanguage] = [{ folder: '' }, { folder: 'id/' }];
    expect(urls.languageOfPath('/statuswire/id/incidents/a/', languages)).toBe(languages[1]);
    expect(urls.languageOfPath('/statuswire/incidents/a/', languages)).toBe(languages[0]);
    expect(urls.languageVersionPath('/statuswire/incidents/a/', languages[0], languages[1])).toBe('/statuswire/id/incidents/a/');
  });

  it('add the slash a base written without one lacks', async () => {
    const urls = await urlsUnder('/statuswire');
    expect(urls.subscribePath(ROOT)).toBe('/statuswire/subscribe/');
  });
});

const doc = (name: string) => readFileSync(new URL(`../../../docs/${name}`, import.meta.url), 'utf8');

describe('docs/api.md', () => {
  const api = doc('api.md');

  it.each(Object.values(API_PATHS))('documents %s', (path) => {
    expect(api).toContain(`\`${path}\``);
  });
});

describe('docs/feeds.md', () => {
  const feeds = doc('feeds.md');

  it.each([
    feedPath(ROOT, 'rss'),
    feedPath(ROOT, 'atom'),
    componentFeedPath(ROOT, '<id>', 'rss'),
    componentFeedPath(ROOT, '<id>', 'atom'),
      componentCalendarPath(ROOT, '<id>'),
    badgePath(ROOT, 'svg'),
    badgePath(ROOT, 'json'),
    componentBadgePath(ROOT, '<id>', 'svg'),
    componentBadgePath(ROOT, '<id>', 'json'),
    SITEMAP_PATH,
      ROBOTS_PATH,
  ])('documents %s', (path) => {
    expect(feeds).toContain(`\`${path}\``);
  });
});
