import { ENGLISH } from '../../support/languages';
import { parseFeed } from '@rowanmanning/feed-parser';
import { describe, expect, it } from 'vitest';
import { componentFeed, FEED_ENTRY_LIMIT, siteFeed } from '../../../src/lib/outputs/feeds';
import type { IncidentInput } from '../../../src/lib/content/types';
import { incident, maintenance } from '../../support/builders';
import { TEST_NOW } from '../../support/clock';
import { HOSTILE_MESSAGES, HOSTILE_TITLE } from '../../support/hostile';
import { TEST_SITE, testModel } from '../../support/model';
import { xmlProblems } from '../../support/xml';


const hostile: IncidentInput = {
  ...incident('2026-11-27-hostile', [['2026-11-27T08:00:00Z', 'investigating'], ['2026-11-27T09:00:00Z', 'resolved']], {
    impact: 'critical',
    components: [{ id: 'sms-telkomsel', status: 'major_outage' }],
  }),
  title: HOSTILE_TITLE,
};
hostile.updates = hostile.updates.map((update, index) => ({ ...update, message: HOSTILE_MESSAGES[index] ?? '' }));

const model = testModel(
  [
    incident('2026-01-12-smartfren', [['2026-01-12T02:40:00Z', 'investigating'], ['2026-11-20T03:00:00Z', 'monitoring']], {
      title: 'Smartfren delays',
      components: [{ id: 'sms-smartfren', status: 'partial_outage' }],
    }),
    hostile,
  ],
  [maintenance('2027-01-14-migration', ['2027-01-14T01:00:00Z', '2027-01-14T03:00:00Z'], [['2026-11-20T03:00:00Z', 'scheduled']], ['sms-telkomsel'])],
);
const site = siteFeed(model, TEST_SITE, ENGLISH);
const documents = { rss: site.rss2(), atom: site.atom1() };
const url = (path: string) => `https://status.kabar.example${path}`;

describe.each(['rss', 'atom'] as const)('the site %s feed', (format) => {
  const xml = documents[format];
  const feed = parseFeed(xml);
  const entry = (path: string) => feed.items.find((item) => item.id === url(path));

  it('is well-formed XML that a feed parser reads', () => {
    expect(xmlProblems(xml)).toEqual([]);
    expect(feed.title).toBe('Kabar Cloud status');
    expect(feed.url).toBe('https://status.kabar.example/');
  });

  it('holds one entry per incident and maintenance, keyed by its page URL, newest first', () => {
    expect(feed.items.map((item) => item.id)).toEqual([
      url('/incidents/2026-11-27-hostile/'),
      url('/maintenance/2027-01-14-migration/'),
      url('/incidents/2026-01-12-smartfren/'),
    ]);
    expect(feed.items.map((item) => item.url)).toEqual(feed.items.map((item) => item.id));
  });

  it('dates an incident by its start and its latest update', () => {
    const smartfren = entry('/incidents/2026-01-12-smartfren/');
    expect(smartfren?.published?.toISOString()).toBe('2026-01-12T02:40:00.000Z');
    if (format === 'atom') expect(smartfren?.updated?.toISOString()).toBe('2026-11-20T03:00:00.000Z');
  });

  it('carries the full timeline, newest first, in the content', () => {
    const content = entry('/incidents/2026-01-12-smartfren/')?.content ?? '';
    const monitoring = content.indexOf('monitoring at 2026-11-20T03:00:00Z');
    const investigating = content.indexOf('investigating at 2026-01-12T02:40:00Z');
    expect(monitoring).toBeGreaterThan(-1);
    expect(investigating).toBeGreaterThan(monitoring);
  });

  it('includes maintenance with its window', () => {
    const window = entry('/maintenance/2027-01-14-migration/');
    expect(window?.title).toBe('Maintenance: Maintenance 2027-01-14-migration');
    expect(window?.content).toContain('14 Jan 2027, 01:00 UTC to 14 Jan 2027, 03:00 UTC');
  });

  it('keeps a hostile title exact and its messages as text', () => {
    const item = entry('/incidents/2026-11-27-hostile/');
    expect(item?.title).toBe(HOSTILE_TITLE);
    expect(item?.content).toContain('📉');
    expect(item?.content).toContain('✅');
    // Every `<` of the writer's text is escaped, so no markup of theirs reaches a reader.
    expect(xml).not.toMatch(/<script|<img|<b>/i);
  });

  it('is stamped with the build clock, not the wall clock', () => {
    const again = siteFeed(model, TEST_SITE, ENGLISH);
    expect(format === 'rss' ? again.rss2() : again.atom1()).toBe(xml);
    expect(xml).toContain(format === 'rss' ? TEST_NOW.toUTCString() : TEST_NOW.toISOString());
  });
});

describe('a component feed', () => {
  it.each([
    ['sms-smartfren', ['/incidents/2026-01-12-smartfren/']],
    ['sms-telkomsel', ['/incidents/2026-11-27-hostile/', '/maintenance/2027-01-14-migration/']],
    ['verify-api', []],
  ])('of %s holds exactly what affected it', (id, paths) => {
    const component = model.components.find((candidate) => candidate.id === id);
    if (!component) throw new Error(`no component ${id}`);
    const feed = componentFeed(model, component, TEST_SITE, ENGLISH);
    for (const xml of [feed.rss2(), feed.atom1()]) {
      expect(xmlProblems(xml)).toEqual([]);
      const parsed = parseFeed(xml);
      expect(parsed.title).toBe(`Kabar Cloud status: ${component.name}`);
      expect(parsed.items.map((item) => item.id)).toEqual(paths.map(url));
    }
  });
});

describe('a long history', () => {
  const many = Array.from({ length: FEED_ENTRY_LIMIT + 10 }, (_, index) =>
    incident(`2026-10-${String(1 + (index % 28)).padStart(2, '0')}-n${index}`, [
      [new Date(Date.UTC(2026, 9, 1, 0, index)).toISOString(), 'investigating'],
      [new Date(Date.UTC(2026, 9, 1, 1, index)).toISOString(), 'resolved'],
    ]),
  );
  const old = incident('2025-01-01-still-open', [['2025-01-01T00:00:00Z', 'investigating'], ['2026-11-27T00:00:00Z', 'monitoring']]);
  const feed = parseFeed(siteFeed(testModel([...many, old], []), TEST_SITE, ENGLISH).rss2());

  it('keeps only the most recently updated entries, an old incident still being updated among them', () => {
    expect(feed.items).toHaveLength(FEED_ENTRY_LIMIT);
    expect(feed.items.map((item) => item.id)).toContain(url('/incidents/2025-01-01-still-open/'));
    expect(feed.items.map((item) => item.id)).not.toContain(url('/incidents/2026-10-01-n0/'));
  });
});
