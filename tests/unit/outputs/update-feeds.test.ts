import { ENGLISH } from '../../support/languages';
import { parseFeed } from '@rowanmanning/feed-parser';
import { describe, expect, it } from 'vitest';
import { componentUpdatesFeed, siteUpdatesFeed } from '../../../src/lib/outputs/feeds';
import type { IncidentInput } from '../../../src/lib/content/types';
import { incident, maintenance } from '../../support/builders';
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
const page = (path: string) => `https://status.kabar.example${path}`;

describe.each(['rss', 'atom'] as const)('the %s feeds of every update', (format) => {
  const render = (feed: ReturnType<typeof siteUpdatesFeed>) => (format === 'rss' ? feed.rss2() : feed.atom1());

  it('hold one entry per posted update and maintenance step, newest first, each with its own lasting id', () => {
    const xml = render(siteUpdatesFeed(model, TEST_SITE, ENGLISH));
    expect(xmlProblems(xml)).toEqual([]);
    const feed = parseFeed(xml);
    expect(feed.items.map((item) => item.id)).toEqual([
      page('/incidents/2026-11-27-hostile/#2026-11-27-hostile-update-2'),
      page('/incidents/2026-11-27-hostile/#2026-11-27-hostile-update-1'),
      page('/maintenance/2027-01-14-migration/#2027-01-14-migration-scheduled'),
      page('/incidents/2026-01-12-smartfren/#2026-01-12-smartfren-update-2'),
      page('/incidents/2026-01-12-smartfren/#2026-01-12-smartfren-update-1'),
    ]);
    expect(feed.items[0]?.url).toBe(page('/incidents/2026-11-27-hostile/'));
    expect(feed.items[3]?.title).toBe('Incident updated: Smartfren delays');
    expect(xml).not.toContain('<script>');
  });

  it('for a component, hold only what touches it', () => {
    const telkomsel = model.components.find((component) => component.id === 'sms-telkomsel')!;
    const feed = parseFeed(render(componentUpdatesFeed(model, telkomsel, TEST_SITE, ENGLISH)));
    expect(feed.items.map((item) => item.title)).toEqual([
      `Incident resolved: ${HOSTILE_TITLE}`,
      `Incident opened: ${HOSTILE_TITLE}`,
      'Maintenance scheduled: Maintenance 2027-01-14-migration',
    ]);
  });
});
