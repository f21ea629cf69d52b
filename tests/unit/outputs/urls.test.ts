import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  API_PATHS,
  CALENDAR_PATH,
  FAVICON_PATH,
  HOME_PATH,
  ROBOTS_PATH,
  SITEMAP_PATH,
  SUBSCRIBE_PATH,
  absoluteUrl,
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
} from '../../../src/lib/outputs/urls';

describe('output paths', () => {
  it('serve the site history where Statuspage serves it', () => {
    expect([feedPath('rss'), feedPath('atom')]).toEqual(['/history.rss', '/history.atom']);
  });

  it('keep each component under its own page', () => {
    expect(componentFeedPath('voice', 'atom')).toBe('/components/voice/history.atom');
    expect(componentCalendarPath('voice')).toBe('/components/voice/maintenance.ics');
    expect(componentPath('voice', 'uptime')).toBe('/components/voice/#uptime');
    expect(componentDayPath('voice', '2026-01-12')).toBe(`/components/voice/#${uptimeDayAnchor('2026-01-12')}`);
    expect(uptimeDayAnchor('2026-01-12')).toBe('day-2026-01-12');
  });

  it('put the first page of a history at its own address and later pages under it', () => {
    expect([historyPath(), historyPath(1), historyPath(2)]).toEqual(['/history/', '/history/', '/history/2/']);
    expect(componentHistoryPath('voice', 1)).toBe(componentPath('voice'));
    expect(componentHistoryPath('voice', 3)).toBe('/components/voice/page/3/');
  });

  it('give every page a folder, so the trailing slash Astro is set to always is there', () => {
    expect([HOME_PATH, SUBSCRIBE_PATH, incidentPath('a'), maintenancePath('b'), componentPath('voice')]).toEqual([
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
    expect(componentBadgePath('status', 'svg')).not.toBe(badgePath('svg'));
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
    expect([urls.HOME_PATH, urls.historyPath(2), urls.feedPath('atom'), urls.componentPath('voice', 'uptime')]).toEqual([
      '/statuswire/',
      '/statuswire/history/2/',
      '/statuswire/history.atom',
      '/statuswire/components/voice/#uptime',
    ]);
    expect([urls.API_PATHS.summary, urls.CALENDAR_PATH, urls.badgePath('svg'), urls.ROBOTS_PATH, urls.SITEMAP_PATH]).toEqual([
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
    expect(urls.absoluteUrl(urls.incidentPath('a'), 'https://owner.github.io/statuswire/')).toBe('https://owner.github.io/statuswire/incidents/a/');
  });

  it('add the slash a base written without one lacks', async () => {
    const urls = await urlsUnder('/statuswire');
    expect(urls.SUBSCRIBE_PATH).toBe('/statuswire/subscribe/');
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
    feedPath('rss'),
    feedPath('atom'),
    componentFeedPath('<id>', 'rss'),
    componentFeedPath('<id>', 'atom'),
    CALENDAR_PATH,
    componentCalendarPath('<id>'),
    badgePath('svg'),
    badgePath('json'),
    componentBadgePath('<id>', 'svg'),
    componentBadgePath('<id>', 'json'),
    SITEMAP_PATH,
    SUBSCRIBE_PATH,
    ROBOTS_PATH,
  ])('documents %s', (path) => {
    expect(feeds).toContain(`\`${path}\``);
  });
});
