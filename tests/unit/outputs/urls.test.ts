import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
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
  componentFeedPath,
  componentHistoryPath,
  componentPath,
  feedPath,
  historyPath,
  incidentPath,
  maintenancePath,
  publicFilePath,
} from '../../../src/lib/outputs/urls';

describe('output paths', () => {
  it('serve the site history where Statuspage serves it', () => {
    expect([feedPath('rss'), feedPath('atom')]).toEqual(['/history.rss', '/history.atom']);
  });

  it('keep each component under its own page', () => {
    expect(componentFeedPath('voice', 'atom')).toBe('/components/voice/history.atom');
    expect(componentCalendarPath('voice')).toBe('/components/voice/maintenance.ics');
    expect(componentPath('voice', 'uptime')).toBe('/components/voice/#uptime');
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
